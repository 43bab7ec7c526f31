import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import {axFocused} from '../helpers/ax.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';
import {FEED_URL, NOW, PL_ORDER, all, mount, names, one, testFeed, text} from './fixtures.js';

describe('<pdk-partner-list>', () => {
  let fetch: FetchStub;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({now: NOW, toFake: ['Date']});
  });
  afterEach(() => {
    clock.restore();
    fetch?.restore();
    resetFeedState();
  });

  describe('states', () => {
    it('lists every partner by name with Polish collation (Ł after L, Ś after S, Ż after Z)', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      expect(names(el)).to.deep.equal(PL_ORDER);
      expect(one(el, '[part~="list"]').tagName).to.equal('UL');
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading and after an error', async () => {
      fetch = stubFetch({[FEED_URL]: {hang: true}});
      const loading = await fixture<HTMLElement>(html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`);
      expect(one(loading, '[part~="loading"]')).to.exist;
      await expect(loading).to.be.accessible();
      fetch.restore();
      resetFeedState();
      fetch = stubFetch({[FEED_URL]: {status: 500}});
      const {el} = await mountUntil(html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`, 'pdk-error');
      expect(one(el, '[part~="retry-button"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('skips a bad entry and renders the rest', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        fetch = stubFetch({
          [FEED_URL]: {json: feed({partners: [partner('a', {name: 'Alfa'}), {id: 'bad', category: 'ngo'}, partner('c', {name: 'Gamma'}), partner('a', {name: 'Kopia'})]})},
        });
        const el = await mount();
        expect(names(el)).to.deep.equal(['Alfa', 'Gamma']);
        expect(warn.calledOnce).to.be.true;
      } finally {
        warn.restore();
      }
    });

    it('says so when the feed has no partners', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed({partners: [], events: []})}});
      const el = await mount();
      expect(one(el, '[part~="empty"]')).to.exist;
      expect(all(el, '[part~="card"]')).to.have.length(0);
    });
  });

  describe('attributes', () => {
    it('grid (default): logo or monogram, linked name, category, area tags, no description', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      expect(el.getAttribute('layout')).to.equal('grid');
      const card = all(el, '[part~="card"]')[2];
      expect(names(el)[2]).to.equal('Łódzka Inicjatywa Klimatyczna');
      expect(text(card.querySelector('[part~="category"]'))).to.contain('Organizacja pozarządowa');
      expect(all(el, '[part~="card"]')[2].querySelectorAll('[part~="area"]')).to.have.length(2);
      expect([...card.querySelectorAll('[part~="area"]')].map(text)).to.deep.equal(['Efektywność energetyczna', 'Ekologiczny transport']);
      expect(card.querySelector('[part~="monogram"]')!.textContent).to.equal('ŁI');
      expect(card.querySelector('[part~="description"]')).to.be.null;
      expect(card.querySelector('[part~="since"]')).to.be.null;
    });

    it('links open a new tab with rel=noopener, and say so to screen readers', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      const links = all<HTMLAnchorElement>(el, 'a[part~="link"]');
      expect(links).to.have.length(5);
      for (const link of links) {
        expect(link.target).to.equal('_blank');
        expect(link.rel).to.equal('noopener');
        expect(text(link.querySelector('.visually-hidden'))).to.equal('(otwiera się w nowej karcie)');
      }
      expect(links[0].href).to.equal('https://example.org/ambasada');
      // A partner without a website: a plain heading, no link.
      const swietlica = all(el, '[part~="name"]')[4];
      expect(swietlica.querySelector('a')).to.be.null;
    });

    it('list adds the description and the year the partner joined', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list>`);
      const card = all(el, '[part~="card"]')[2];
      expect(text(card.querySelector('[part~="description"]'))).to.equal('Sadzimy drzewa w Łodzi.');
      expect(text(card.querySelector('[part~="since"]'))).to.equal('W Partnerstwie od 2019');
      await expect(el).to.be.accessible();
    });

    it('gives a name in Hebrew or Arabic its own direction, so its "!" ends it on the left', async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('il', {name: 'שגרירות ישראל!'}), partner('pl', {name: 'Fundacja!'})]})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list>`);
      const directions = all(el, '[part~="name"] [id^="name-"]').map((name) => `${text(name)} ${getComputedStyle(name).direction}`);
      expect(directions).to.have.members(['שגרירות ישראל! rtl', 'Fundacja! ltr']);
    });

    it('list keeps the line breaks of a description', async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a', {description: 'Pierwszy akapit.\n\nDrugi akapit.'})]})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list>`);
      const description = el.shadowRoot!.querySelector<HTMLElement>('[part~="description"]')!;
      // Three lines (a paragraph, the empty line, a paragraph), not one.
      const lines = description.getBoundingClientRect().height / parseFloat(getComputedStyle(description).lineHeight);
      expect(Math.round(lines)).to.equal(3);
    });

    it('list shows a long description\'s opening, and the whole text when asked, by keyboard too', async () => {
      const long = `${'Prowadzimy warsztaty o oszczędzaniu energii w szkołach i domach kultury. '.repeat(6)}Koniec.`;
      const short = 'Sadzimy drzewa. '.repeat(20).trim();
      fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a', {name: 'Alfa', description: long}), partner('b', {name: 'Beta', description: short})]})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list>`);
      const [first, second] = all(el, '[part~="description"]');
      // The text CSS shows (innerText is empty for cards that content-visibility: auto skips).
      const seen = (node: Element): string =>
        [...node.childNodes]
          .map((child) => (child instanceof Element ? (getComputedStyle(child).display === 'none' ? '' : seen(child)) : child instanceof Text ? child.data : ''))
          .join('')
          .trim();
      expect(seen(first)).to.match(/^Prowadzimy warsztaty .*…$/);
      expect(seen(first).length).to.be.below(250);
      expect(seen(second)).to.equal(short);
      const toggles = all(el, '[part~="description-toggle"]');
      expect(toggles.length).to.equal(1);
      const toggle = toggles[0] as HTMLButtonElement;
      expect([seen(toggle), toggle.getAttribute('aria-expanded'), toggle.getAttribute('aria-controls')]).to.deep.equal(['Pokaż cały opis', 'false', first.id]);
      await expect(el).to.be.accessible();
      toggle.focus();
      await sendKeys({press: 'Enter'});
      expect([seen(first), seen(toggle), toggle.getAttribute('aria-expanded')]).to.deep.equal([long, 'Zwiń opis', 'true']);
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Space'});
      expect(seen(first)).to.match(/…$/);
      expect(el.shadowRoot!.activeElement === toggle).to.equal(true);
    });

    it('list prints a long description whole, without its button', async () => {
      const long = `${'Prowadzimy warsztaty o oszczędzaniu energii. '.repeat(10)}Koniec.`;
      fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a', {description: long})]})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list>`);
      await emulateMedia({media: 'print'});
      try {
        expect((one(el, '[part~="description"]') as HTMLElement).innerText.trim()).to.equal(long);
        expect(one(el, '[part~="description-toggle"]').getClientRects().length).to.equal(0);
      } finally {
        await emulateMedia({media: 'screen'});
      }
    });

    it('logos: a logo wall with names as alt text and tooltips, lazy images with fixed size', async () => {
      const url = new URL('/__pdk-partner-list__/feed.json', location.origin).href;
      fetch = stubFetch({
        [url]: {
          json: feed({
            partners: [
              partner('a', {name: 'Ambasada Arvenii', logo: '/sample/logos/ambasada-arvenii.svg', url: 'https://example.org/a'}),
              partner('b', {name: 'Bez Logo', url: 'https://example.org/b'}),
            ],
          }),
        },
      });
      const el = await mount(html`<pdk-partner-list src=${url} layout="logos"></pdk-partner-list>`);
      expect(el.getAttribute('layout')).to.equal('logos');
      const img = one<HTMLImageElement>(el, 'img[part~="logo"]');
      expect(img.alt).to.equal('Ambasada Arvenii');
      expect(img.loading).to.equal('lazy');
      expect(img.getAttribute('width')).to.match(/^\d+$/);
      expect(img.getAttribute('height')).to.match(/^\d+$/);
      // The tooltip (title) is the name; a screen reader hears the link once, with no description.
      expect(img.title).to.equal('Ambasada Arvenii');
      img.closest('a')!.focus();
      expect(await axFocused()).to.deep.include({role: 'link', name: 'Ambasada Arvenii (otwiera się w nowej karcie)', description: ''});
      const monogram = one(el, '[part~="monogram"]');
      expect(monogram.getAttribute('aria-label')).to.equal('Bez Logo');
      expect(monogram.title).to.equal('Bez Logo');
      expect(monogram.textContent).to.equal('BL');
      // Drawn as a tile like the logos beside it, not as underlined link text.
      expect(getComputedStyle(monogram.closest('a')!).textDecorationLine).to.equal('none');
      expect(all(el, '[part~="count"]')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    describe('logos of a big feed', () => {
      const LOGO = '/sample/logos/ambasada-arvenii.svg';
      const bigFeed = () =>
        feed({partners: Array.from({length: 160}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`, logo: LOGO}))});
      const logoOf = (el: HTMLElement, name: string) =>
        all(el, '[part~="card"]').find((card) => card.textContent!.includes(name))!.querySelector<HTMLImageElement>('img')!;
      const url = new URL('/__pdk-partner-list__/feed.json', location.origin).href;

      it('a feed\'s first 100 load as before; a later logo waits until its card nears the screen', async () => {
        fetch = stubFetch({[url]: {json: bigFeed()}});
        const el = await mount(html`<pdk-partner-list src=${url} layout="list"></pdk-partner-list>`);
        expect(logoOf(el, 'Organizacja 099').getAttribute('src')).to.equal(new URL(LOGO, url).href);
        const late = logoOf(el, 'Organizacja 150');
        expect([late.getAttribute('src'), late.getAttribute('loading')]).to.deep.equal([null, 'lazy']);
        late.closest('li')!.scrollIntoView();
        await waitUntil(() => late.getAttribute('src') === new URL(LOGO, url).href, 'the logo did not load near the screen');
        scrollTo(0, 0);
      });

      it('all logos load before printing', async () => {
        fetch = stubFetch({[url]: {json: bigFeed()}});
        const el = await mount(html`<pdk-partner-list src=${url} layout="logos"></pdk-partner-list>`);
        expect(all(el, 'img[data-src]').length).to.be.greaterThan(0);
        dispatchEvent(new Event('beforeprint'));
        expect(all(el, 'img').filter((img) => !img.getAttribute('src')).length).to.equal(0);
      });
    });

    it('swaps a logo that fails to load for the monogram', async () => {
      const url = new URL('/__pdk-partner-list__/feed.json', location.origin).href;
      fetch = stubFetch({[url]: {json: feed({partners: [partner('a', {name: 'Fundacja Przykład', logo: 'no-such-logo.svg'})]})}});
      const el = await mount(html`<pdk-partner-list src=${url}></pdk-partner-list>`);
      expect(one(el, 'img[part~="logo"]').getAttribute('alt')).to.equal('Fundacja Przykład');
      await waitUntil(() => one(el, '[part~="monogram"]'), 'the monogram replaces the broken logo');
      expect(one(el, 'img')).to.be.null;
      expect(one(el, '[part~="monogram"]').textContent).to.equal('FP');
    });

    it('a fractional limit counts whole partners', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} limit="2.5"></pdk-partner-list>`);
      expect(names(el)).to.deep.equal(PL_ORDER.slice(0, 2));
      expect(text(one(el, '[part~="show-more"]'))).to.equal('Pokaż więcej (5)');
    });

    it('limit shows that many, then "show more" shows the next batch and focuses its first card', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} limit="3"></pdk-partner-list>`);
      expect(names(el)).to.deep.equal(PL_ORDER.slice(0, 3));
      const more = one<HTMLButtonElement>(el, '[part~="show-more"]');
      expect(text(more)).to.equal('Pokaż więcej (4)');
      more.click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(PL_ORDER.slice(0, 6));
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part~="card"]')[3].querySelector('a'));
      one<HTMLButtonElement>(el, '[part~="show-more"]').click();
      await el.updateComplete;
      expect(names(el)).to.deep.equal(PL_ORDER);
      expect(one(el, '[part~="show-more"]')).to.be.null;
      // Świetlica has no website: its heading takes the focus.
      expect(el.shadowRoot!.activeElement).to.equal(all(el, '[part~="name"]')[6]);
      await expect(el).to.be.accessible();
    });

    it('heading-level sets the level of the partners\' names, also when changed later', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} heading-level="2"></pdk-partner-list>`);
      const levels = () => [...new Set(all(el, '[part~="name"]').map((h) => h.getAttribute('aria-level')))];
      expect(levels()).to.deep.equal(['2']);
      all(el, '[part~="name"]').find((h) => h.classList.contains('focus-target'))!.focus();
      expect((await axFocused())?.properties.level).to.equal(2);
      await expect(el).to.be.accessible();
      el.removeAttribute('heading-level');
      await el.updateComplete;
      expect(levels()).to.deep.equal([null]);
    });

    it('switches layout at run time', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      expect(all(el, '[part~="category"]')).to.have.length(7);
      el.layout = 'logos';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('logos');
      expect(all(el, '[part~="category"]')).to.have.length(0);
      expect(all(el, '[part~="monogram"]').map((m) => m.getAttribute('aria-label'))).to.include('Świetlica Sąsiedzka');
    });

    it('renders hundreds of partners in batches, all of them in by pdk-ready and after each search', async () => {
      const partners = Array.from({length: 420}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`}));
      fetch = stubFetch({[FEED_URL]: {json: feed({partners, events: []})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls></pdk-partner-list>`);
      expect(all(el, '[part~="card"]')).to.have.length(420);
      const input = one<HTMLInputElement>(el, '[part~="search"]');
      input.value = '01';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(all(el, '[part~="card"]')).to.have.length(15); // 001, 010–019, 101, 201, 301, 401
      input.value = '';
      input.dispatchEvent(new Event('input'));
      await el.updateComplete;
      expect(all(el, '[part~="card"]')).to.have.length(420);
      expect(names(el).at(-1)).to.equal('Organizacja 419');
    });

    it('has every card in by the time it fires pdk-ready', async () => {
      const partners = Array.from({length: 420}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`}));
      fetch = stubFetch({[FEED_URL]: {json: feed({partners, events: []})}});
      const {el} = await mountUntil(html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`, 'pdk-ready');
      expect(all(el, '[part~="card"]')).to.have.length(420);
    });

    it('answers a search over hundreds at once with the first cards, the old list hidden, the rest later', async () => {
      const partners = Array.from({length: 420}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`}));
      fetch = stubFetch({[FEED_URL]: {json: feed({partners, events: []})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls></pdk-partner-list>`);
      await typeUntilFirstChange(el, '1');
      const [current, old] = all(el, '[part~="list"]');
      expect(current.querySelectorAll('[part~="card"]').length).to.be.within(1, 50);
      expect(getComputedStyle(old).contentVisibility).to.equal('hidden');
      expect(text(one(el, '[part~="status"]'))).to.equal('Znaleziono: 168 organizacji');
      await el.updateComplete;
      expect(all(el, '[part~="list"]')).to.have.length(1);
      expect(all(el, '[part~="card"]')).to.have.length(168);
      expect(names(el).slice(0, 2)).to.deep.equal(['Organizacja 001', 'Organizacja 010']);
    });

    it('answers a keystroke in one column with the cards in view, not a screenful of a wide page', async () => {
      const partners = Array.from({length: 420}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`}));
      fetch = stubFetch({[FEED_URL]: {json: feed({partners, events: []})}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls style="display: block; width: 300px"></pdk-partner-list>`);
      await typeUntilFirstChange(el, '1');
      const cards = [...all(el, '[part~="list"]')[0].querySelectorAll('[part~="card"]')];
      // A wide page gets 24 at once; here the view holds a few, and they reach its bottom.
      expect(cards.length).to.be.within(1, 8);
      expect(cards.at(-1)!.getBoundingClientRect().bottom >= innerHeight).to.equal(true);
      await el.updateComplete;
      expect(all(el, '[part~="card"]')).to.have.length(168);
    });

    it('presets filter from the start', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} category="ngo,business"></pdk-partner-list>`);
      expect(names(el)).to.deep.equal(['Lokalna Energia', 'Łódzka Inicjatywa Klimatyczna', 'Sklep Rowerowy', 'Zielona Warszawa']);
      el.area = 'energy-efficiency';
      await el.updateComplete;
      expect(names(el)).to.deep.equal(['Lokalna Energia', 'Łódzka Inicjatywa Klimatyczna']);
    });

    it('names a preset id the feed does not know in a console warning', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
        const el = await mount(html`<pdk-partner-list src=${FEED_URL} category="ngo,ngos"></pdk-partner-list>`);
        el.area = 'energy';
        await el.updateComplete;
        const said = warn.getCalls().map((call) => String(call.args[0]));
        expect(said.filter((text) => text.includes('<pdk-partner-list'))).to.have.length(2);
        expect(said.find((text) => text.includes('category>'))).to.contain('no category "ngos"');
        expect(said.find((text) => text.includes('area>'))).to.contain('no area "energy"');
      } finally {
        warn.restore();
      }
    });
  });

  describe('upcoming events', () => {
    it('counts upcoming, not cancelled events; each count is a button, 0 too', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      const countOf = (i: number) => all(el, '[part~="card"]')[i].querySelector('[part~="count"]')!;
      expect(text(countOf(2))).to.equal('3 nadchodzące wydarzenia');
      expect(countOf(2).tagName).to.equal('BUTTON');
      expect(text(countOf(5))).to.equal('1 nadchodzące wydarzenie');
      // Lokalna: one event over, one cancelled.
      expect(text(countOf(1))).to.equal('0 nadchodzących wydarzeń');
      expect(countOf(1).tagName).to.equal('BUTTON');
      expect(countOf(1).getAttribute('part')).to.equal('count none');
    });

    it('uses Polish and English plurals at 1, 2, 5, 12, 22, 25', async () => {
      const sizes = [1, 2, 5, 12, 22, 25];
      const partners = sizes.map((n) => partner(`p${String(n).padStart(2, '0')}`, {name: `P${String(n).padStart(2, '0')}`}));
      const events = sizes.flatMap((n, i) =>
        Array.from({length: n}, (_, k) => ({
          id: `e${n}-${k}`,
          title: 'x',
          type: 'debate',
          start: '2026-12-10T10:00:00+01:00',
          partners: [partners[i].id],
        })),
      );
      fetch = stubFetch({[FEED_URL]: {json: feed({partners, events})}});
      const el = await mount();
      expect(all(el, '[part~="count"]').map(text)).to.deep.equal([
        '1 nadchodzące wydarzenie',
        '2 nadchodzące wydarzenia',
        '5 nadchodzących wydarzeń',
        '12 nadchodzących wydarzeń',
        '22 nadchodzące wydarzenia',
        '25 nadchodzących wydarzeń',
      ]);
      el.lang = 'en';
      await waitUntil(() => text(one(el, '[part~="count"]')) === '1 upcoming event');
      expect(all(el, '[part~="count"]').map(text).slice(1, 3)).to.deep.equal(['2 upcoming events', '5 upcoming events']);
    });
  });

  describe('events', () => {
    it('a click on the count fires pdk-partner-select with the id, bubbling out of the shadow root; at 0 too', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      const spy = sinon.spy();
      document.addEventListener('pdk-partner-select', spy);
      const countOf = (i: number) => all(el, '[part~="card"]')[i].querySelector<HTMLButtonElement>('[part~="count"]')!;
      try {
        countOf(2).click();
        // The first card's partner has no upcoming events: a paired calendar still shows its month.
        countOf(0).click();
      } finally {
        document.removeEventListener('pdk-partner-select', spy);
      }
      expect(spy.callCount).to.equal(2);
      const [first, second] = spy.getCalls().map((call) => call.args[0] as CustomEvent);
      expect(first.detail).to.deep.equal({id: 'lodzka'});
      expect(first.composed && first.bubbles).to.be.true;
      expect(text(countOf(0))).to.equal('0 nadchodzących wydarzeń');
      expect(second.detail).to.deep.equal({id: 'ambasada'});
    });

    it('a count is described by its partner\'s name alone (it opens no tab)', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      all(el, '[part~="card"]')[2].querySelector<HTMLButtonElement>('[part~="count"]')!.focus();
      expect(await axFocused()).to.deep.include({role: 'button', name: '3 nadchodzące wydarzenia', description: 'Łódzka Inicjatywa Klimatyczna'});
    });
  });

  describe('i18n', () => {
    it('speaks English: names, categories, area names, the year joined and the new-tab text', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount(html`<pdk-partner-list src=${FEED_URL} lang="en" layout="list"></pdk-partner-list>`);
      expect(names(el)[0]).to.equal('Embassy of Example');
      const card = all(el, '[part~="card"]')[2];
      expect(text(card.querySelector('[part~="category"]'))).to.contain('NGO');
      expect([...card.querySelectorAll('[part~="area"]')].map(text)).to.deep.equal(['Energy efficiency', 'Eco-friendly transport']);
      expect(text(card.querySelector('[part~="since"]'))).to.equal('Partner since 2019');
      expect(text(card.querySelector('[part~="description"]'))).to.equal('We plant trees in Lodz.');
      expect(text(card.querySelector('a .visually-hidden'))).to.equal('(opens in a new tab)');
      await expect(el).to.be.accessible();
    });
  });

  describe('theming', () => {
    it('reads --pdk-color-accent from the page', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const {el} = await mountUntil(
        html`<div class="themed"><pdk-partner-list src=${FEED_URL}></pdk-partner-list></div>`,
        'pdk-ready',
      ).then(async ({el: wrapper}) => ({el: wrapper.querySelector('pdk-partner-list')!}));
      (el.parentElement as HTMLElement).style.setProperty('--pdk-color-accent', 'rgb(1, 2, 3)');
      expect(getComputedStyle(one(el, 'a[part~="link"]')).color).to.equal('rgb(1, 2, 3)');
    });

    it('fills a 280 px sidebar with one column and a 1200 px page with four or more', async () => {
      fetch = stubFetch({[FEED_URL]: {json: testFeed()}});
      const el = await mount();
      const columns = () => getComputedStyle(one(el, '[part~="list"]')).gridTemplateColumns.split(' ').length;
      el.style.width = '280px';
      expect(columns()).to.equal(1);
      el.style.width = '1200px';
      expect(columns()).to.be.at.least(4);
      el.style.setProperty('--pdk-partner-list-columns-min', '30em');
      expect(columns()).to.equal(2);
    });
  });
});

/** Types `value` into the search field; resolves at the first DOM change, the end of the update that answers the keystroke. */
function typeUntilFirstChange(el: HTMLElement, value: string): Promise<void> {
  const changed = new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => (observer.disconnect(), resolve()));
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true, attributes: true});
  });
  const input = one<HTMLInputElement>(el, '[part~="search"]');
  input.value = value;
  input.dispatchEvent(new Event('input'));
  return changed;
}
