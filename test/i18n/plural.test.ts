import {expect, fixture, html} from '@open-wc/testing';
import {LocalizeController} from '../../src/i18n/localize.js';
import {LocalizedElement} from '../../src/i18n/localized-element.js';
import {plWord} from '../../src/i18n/plural.js';

class PluralProbe extends LocalizedElement {
  readonly localize = new LocalizeController(this);
}
customElements.define('plural-probe', PluralProbe);

describe('LocalizeController', () => {
  it('gives Polish plural categories from Intl.PluralRules (one / few / many)', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="pl"></plural-probe>`);
    const forms = [1, 2, 5, 12, 22, 25].map((n) => el.localize.plural(n));
    expect(forms).to.deep.equal(['one', 'few', 'many', 'many', 'few', 'many']);
  });

  it('says how long ago a copy was saved, in seconds under a minute', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="pl"></plural-probe>`);
    const now = Date.now();
    const ago = (ms: number) => el.localize.age(now - ms, now);
    expect([ago(10_000), ago(3 * 60_000), ago(2 * 3_600_000), ago(3 * 86_400_000)]).to.deep.equal(['10 sekund temu', '3 minuty temu', '2 godziny temu', '3 dni temu']);
  });

  it('says months or years of an old copy, not hundreds of days, and never "now"', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="pl"></plural-probe>`);
    const now = Date.now();
    const ago = (ms: number) => el.localize.age(now - ms, now);
    const day = 86_400_000;
    expect([ago(0), ago(59 * day), ago(95 * day), ago(400 * day), ago(1000 * day)]).to.deep.equal([
      '1 sekundę temu',
      '59 dni temu',
      '3 miesiące temu',
      '13 miesięcy temu',
      '3 lata temu',
    ]);
    el.lang = 'en';
    await el.updateComplete;
    expect([ago(0), ago(95 * day), ago(1000 * day)]).to.deep.equal(['1 second ago', '3 months ago', '3 years ago']);
  });

  it('picks the Polish word for each count with plWord', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="pl"></plural-probe>`);
    const counts = [0, 1, 2, 4, 5, 12, 21, 22, 25, 101, 112, 1_000];
    expect(counts.map((n) => `${n} ${plWord(el.localize.plural(n), 'wydarzenie', 'wydarzenia', 'wydarzeń')}`)).to.deep.equal([
      '0 wydarzeń',
      '1 wydarzenie',
      '2 wydarzenia',
      '4 wydarzenia',
      '5 wydarzeń',
      '12 wydarzeń',
      '21 wydarzeń',
      '22 wydarzenia',
      '25 wydarzeń',
      '101 wydarzeń',
      '112 wydarzeń',
      '1000 wydarzeń',
    ]);
  });

  it('gives English categories in English', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="en"></plural-probe>`);
    expect([1, 2, 5].map((n) => el.localize.plural(n))).to.deep.equal(['one', 'other', 'other']);
  });

  it('re-renders when the element lang changes', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="pl"></plural-probe>`);
    el.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.localize.lang).to.equal('en');
    expect(el.localize.shared.retry).to.equal('Try again');
  });

  it('follows <html lang> changes', async () => {
    const original = document.documentElement.lang;
    const el = await fixture<PluralProbe>(html`<plural-probe></plural-probe>`);
    document.documentElement.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.localize.lang).to.equal('en');
    document.documentElement.lang = original;
  });

  it('follows lang changes on an ancestor, and its removal', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<section lang="pl"><div><plural-probe></plural-probe></div></section>`);
    const el = wrapper.querySelector<PluralProbe>('plural-probe')!;
    const original = document.documentElement.lang;
    document.documentElement.lang = 'pl';
    try {
      wrapper.lang = 'en';
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.localize.lang).to.equal('en');
      wrapper.querySelector('div')!.lang = 'pl';
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.localize.lang).to.equal('pl');
      wrapper.querySelector('div')!.removeAttribute('lang');
      await new Promise((resolve) => setTimeout(resolve));
      expect(el.localize.lang).to.equal('en');
    } finally {
      document.documentElement.lang = original;
    }
  });

  it('falls back to the other language for text', async () => {
    const el = await fixture<PluralProbe>(html`<plural-probe lang="en"></plural-probe>`);
    expect(el.localize.text({pl: 'Tylko po polsku'})).to.equal('Tylko po polsku');
    expect(el.localize.text({pl: 'Debata', en: 'Debate'})).to.equal('Debate');
  });
});
