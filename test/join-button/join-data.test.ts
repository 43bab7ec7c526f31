import {expect} from '@open-wc/testing';
import {applyInput, emptyValues, isPristine, looksLikeBot, resolveEndpoint, toJoinData, withScheme} from '../../src/join-button/join-data.js';

const NOW = Date.UTC(2026, 11, 1, 10);
const input = (name: string, value = '', checked = false) => ({name, value, checked});

describe('join data', () => {
  it('applies typing to text fields and leaves other values alone', () => {
    const values = applyInput({...emptyValues(), email: 'a@b.pl'}, input('organisation', 'Fundacja'), [], NOW)!;
    expect(values).to.include({organisation: 'Fundacja', email: 'a@b.pl'});
  });

  it('takes checkbox groups from what is ticked, dropping unknown forms of cooperation', () => {
    expect(applyInput(emptyValues(), input('areas'), ['eco-transport', 'energy-efficiency'], NOW)!.areas).to.deep.equal(['eco-transport', 'energy-efficiency']);
    expect(applyInput(emptyValues(), input('cooperation'), ['joint-projects', 'bribes'], NOW)!.cooperation).to.deep.equal(['joint-projects']);
  });

  it('records when the consent was ticked, and forgets it when unticked', () => {
    const ticked = applyInput(emptyValues(), input('consent', 'on', true), [], NOW)!;
    expect(ticked).to.include({consent: true, consentAt: '2026-12-01T10:00:00.000Z'});
    expect(applyInput(ticked, input('consent', 'on', false), [], NOW)!).to.include({consent: false, consentAt: ''});
  });

  it('ignores inputs that are not its fields', () => {
    expect(applyInput(emptyValues(), input('q', 'x'), [], NOW)).to.be.null;
  });

  it('knows a pristine form', () => {
    expect(isPristine(emptyValues())).to.be.true;
    expect(isPristine({...emptyValues(), areas: ['x']})).to.be.false;
  });

  it('takes a filled honeypot for a bot, and nothing else', () => {
    expect(looksLikeBot({...emptyValues(), honeypot: 'x'})).to.be.true;
    expect(looksLikeBot(emptyValues())).to.be.false;
  });

  it('resolves endpoints against the page, and only http(s)', () => {
    expect(resolveEndpoint('/join', 'https://partner.example.org/o-nas/')).to.equal('https://partner.example.org/join');
    expect(resolveEndpoint('', 'https://partner.example.org/')).to.equal('');
    expect(resolveEndpoint('javascript:alert(1)', 'https://partner.example.org/')).to.equal('');
    expect(resolveEndpoint('http://[', 'https://partner.example.org/')).to.equal('');
  });

  it('puts https:// before a website typed without it, and nowhere else', () => {
    expect(withScheme(' www.example.pl ')).to.equal('https://www.example.pl');
    expect(withScheme('example.org/o-nas?x=1')).to.equal('https://example.org/o-nas?x=1');
    for (const other of ['https://example.org', 'http://example.org', 'ftp://example.org', 'anna@example.org', 'example', 'exa mple.org', 'localhost:8080', ''])
      expect(withScheme(other), other).to.equal(other);
  });

  it('trims what is sent and stamps it', () => {
    const values = {...emptyValues(), website: 'www.fundacja.pl', organisation: ' Fundacja ', category: 'ngo' as const, email: ' a@b.pl ', consent: true, consentAt: '2026-12-01T09:59:00.000Z', applicationId: 'id-1'};
    const data = toJoinData(values, {lang: 'en', consentText: 'I agree', page: 'https://p.example/', openedAt: NOW - 90_000, now: NOW});
    expect(data).to.deep.include({
      organisation: 'Fundacja',
      website: 'https://www.fundacja.pl',
      email: 'a@b.pl',
      lang: 'en',
      page: 'https://p.example/',
      openedAt: '2026-12-01T09:58:30.000Z',
      sentAt: '2026-12-01T10:00:00.000Z',
      applicationId: 'id-1',
    });
    expect(data.consent).to.deep.equal({given: true, text: 'I agree', at: '2026-12-01T09:59:00.000Z'});
  });
});
