/**
 * WCAG 1.4.10 (reflow): in a 320 px wide window, one long unbroken word (a URL
 * in a description, a long title or name) wraps instead of widening the
 * widget, and with it the page.
 */
import {expect, html} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

const LONG = 'https://example.org/wydarzenia/2026/KonferencjaOEfektywnosciEnergetycznejBudynkowMiejskich';
const REFLOW_FEED = feed({
  partners: [partner('a', {name: `Fundacja${'Zielona'.repeat(8)}`, description: 'Więcej: https://www.example.org/partnerzy/fundacja/bardzo_dluga_sciezka_do_strony_z_informacjami_o_partnerze_2026'})],
  events: [event('e', {title: LONG, partners: ['a'], start: '2026-12-03T18:00:00+01:00'})],
});

/** How far the element's content reaches past its own right edge, in px (0: it fits). */
function overflow(el: HTMLElement): number {
  const right = el.getBoundingClientRect().right;
  const reach = Math.max(...[...el.shadowRoot!.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right));
  return Math.max(0, Math.round(reach - right));
}

describe('reflow at a 320 px wide window', () => {
  let fetch: FetchStub;
  before(() => setViewport({width: 320, height: 640}));
  after(() => setViewport({width: 800, height: 600}));
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: REFLOW_FEED}})));
  afterEach(() => {
    fetch.restore();
    resetFeedState();
  });

  const cases: [string, ReturnType<typeof html>][] = [
    ['the partner list (list layout)', html`<div><pdk-partner-list src=${FEED_URL} layout="list"></pdk-partner-list></div>`],
    ['the partner list (grid)', html`<div><pdk-partner-list src=${FEED_URL}></pdk-partner-list></div>`],
    ['the calendar (list view)', html`<div><pdk-event-calendar src=${FEED_URL} view="list" past></pdk-event-calendar></div>`],
    ['the calendar (narrow month)', html`<div><pdk-event-calendar src=${FEED_URL} month="2026-12"></pdk-event-calendar></div>`],
  ];
  for (const [name, template] of cases) {
    it(`keeps ${name} within its width`, async () => {
      const {el: wrapper} = await mountUntil<HTMLDivElement>(template, 'pdk-ready');
      const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
      await el.updateComplete;
      // Two frames: cards (content-visibility: auto) are laid out in full once seen on screen.
      for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(overflow(el)).to.equal(0);
      expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(320);
    });
  }
});
