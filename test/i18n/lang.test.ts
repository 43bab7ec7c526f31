import {expect, fixture, html} from '@open-wc/testing';
import {normalizeLang, resolveLang} from '../../src/i18n/lang.js';

describe('language', () => {
  it('takes the element own lang first', async () => {
    const wrapper = await fixture(html`<div lang="pl"><span lang="en-GB"></span></div>`);
    expect(resolveLang(wrapper.querySelector('span')!)).to.equal('en');
  });

  it('else the nearest ancestor, across shadow roots', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><div></div></div>`);
    const root = outer.querySelector('div')!.attachShadow({mode: 'open'});
    root.innerHTML = '<section><p></p></section>';
    expect(resolveLang(root.querySelector('p')!)).to.equal('en');
  });

  it('else Polish; an unsupported language is Polish too', async () => {
    const original = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await fixture(html`<p></p>`);
      expect(resolveLang(el)).to.equal('pl');
      expect(normalizeLang('de-AT')).to.be.null;
      const de = await fixture(html`<p lang="de"></p>`);
      expect(resolveLang(de)).to.equal('pl');
    } finally {
      if (original !== null) document.documentElement.setAttribute('lang', original);
    }
  });
});
