import {expect} from '@open-wc/testing';
import type {JoinData} from '../../src/join-button/join-data.js';
import {buildMail, mailText, MAX_MAILTO_LENGTH} from '../../src/join-button/mail.js';
import {messages} from '../../src/join-button/messages.js';

const t = messages.pl;
const names = {category: (id: string) => (id === 'ngo' ? 'Organizacja pozarządowa' : id), area: (id: string) => (id === 'eco-transport' ? 'Ekologiczny transport' : id)};

function data(fields: Partial<JoinData> = {}): JoinData {
  return {
    organisation: 'Fundacja Zielony Żoliborz',
    category: 'ngo',
    website: 'https://zielony.example.org',
    contactPerson: 'Anna Łącka',
    email: 'anna@zielony.example.org',
    phone: '+48 22 123 45 67',
    areas: ['eco-transport'],
    cooperation: ['mutual-support', 'joint-projects'],
    message: 'Chcemy współorganizować warsztaty & debaty.',
    consent: {given: true, text: t.consent, at: '2026-12-01T10:00:00.000Z'},
    lang: 'pl',
    page: 'https://partner.example.org/o-nas',
    openedAt: '2026-12-01T09:58:00.000Z',
    sentAt: '2026-12-01T10:05:00.000Z',
    applicationId: '0b7c4f0e-6a1d-4a57-9d2e-3f1b2c4d5e6f',
    ...fields,
  };
}

const bodyOf = (url: string) => decodeURIComponent(new URL(url).searchParams.get('body') ?? '');

describe('join e-mail', () => {
  it('lists every field with its label, names instead of ids', () => {
    const text = mailText(data(), t, names);
    expect(text.split('\n')).to.include.members([
      'Nazwa organizacji: Fundacja Zielony Żoliborz',
      'Rodzaj organizacji: Organizacja pozarządowa',
      'Strona internetowa: https://zielony.example.org',
      'Osoba do kontaktu: Anna Łącka',
      'Adres e-mail: anna@zielony.example.org',
      'Telefon: +48 22 123 45 67',
      'Obszary zainteresowań: Ekologiczny transport',
      'Interesujące formy współpracy: Wzajemne wsparcie, Wspólne projekty',
      'Chcemy współorganizować warsztaty & debaty.',
      'Wysłano ze strony: https://partner.example.org/o-nas',
    ]);
    expect(text).to.contain(t.consent).and.contain('2026-12-01T10:00:00.000Z');
  });

  it('leaves out optional fields left empty', () => {
    const text = mailText(data({website: '', phone: '', areas: [], cooperation: [], message: ''}), t, names);
    expect(text).not.to.contain('Telefon').and.not.to.contain('Strona internetowa').and.not.to.contain('Wiadomość');
  });

  it('makes a mailto: URL with subject and body, encoded so & and Polish letters survive', () => {
    const {url, text} = buildMail(data(), 'partnerstwo@um.warszawa.pl', t, names);
    expect(url.startsWith('mailto:partnerstwo@um.warszawa.pl?subject=')).to.be.true;
    const params = new URL(url).searchParams;
    expect(params.get('subject')).to.equal('Zgłoszenie do Partnerstwa dla Klimatu: Fundacja Zielony Żoliborz');
    expect(bodyOf(url).replace(/\r\n/g, '\n')).to.equal(text);
    expect(url).not.to.contain('+');
  });

  it(`keeps the URL under ${MAX_MAILTO_LENGTH} characters by shortening a long message, with a note; the text stays whole`, () => {
    const message = 'Zażółć gęślą jaźń. '.repeat(200);
    const {url, text} = buildMail(data({message}), 'partnerstwo@um.warszawa.pl', t, names);
    expect(url.length).to.be.at.most(MAX_MAILTO_LENGTH);
    expect(bodyOf(url)).to.contain(t.mailTruncated).and.contain('Nazwa organizacji: Fundacja Zielony Żoliborz');
    expect(text).to.contain(message.trim());
  });
});
