import {expect} from '@open-wc/testing';
import {emptyValues, type JoinValues} from '../../src/join-button/join-data.js';
import {messages} from '../../src/join-button/messages.js';
import {MESSAGE_MAX_LENGTH, validateAll, validateField} from '../../src/join-button/validate-join.js';

const t = messages.pl.errors;
const valid = (): JoinValues => ({
  ...emptyValues(),
  organisation: 'Fundacja',
  category: 'ngo',
  contactPerson: 'Anna',
  email: 'anna@example.org',
  consent: true,
});

describe('join form validation', () => {
  it('passes a form with the required fields only', () => {
    expect(validateAll(valid(), t)).to.deep.equal({});
  });

  it('names every missing required field, in the order shown', () => {
    const errors = validateAll(emptyValues(), t);
    expect(Object.entries(errors)).to.deep.equal([
      ['organisation', 'Podaj nazwę organizacji'],
      ['category', 'Wybierz rodzaj organizacji'],
      ['contactPerson', 'Podaj imię i nazwisko osoby do kontaktu'],
      ['email', 'Podaj adres e-mail'],
      ['consent', 'Zaznacz zgodę na przetwarzanie danych osobowych'],
    ]);
  });

  it('treats spaces alone as empty', () => {
    expect(validateField('organisation', {...valid(), organisation: '   '}, t)).to.equal('Podaj nazwę organizacji');
  });

  for (const bad of ['anna', 'anna@', 'anna@example', 'anna @example.org', '@example.org']) {
    it(`rejects the e-mail "${bad}" with the format message`, () => {
      expect(validateField('email', {...valid(), email: bad}, t)).to.equal('Podaj adres e-mail w formacie nazwa@domena.pl');
    });
  }

  it('accepts real e-mail shapes', () => {
    for (const good of ['a.b+c@um.warszawa.pl', 'x@sub.example.museum']) expect(validateField('email', {...valid(), email: good}, t)).to.equal('');
  });

  for (const bad of ['example', 'anna@example.org', 'ftp://example.org', 'https://localhost', 'https://exa mple.org']) {
    it(`rejects the website "${bad}"`, () => {
      expect(validateField('website', {...valid(), website: bad}, t)).to.equal('Podaj poprawny adres strony, na przykład https://www.example.pl');
    });
  }

  it('accepts http and https websites, and an empty one (optional)', () => {
    for (const good of ['https://example.org', 'http://example.org/o-nas', '']) expect(validateField('website', {...valid(), website: good}, t)).to.equal('');
    // Typed without https:// (a phone's URL keyboard offers "www." and ".pl"): it is added.
    for (const bare of ['example.org', 'www.example.org/o-nas']) expect(validateField('website', {...valid(), website: bare}, t)).to.equal('');
  });

  it('checks phone numbers loosely: digits, spaces, +, brackets, dashes; at least 7 digits', () => {
    for (const good of ['+48 22 123 45 67', '(22) 123-45-67', '221234567', '']) expect(validateField('phone', {...valid(), phone: good}, t)).to.equal('');
    for (const bad of ['abc', '123', '+48 22 123 45 67 wew. 12']) expect(validateField('phone', {...valid(), phone: bad}, t)).to.contain('numer telefonu');
  });

  it('limits the message length', () => {
    expect(validateField('message', {...valid(), message: 'a'.repeat(MESSAGE_MAX_LENGTH)}, t)).to.equal('');
    expect(validateField('message', {...valid(), message: 'a'.repeat(MESSAGE_MAX_LENGTH + 1)}, t)).to.contain('5000');
  });

  it('speaks English', () => {
    expect(validateField('email', {...valid(), email: 'x'}, messages.en.errors)).to.equal('Enter an email address in the format name@example.com');
    const long = {...valid(), message: 'a'.repeat(MESSAGE_MAX_LENGTH + 1)};
    expect(validateField('message', long, messages.en.errors)).to.equal('The message can be at most 5,000 characters long');
  });
});

describe('join messages', () => {
  const plural = (lang: string) => (n: number) => new Intl.PluralRules(lang).select(n);
  it('counts errors with correct Polish plurals (1, 2, 5, 12, 22, 25)', () => {
    const p = plural('pl');
    expect([1, 2, 5, 12, 22, 25].map((n) => messages.pl.summary(n, p(n)))).to.deep.equal([
      'Formularz zawiera 1 błąd. Popraw zaznaczone pola.',
      'Formularz zawiera 2 błędy. Popraw zaznaczone pola.',
      'Formularz zawiera 5 błędów. Popraw zaznaczone pola.',
      'Formularz zawiera 12 błędów. Popraw zaznaczone pola.',
      'Formularz zawiera 22 błędy. Popraw zaznaczone pola.',
      'Formularz zawiera 25 błędów. Popraw zaznaczone pola.',
    ]);
  });

  it('counts errors in English', () => {
    const p = plural('en');
    expect(messages.en.summary(1, p(1))).to.equal('The form has 1 error. Correct the marked fields.');
    expect(messages.en.summary(2, p(2))).to.equal('The form has 2 errors. Correct the marked fields.');
  });

  it('has the same keys in both languages', () => {
    const keys = (o: object): string[] => Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' && !Array.isArray(v) ? keys(v).map((s) => `${k}.${s}`) : [k]));
    expect(keys(messages.en)).to.deep.equal(keys(messages.pl));
  });
});
