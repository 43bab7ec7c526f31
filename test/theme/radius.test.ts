/**
 * `--pdk-radius` rounds every corner: a page with square corners (0) gets no
 * pill left over, and the default keeps the pills.
 */
import {expect, html} from '@open-wc/testing';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

const today = new Date().toISOString().slice(0, 10);
const FEED = feed({
  partners: [partner('a', {areas: ['energy-efficiency']})],
  events: [event('e', {start: `${today}T12:00:00+01:00`})],
});

/** The pills: the partner's area tag, the calendar's "today" label. */
const PILLS = [
  ['area tag', html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`, '.area'],
  ['"dziś" label', html`<pdk-event-calendar src=${FEED_URL}></pdk-event-calendar>`, '.today-label'],
] as const;

describe('--pdk-radius', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: FEED}})));
  afterEach(() => {
    fetch.restore();
    resetFeedState();
  });

  for (const [what, template, selector] of PILLS) {
    it(`squares the ${what} at 0, and keeps it a pill by default`, async () => {
      const {el} = await mountUntil<HTMLElement>(template, 'pdk-ready');
      const pill = el.shadowRoot!.querySelector<HTMLElement>(selector)!;
      const radius = () => parseFloat(getComputedStyle(pill).borderTopLeftRadius);
      expect(radius()).to.be.closeTo(parseFloat(getComputedStyle(pill).fontSize), 0.5);
      el.style.setProperty('--pdk-radius', '0');
      expect(radius()).to.equal(0);
    });
  }
});
