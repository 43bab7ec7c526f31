/** What every element does with its feed: loading, error, empty, ready, and the events around them. */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import sinon from 'sinon';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed} from '../helpers/feeds.js';
import {mountUntil as mountUntilEvent} from '../helpers/mount.js';

const LISTING_TAGS = ['pdk-partner-list', 'pdk-event-calendar'] as const;
const ALL_TAGS = [...LISTING_TAGS, 'pdk-join-button'] as const;

const template = (tag: string, src: string, lang: string, inner: string) =>
  staticHtml`<${unsafeStatic(tag)} src=${src} lang=${lang}>${unsafeStatic(inner)}</${unsafeStatic(tag)}>`;

function mount(tag: string, src = FEED_URL, lang = 'pl', inner = '') {
  return fixture<HTMLElement>(template(tag, src, lang, inner));
}

/** Mounts and resolves once the element fired `eventName`. */
async function mountUntil(eventName: 'pdk-ready' | 'pdk-error', tag: string, src = FEED_URL, lang = 'pl', inner = '') {
  return (await mountUntilEvent(template(tag, src, lang, inner), eventName)).el;
}

const shadowText = (el: HTMLElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('feed states shared by all elements', () => {
  let fetch: FetchStub;
  afterEach(() => {
    fetch?.restore();
    resetFeedState();
  });

  for (const tag of LISTING_TAGS) {
    describe(`<${tag}>`, () => {
      it('shows a loading placeholder that is accessible', async () => {
        fetch = stubFetch({[FEED_URL]: {hang: true}});
        const el = await mount(tag);
        const loading = el.shadowRoot!.querySelector('[part~="loading"]');
        expect(loading).to.exist;
        expect(loading!.getBoundingClientRect().height).to.be.greaterThan(50);
        await expect(el).to.be.accessible();
      });

      it('shows a localized error, a retry button and the fallback content when the feed fails', async () => {
        fetch = stubFetch({[FEED_URL]: {status: 500}});
        const el = await mountUntil('pdk-error', tag, FEED_URL, 'pl', '<a href="https://example.org">Zobacz na stronie</a>');
        expect(shadowText(el)).to.contain('Nie udało się wczytać danych');
        const slot = el.shadowRoot!.querySelector('slot:not([name])') as HTMLSlotElement;
        expect(slot.assignedElements()[0].textContent).to.equal('Zobacz na stronie');
        expect((el.querySelector('a') as HTMLElement).offsetHeight).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });

      it('blames the connection for a failed fetch only when the browser is offline', async () => {
        fetch = stubFetch({[FEED_URL]: {networkError: true}});
        const online = await mountUntil('pdk-error', tag);
        // Online, a failed fetch is the feed host's (down, or no CORS header): the visitor's connection is fine.
        expect(shadowText(online)).to.contain('Nie udało się połączyć ze źródłem danych. Spróbuj ponownie za chwilę.');
        expect(shadowText(online)).not.to.contain('internet');
        resetFeedState();
        const offline = sinon.stub(Navigator.prototype, 'onLine').get(() => false);
        try {
          const el = await mountUntil('pdk-error', tag);
          expect(shadowText(el)).to.contain('Brak połączenia z internetem. Dane wczytają się, gdy połączenie wróci.');
        } finally {
          offline.restore();
        }
      });

      it('speaks English when the page does', async () => {
        fetch = stubFetch({[FEED_URL]: {status: 500}});
        const el = await mountUntil('pdk-error', tag, FEED_URL, 'en');
        expect(shadowText(el)).to.contain('Could not load the data').and.contain('Try again');
      });

      it('hides the fallback content once the feed is ready', async () => {
        fetch = stubFetch({[FEED_URL]: {json: feed()}});
        const el = await mountUntil('pdk-ready', tag, FEED_URL, 'pl', '<p>fallback</p>');
        expect((el.querySelector('p') as HTMLElement).offsetHeight).to.equal(0);
        await expect(el).to.be.accessible();
      });

      it('retries: the retry button fetches again and fires pdk-ready', async () => {
        fetch = stubFetch({[FEED_URL]: {networkError: true}});
        const el = await mountUntil('pdk-error', tag);
        fetch.set(FEED_URL, {json: feed()});
        const ready = oneEvent(el, 'pdk-ready');
        (el.shadowRoot!.querySelector('[part~="retry-button"]') as HTMLButtonElement).click();
        await ready;
        expect(fetch.calls(FEED_URL)).to.equal(2);
        expect(el.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
      });

      it('says so when the feed is empty', async () => {
        fetch = stubFetch({[FEED_URL]: {json: feed({partners: [], events: []})}});
        const el = await mountUntil('pdk-ready', tag);
        expect(el.shadowRoot!.querySelector('[part~="empty"]')).to.exist;
        await expect(el).to.be.accessible();
      });

      it('shows a saved copy with its age when the network fails', async () => {
        fetch = stubFetch({[FEED_URL]: {json: feed()}});
        await mountUntil('pdk-ready', tag);
        resetFeedState.call(null);
        localStorage.setItem(`pdk-widgets:feed:${FEED_URL}`, JSON.stringify({savedAt: Date.now() - 2 * 3_600_000, text: JSON.stringify(feed())}));
        fetch.set(FEED_URL, {networkError: true});
        const el = document.createElement(tag);
        el.setAttribute('src', FEED_URL);
        const fired: string[] = [];
        el.addEventListener('pdk-error', (e) => fired.push(`error: ${(e as CustomEvent).detail.message}`));
        const ready = new Promise((resolve) => el.addEventListener('pdk-ready', () => resolve(fired.push('ready'))));
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await ready;
        expect(el.shadowRoot!.querySelector('[part~="stale"]')!.textContent).to.contain('2 godziny temu');
        // The page learns that the feed failed, and that the saved copy is on screen.
        expect(fired).to.have.length(2);
        expect(fired[0]).to.match(/^error: ./);
        expect(fired[1]).to.equal('ready');
      });
    });
  }

  describe('coming back after a failure', () => {
    const mountBoth = async () => {
      const list = document.createElement('pdk-partner-list');
      const calendar = document.createElement('pdk-event-calendar');
      const errors = Promise.all([list, calendar].map((el) => oneEvent(el, 'pdk-error')));
      for (const el of [list, calendar]) el.setAttribute('src', FEED_URL);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(list, calendar);
      await errors;
      return [list, calendar] as const;
    };
    const retryButton = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    const shows = (el: HTMLElement) => (el.shadowRoot!.querySelector('[part~="error"]') ? 'error' : el.shadowRoot!.querySelector('[part~="stale"]') ? 'stale copy' : 'feed');

    it('a retry on one element brings back every element on that feed, with one request', async () => {
      fetch = stubFetch({[FEED_URL]: {networkError: true}});
      const [list, calendar] = await mountBoth();
      fetch.set(FEED_URL, {json: feed()});
      const ready = Promise.all([oneEvent(list, 'pdk-ready'), oneEvent(calendar, 'pdk-ready')]);
      retryButton(list).click();
      await ready;
      expect(`${shows(list)}, ${shows(calendar)}`).to.equal('feed, feed');
      expect(fetch.calls(FEED_URL)).to.equal(2);
    });

    it('retries pressed on two elements while the first is on its way make one request', async () => {
      fetch = stubFetch({[FEED_URL]: {networkError: true}});
      const [list, calendar] = await mountBoth();
      let answer!: () => void;
      fetch.set(FEED_URL, {json: feed(), after: new Promise<void>((resolve) => (answer = resolve))});
      const ready = Promise.all([oneEvent(list, 'pdk-ready'), oneEvent(calendar, 'pdk-ready')]);
      retryButton(list).click();
      retryButton(calendar).click();
      answer();
      await ready;
      expect(fetch.calls(FEED_URL)).to.equal(2);
    });

    it('tries the feed again by itself when the browser is back online', async () => {
      fetch = stubFetch({[FEED_URL]: {networkError: true}});
      const [list, calendar] = await mountBoth();
      fetch.set(FEED_URL, {json: feed()});
      const ready = Promise.all([oneEvent(list, 'pdk-ready'), oneEvent(calendar, 'pdk-ready')]);
      dispatchEvent(new Event('online'));
      await ready;
      expect(`${shows(list)}, ${shows(calendar)}`).to.equal('feed, feed');
      expect(fetch.calls(FEED_URL)).to.equal(2);
    });

    it('keeps a saved copy\'s age true on a page left open', async () => {
      const clock = sinon.useFakeTimers({now: Date.now(), toFake: ['Date', 'setInterval', 'clearInterval']});
      try {
        localStorage.setItem(`pdk-widgets:feed:${FEED_URL}`, JSON.stringify({savedAt: Date.now() - 5 * 60_000, text: JSON.stringify(feed())}));
        fetch = stubFetch({[FEED_URL]: {networkError: true}});
        const el = await mountUntil('pdk-ready', 'pdk-partner-list');
        const notice = () => el.shadowRoot!.querySelector('[part~="stale"] p')!.textContent!;
        expect(notice()).to.contain('5 minut temu');
        clock.tick(3 * 3_600_000);
        await (el as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
        expect(notice()).to.contain('3 godziny temu');
        // A hidden tab's timers are slowed: the page shown again reads the age at once.
        clock.setSystemTime(Date.now() + 30_000 + 3_600_000);
        document.dispatchEvent(new Event('visibilitychange'));
        await (el as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
        expect(notice()).to.contain('4 godziny temu');
      } finally {
        clock.restore();
      }
    });

    for (const tag of LISTING_TAGS) {
      it(`<${tag}>: over a saved copy, a retry button loads the live feed`, async () => {
        localStorage.setItem(`pdk-widgets:feed:${FEED_URL}`, JSON.stringify({savedAt: Date.now() - 3_600_000, text: JSON.stringify(feed())}));
        fetch = stubFetch({[FEED_URL]: {networkError: true}});
        const el = await mountUntil('pdk-ready', tag);
        expect(shows(el)).to.equal('stale copy');
        await expect(el).to.be.accessible();
        fetch.set(FEED_URL, {json: feed()});
        const ready = oneEvent(el, 'pdk-ready');
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="stale"] [part~="retry-button"]')!.click();
        await ready;
        expect(shows(el)).to.equal('feed');
      });
    }
  });

  for (const tag of LISTING_TAGS) {
    it(`<${tag}> has its data on screen when pdk-ready fires`, async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed()}});
      const el = document.createElement(tag);
      el.setAttribute('src', FEED_URL);
      el.setAttribute('month', '2026-12');
      // Read inside the listener: a test awaiting the event would look a few microtasks later.
      const seen = new Promise<{loading: boolean; text: string}>((resolve) =>
        el.addEventListener('pdk-ready', () => resolve({loading: Boolean(el.shadowRoot!.querySelector('[part~="loading"]')), text: shadowText(el)}), {once: true}),
      );
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      const {loading, text} = await seen;
      expect(loading, 'the loading placeholder at pdk-ready').to.be.false;
      expect(text).to.contain(tag === 'pdk-partner-list' ? 'Partner a' : 'Event e1');
    });
  }

  for (const tag of ALL_TAGS) {
    it(`<${tag}> fires pdk-ready once it has rendered, and pdk-error with a message`, async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed()}, 'https://feeds.example.org/missing.json': {status: 404}});
      await mountUntil('pdk-ready', tag);
      const {event} = await mountUntilEvent(template(tag, 'https://feeds.example.org/missing.json', 'pl', ''), 'pdk-error');
      expect(event.detail.message).to.contain('404');
    });
  }

  it('lets the page listen on document, even through a shadow root', async () => {
    fetch = stubFetch({[FEED_URL]: {status: 500}});
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    const pending = oneEvent(document, 'pdk-error');
    root.innerHTML = `<pdk-partner-list src="${FEED_URL}"></pdk-partner-list>`;
    expect((await pending).detail.message).to.contain('500');
  });

  it('shares one request among all widgets that name the same feed', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const elements = ALL_TAGS.map((tag) => Object.assign(document.createElement(tag), {src: FEED_URL}));
    const ready = Promise.all(elements.map((el) => oneEvent(el, 'pdk-ready')));
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.append(...elements);
    await ready;
    expect(fetch.calls(FEED_URL)).to.equal(1);
  });

  it('reads the feed URL from <meta name="pdk-feed"> when src is left out', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const meta = Object.assign(document.createElement('meta'), {name: 'pdk-feed', content: FEED_URL});
    document.head.append(meta);
    try {
      await mountUntilEvent(html`<pdk-partner-list></pdk-partner-list>`, 'pdk-ready');
      expect(fetch.calls(FEED_URL)).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('uses a <meta name="pdk-feed"> added after the elements (a tag manager, a late head block)', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const elements = ALL_TAGS.map((tag) => document.createElement(tag));
    // The join button works without a feed: for it, none is no failure.
    const settled = Promise.all(elements.map((el) => oneEvent(el, el.localName === 'pdk-join-button' ? 'pdk-ready' : 'pdk-error')));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(...elements);
    await settled;
    const ready = Promise.all(elements.map((el) => oneEvent(el, 'pdk-ready')));
    const meta = Object.assign(document.createElement('meta'), {name: 'pdk-feed', content: FEED_URL});
    document.head.append(meta);
    try {
      await ready;
      expect(fetch.calls(FEED_URL)).to.equal(1);
    } finally {
      meta.remove();
    }
  });

  it('loads again, and fires pdk-ready again, when src changes', async () => {
    const other = 'https://feeds.example.org/other.json';
    fetch = stubFetch({[FEED_URL]: {json: feed()}, [other]: {json: feed({partners: []})}});
    const el = await mountUntil('pdk-ready', 'pdk-partner-list');
    el.setAttribute('src', other);
    await oneEvent(el, 'pdk-ready');
    expect(fetch.calls(other)).to.equal(1);
  });

  it('fires pdk-ready only for the current src: a big list still filling in when src changes has none', async () => {
    const big = 'https://feeds.example.org/big.json';
    const ids = Array.from({length: 1500}, (_, i) => `p${i}`);
    fetch = stubFetch({[big]: {json: feed({partners: ids.map((id) => ({id, name: `Alfa ${id}`, category: 'ngo'})), events: []})}, [FEED_URL]: {json: feed()}});
    const el = Object.assign(document.createElement('pdk-partner-list'), {src: big});
    const seen: string[] = [];
    el.addEventListener('pdk-ready', () => seen.push(shadowText(el).includes('Alfa') ? 'big' : shadowText(el).includes('Partner a') ? 'small' : 'other'));
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="card"]'), 'the first cards of the big feed');
    el.src = FEED_URL;
    await waitUntil(() => seen.length > 0, 'pdk-ready', {timeout: 5000});
    await el.updateComplete;
    expect(seen).to.deep.equal(['small']);
  });

  for (const tag of LISTING_TAGS) {
    it(`<${tag}> taken off the page while loading and put back: the page hears pdk-ready then`, async () => {
      let arrive!: () => void;
      fetch = stubFetch({[FEED_URL]: {json: feed(), after: new Promise<void>((resolve) => (arrive = resolve))}});
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = Object.assign(document.createElement(tag), {src: FEED_URL, month: '2026-12'}) as HTMLElement & {updateComplete: Promise<boolean>};
      wrapper.append(el);
      el.remove();
      arrive();
      await waitUntil(() => /Partner a|Event e1/.test(shadowText(el)), 'the feed rendered off the page');
      await el.updateComplete;
      const heard = oneEvent(document, 'pdk-ready');
      wrapper.append(el);
      expect((await heard).target).to.equal(el);
    });
  }

  for (const tag of ALL_TAGS) {
    it(`<${tag}>: a retry from the keyboard keeps focus inside the element while it loads, and after`, async () => {
      fetch = stubFetch({[FEED_URL]: {status: 503}});
      const el = await mountUntil('pdk-error', tag);
      const focusedPart = () => el.shadowRoot!.activeElement?.getAttribute('part') ?? null;
      let arrive!: () => void;
      fetch.set(FEED_URL, {status: 503, after: new Promise<void>((resolve) => (arrive = resolve))});
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => focusedPart() !== 'retry-button', 'the retry button went');
      expect(focusedPart(), 'while loading').to.equal(tag === 'pdk-join-button' ? 'button' : 'loading');
      const failed = oneEvent(el, 'pdk-error');
      arrive();
      await failed;
      expect(focusedPart(), 'failed again').to.be.oneOf(['retry-button', 'button']);
      fetch.set(FEED_URL, {json: feed()});
      const ready = oneEvent(el, 'pdk-ready');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.focus();
      await sendKeys({press: 'Enter'});
      await ready;
      expect(el.shadowRoot!.activeElement !== null, 'focus inside once the data is in').to.be.true;
    });
  }

  it('never breaks the host page on a broken feed', async () => {
    fetch = stubFetch({[FEED_URL]: {body: '{"version":1,"partners":[1,2,{"id":3}],"events":"x"}'}});
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const el = await mountUntil('pdk-ready', 'pdk-partner-list');
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="empty"]'));
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });
});
