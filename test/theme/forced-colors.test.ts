/**
 * Windows high contrast (forced colours): colours are the system's, so
 * states must show through outlines and shapes. A pressed filter toggle is
 * marked with an outline, and focus must still look different on it
 * (WCAG 2.4.7).
 */
import {expect, html} from '@open-wc/testing';
import {executeServerCommand, sendKeys} from '@web/test-runner-commands';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

const forcedColors = (value: 'active' | 'none') =>
  executeServerCommand('emulate-media-features', {features: [{name: 'forced-colors', value}]});

const ring = (el: Element) => {
  const style = getComputedStyle(el);
  return `${style.outlineStyle} ${style.outlineWidth} offset ${style.outlineOffset}`;
};

describe('forced colours', () => {
  let fetch: FetchStub;
  before(() => forcedColors('active'));
  after(() => forcedColors('none'));
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a'), partner('b', {category: 'business'})]})}})));
  afterEach(() => {
    fetch.restore();
    resetFeedState();
  });

  it('is emulated', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
  });

  it('shows focus on a pressed filter toggle, unlike on a pressed one without focus', async () => {
    const {el} = await mountUntil<HTMLElement>(html`<pdk-partner-list src=${FEED_URL} controls category="ngo,business"></pdk-partner-list>`, 'pdk-ready');
    const root = el.shadowRoot!;
    const [ngo, business] = ['ngo', 'business'].map((id) => root.querySelector<HTMLElement>(`.toggle[data-id="${id}"]`)!);
    expect([ngo.getAttribute('aria-pressed'), business.getAttribute('aria-pressed')]).to.deep.equal(['true', 'true']);
    root.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    for (let i = 0; i < 10 && root.activeElement !== ngo; i++) await sendKeys({press: 'Tab'});
    expect(root.activeElement === ngo, 'Tab reaches the pressed toggle').to.be.true;
    expect(ring(ngo)).to.not.equal(ring(business));
  });

  it('draws the loading placeholder\'s bars with a border, since their background is dropped', async () => {
    fetch.set(FEED_URL, {hang: true});
    const el = document.createElement('pdk-partner-list') as HTMLElement & {updateComplete: Promise<unknown>};
    el.setAttribute('src', FEED_URL);
    document.body.append(el);
    try {
      await el.updateComplete;
      const bar = el.shadowRoot!.querySelector('.skeleton span')!;
      expect(getComputedStyle(bar).borderTopStyle).to.equal('solid');
    } finally {
      el.remove();
    }
  });

  it('keeps each event type\'s marker shape: "other" stays a bar, unlike debate\'s square', async () => {
    const {el} = await mountUntil<HTMLElement>(html`<pdk-event-calendar src=${FEED_URL} month="2026-12"></pdk-event-calendar>`, 'pdk-ready');
    const box = (type: string) => el.shadowRoot!.querySelector(`[part~="legend"] .type-${type}`)!.getBoundingClientRect();
    expect(box('other').height / box('other').width).to.be.closeTo(0.5, 0.05);
    expect(box('debate').height / box('debate').width).to.be.closeTo(1, 0.05);
  });

  it('greys the days of the months before and after, as it does without forced colours', async () => {
    const {el} = await mountUntil<HTMLElement>(html`<pdk-event-calendar src=${FEED_URL} month="2026-12"></pdk-event-calendar>`, 'pdk-ready');
    const colour = (day: string) => getComputedStyle(el.shadowRoot!.querySelector(`td[data-day="${day}"]`)!).color;
    expect(colour('2026-11-30')).to.not.equal(colour('2026-12-08'));
  });
});
