import {expect, fixture, html} from '@open-wc/testing';
import {localeFor, normalizeLang, resolveLang} from '../../src/i18n/lang.js';

describe('language', () => {
  it('takes the element own lang first', async () => {
    const wrapper = await fixture(html`<div lang="pl"><span lang="en-GB"></span></div>`);
    expect(resolveLang(wrapper.querySelector('span')!).lang).to.equal('en');
  });

  it('else the nearest ancestor, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div></div></div>`);
    const root = outer.querySelector('div')!.attachShadow({mode: 'open'});
    root.innerHTML = '<section><p></p></section>';
    expect(resolveLang(root.querySelector('p')!).lang).to.equal('en');
  });

  it('else Polish; an unsupported language is Polish too', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture(html`<p></p>`);
      expect(resolveLang(el).lang).to.equal('pl');
      expect(normalizeLang('de-AT')).to.be.null;
      const de = await fixture(html`<p lang="de"></p>`);
      expect(resolveLang(de).lang).to.equal('pl');
    } finally {
      if (original !== null) document.documentElement.setAttribute('lang', original);
    }
  });

  it('formats dates with the page\'s own tag when it is in the language shown', async () => {
    const wrapper = await fixture(html`<div lang="en-GB"><span></span></div>`);
    expect(resolveLang(wrapper.querySelector('span')!)).to.deep.equal({lang: 'en', locale: 'en-GB'});
    expect(localeFor('en_gb', 'en')).to.equal('en-GB');
    expect(localeFor('pl-PL', 'pl')).to.equal('pl-PL');
    // A language we do not ship is shown in Polish, formatted as Polish.
    expect(localeFor('de-AT', 'pl')).to.equal('pl');
    expect(localeFor('en-', 'en')).to.equal('en');
    expect(localeFor(null, 'pl')).to.equal('pl');
  });
});
