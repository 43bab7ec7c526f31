import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import {axFocused} from '../helpers/ax.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {feed, partner} from '../helpers/feeds.js';
import {FEED_URL, NOW, PL_ORDER, all, mount, names, one, testFeed, text} from './fixtures.js';
import type {PdkPartnerList} from '../../src/partner-list/partner-list.js';

const withControls = (attrs = '') =>
  attrs === 'en'
    ? html`<pdk-partner-list src=${FEED_URL} controls lang="en"></pdk-partner-list>`
    : html`<pdk-partner-list src=${FEED_URL} controls></pdk-partner-list>`;

async function type(el: PdkPartnerList, query: string) {
  const input = one<HTMLInputElement>(el, '[part~="search"]');
  input.value = query;
  input.dispatchEvent(new Event('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

const toggles = (el: HTMLElement) => all<HTMLButtonElement>(el, 'button[part~="filter"]');
const toggle = (el: HTMLElement, label: string) => toggles(el).find((b) => text(b) === label)!;
const liveRegion = (el: HTMLElement) => one(el, '[role="status"]');

describe('<pdk-partner-list controls>', () => {
  let fetch: FetchStub;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({now: NOW, toFake: ['Date']});
    fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
  });
  afterEach(() => {
    clock.restore();
    fetch.restore();
    resetFeedState();
  });

  describe('search', () => {
    it('has a labelled search box and says how many partners there are', async () => {
      const el = await mount(withControls());
      const input = one<HTMLInputElement>(el, '[part~="search"]');
      expect(input.type).to.equal('search');
      expect(text(one(el, `label[for="${input.id}"]`))).to.equal('Szukaj organizacji');
      // Named, as a page has its own site search landmark too.
      expect(one(el, '[role="search"]').getAttribute('aria-label')).to.equal('Wyszukiwanie i filtry partnerów');
      expect(text(one(el, '[part~="status"]'))).to.equal('Znaleziono: 7 organizacji');
      expect(text(liveRegion(el))).to.equal('Znaleziono: 7 organizacji');
      await expect(el).to.be.accessible();
    });

    it('ignores case and diacritics: "lodz" finds "Łódzka", and ł counts as l', async () => {
      const el = await mount(withControls());
      await type(el, 'lodz');
      expect(names(el)).to.deep.equal(['Łódzka Inicjatywa Klimatyczna']);
      await type(el, 'ŁÓDZKA');
      expect(names(el)).to.deep.equal(['Łódzka Inicjatywa Klimatyczna']);
      await type(el, 'zoliborskie');
      expect(names(el)).to.deep.equal(['Żoliborskie Centrum Edukacji']);
      await type(el, 'swietlica sasiedzka');
      expect(names(el)).to.deep.equal(['Świetlica Sąsiedzka']);
    });

    it('looks in descriptions, in both languages', async () => {
      const el = await mount(withControls());
      await type(el, 'sloneczne');
      expect(names(el)).to.deep.equal(['Lokalna Energia']);
      await type(el, 'rooftops');
      expect(names(el)).to.deep.equal(['Lokalna Energia']);
      await type(el, 'embassy');
      expect(names(el)).to.deep.equal(['Ambasada Przykładu']);
    });

    it('announces the count politely, once typing pauses, with Polish plurals', async () => {
      const el = await mount(withControls());
      const region = liveRegion(el);
      expect(region.getAttribute('aria-live') ?? 'polite').to.equal('polite');
      await type(el, 'l');
      await type(el, 'lo');
      // Shown at once; spoken only after the pause, so not once per keystroke.
      expect(text(one(el, '[part~="status"]'))).to.equal('Znaleziono: 3 organizacje');
      expect(text(region)).to.equal('Znaleziono: 7 organizacji');
      await waitUntil(() => text(region) === 'Znaleziono: 3 organizacje');
      await type(el, 'lok');
      await waitUntil(() => text(region) === 'Znaleziono: 1 organizacja');
    });
  });

  describe('filters', () => {
    it('category and area toggles are buttons with aria-pressed in labelled fieldsets', async () => {
      const el = await mount(withControls());
      const legends = all(el, 'fieldset[part~="filters"] > legend').map(text);
      expect(legends).to.deep.equal(['Kategoria', 'Obszar tematyczny']);
      expect(toggles(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.be.true;
      toggle(el, 'Firma').click();
      await el.updateComplete;
      expect(toggle(el, 'Firma').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'Firma').part.contains('pressed')).to.be.true;
      expect(names(el)).to.deep.equal(['Lokalna Energia', 'Sklep Rowerowy']);
      toggle(el, 'Organizacja pozarządowa').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      toggle(el, 'Efektywność energetyczna').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Lokalna Energia', 'Łódzka Inicjatywa Klimatyczna']);
      expect(text(one(el, '[part~="status"]'))).to.equal('Znaleziono: 2 organizacje');
      toggle(el, 'Firma').click();
      await el.updateComplete;
      expect(toggle(el, 'Firma').getAttribute('aria-pressed')).to.equal('false');
      expect(names(el)).to.deep.equal(['Łódzka Inicjatywa Klimatyczna']);
      await expect(el).to.be.accessible();
    });

    it('presets start the controls in their state', async () => {
      const el = await mount(
        html`<pdk-partner-list src=${FEED_URL} controls category="business" area="eco-transport"></pdk-partner-list>`,
      );
      expect(toggle(el, 'Firma').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'Ekologiczny transport').getAttribute('aria-pressed')).to.equal('true');
      expect(toggle(el, 'Organizacja pozarządowa').getAttribute('aria-pressed')).to.equal('false');
      expect(names(el)).to.deep.equal(['Sklep Rowerowy']);
      expect(text(one(el, '[part~="status"]'))).to.equal('Znaleziono: 1 organizacja');
    });

    it('an empty result says so and offers to clear the filters', async () => {
      const el = await mount(withControls());
      toggle(el, 'Ambasada').click();
      await type(el, 'rower');
      expect(all(el, '[part~="card"]')).to.have.length(0);
      const empty = one(el, '[part~="no-results"]');
      expect(text(empty)).to.contain('Żadna organizacja nie spełnia wybranych kryteriów.');
      expect(text(one(el, '[part~="status"]'))).to.equal('Nie znaleziono żadnej organizacji');
      await expect(el).to.be.accessible();
      one<HTMLButtonElement>(el, '[part~="clear-button"]').click();
      await waitUntil(() => el.shadowRoot!.activeElement === one(el, '[part~="search"]'));
      expect(names(el)).to.deep.equal(PL_ORDER);
      expect(one<HTMLInputElement>(el, '[part~="search"]').value).to.equal('');
      expect(toggles(el).every((b) => b.getAttribute('aria-pressed') === 'false')).to.be.true;
    });

    it('a new search starts again from the limit', async () => {
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls limit="2"></pdk-partner-list>`);
      one<HTMLButtonElement>(el, '[part~="show-more"]').click();
      await el.updateComplete;
      expect(names(el)).to.have.length(4);
      await type(el, 'a');
      expect(names(el)).to.have.length(2);
    });
  });

  describe('without controls again', () => {
    it('only the presets filter: the search and toggles the visitor used are dropped', async () => {
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls category="ngo,business"></pdk-partner-list>`);
      await type(el, 'lodz');
      toggle(el, 'Efektywność energetyczna').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Łódzka Inicjatywa Klimatyczna']);
      el.controls = false;
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Lokalna Energia', 'Łódzka Inicjatywa Klimatyczna', 'Sklep Rowerowy', 'Zielona Warszawa']);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the search box, the filters, the cards and "show more", in that order', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button></div>`);
      fetch.set(FEED_URL, {json: feed({partners: PARTNERS_FOR_KEYS, events: [{id: 'e', title: 'E', type: 'debate', start: '2026-12-10', partners: ['a']}]})});
      const el = document.createElement('pdk-partner-list');
      Object.assign(el, {src: FEED_URL, controls: true, limit: 2, area: 'eco-transport'});
      const ready = oneEvent(el, 'pdk-ready');
      wrapper.append(el);
      await ready;
      await el.updateComplete;
      wrapper.querySelector('button')!.focus();
      const parts: string[] = [];
      for (let i = 0; i < 9; i++) {
        await sendKeys({press: 'Tab'});
        parts.push(el.shadowRoot!.activeElement?.getAttribute('part') ?? 'outside');
      }
      // Categories: ngo, other; areas: both feed areas (eco-transport pressed by the preset).
      expect(parts).to.deep.equal(['search', 'filter', 'filter', 'filter', 'filter pressed', 'link', 'count', 'link', 'count none']);
      await sendKeys({press: 'Tab'});
      expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('show-more');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(text(el.shadowRoot!.activeElement)).to.contain('Gamma');
    });

    it('toggles a filter with Space and fires pdk-partner-select with Enter and Space on a count', async () => {
      const el = await mount(withControls());
      const firma = toggle(el, 'Firma');
      firma.focus();
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      expect(firma.getAttribute('aria-pressed')).to.equal('true');
      // The visible ✓ is not part of the name: "pressed" is said once, by the state.
      expect(await axFocused()).to.include({role: 'button', name: 'Firma'});
      expect((await axFocused())?.properties.pressed).to.equal('true');
      firma.focus();
      await sendKeys({press: 'Space'});
      await el.updateComplete;
      const count = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="lodzka"][part~="count"]')!;
      count.focus();
      let pending = oneEvent(el, 'pdk-partner-select');
      await sendKeys({press: 'Enter'});
      expect((await pending).detail).to.deep.equal({id: 'lodzka'});
      pending = oneEvent(el, 'pdk-partner-select');
      await sendKeys({press: 'Space'});
      expect((await pending).detail).to.deep.equal({id: 'lodzka'});
    });
  });

  describe('i18n', () => {
    it('speaks English, with English plurals', async () => {
      const el = await mount(withControls('en'));
      expect(text(one(el, 'label'))).to.equal('Search organisations');
      expect(text(one(el, '[part~="status"]'))).to.equal('7 organisations found');
      await type(el, 'lokalna');
      expect(text(one(el, '[part~="status"]'))).to.equal('1 organisation found');
      expect(all(el, 'legend').map(text)).to.deep.equal(['Category', 'Theme']);
      await type(el, 'nothing like it');
      expect(text(one(el, '[part~="clear-button"]'))).to.equal('Clear filters');
      await expect(el).to.be.accessible();
    });
  });
});

const PARTNERS_FOR_KEYS = [
  partner('a', {name: 'Alfa', areas: ['eco-transport'], url: 'https://example.org/a'}),
  partner('b', {name: 'Beta', areas: ['eco-transport'], url: 'https://example.org/b'}),
  partner('c', {name: 'Gamma', category: 'other', areas: ['eco-transport'], url: 'https://example.org/c'}),
  partner('d', {name: 'Delta (inny obszar)', areas: ['energy-efficiency']}),
];
