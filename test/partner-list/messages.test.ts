import {expect} from '@open-wc/testing';
import {en, pl} from '../../src/partner-list/messages.js';

const NUMBERS = [1, 2, 5, 12, 22, 25];
const formsOf = (lang: string) => {
  const rules = new Intl.PluralRules(lang);
  return (n: number) => rules.select(n);
};

describe('partner-list messages', () => {
  it('counts organisations in Polish with one / few / many', () => {
    const form = formsOf('pl');
    expect(NUMBERS.map((n) => pl.found(n, form(n)))).to.deep.equal([
      'Znaleziono: 1 organizacja',
      'Znaleziono: 2 organizacje',
      'Znaleziono: 5 organizacji',
      'Znaleziono: 12 organizacji',
      'Znaleziono: 22 organizacje',
      'Znaleziono: 25 organizacji',
    ]);
    expect(pl.found(0, form(0))).to.equal('Nie znaleziono żadnej organizacji');
  });

  it('counts organisations in English', () => {
    const form = formsOf('en');
    expect(NUMBERS.map((n) => en.found(n, form(n)))).to.deep.equal([
      '1 organisation found',
      '2 organisations found',
      '5 organisations found',
      '12 organisations found',
      '22 organisations found',
      '25 organisations found',
    ]);
  });

  it('counts upcoming events in Polish, adjective agreeing', () => {
    const form = formsOf('pl');
    expect(NUMBERS.map((n) => pl.upcoming(n, form(n)))).to.deep.equal([
      '1 nadchodzące wydarzenie',
      '2 nadchodzące wydarzenia',
      '5 nadchodzących wydarzeń',
      '12 nadchodzących wydarzeń',
      '22 nadchodzące wydarzenia',
      '25 nadchodzących wydarzeń',
    ]);
  });

  it('counts upcoming events in English', () => {
    const form = formsOf('en');
    expect([1, 2, 25].map((n) => en.upcoming(n, form(n)))).to.deep.equal([
      '1 upcoming event',
      '2 upcoming events',
      '25 upcoming events',
    ]);
  });

  it('says when a partner joined', () => {
    expect(pl.since('2019')).to.equal('W Partnerstwie od 2019');
    expect(en.since('2019')).to.equal('Partner since 2019');
  });
});
