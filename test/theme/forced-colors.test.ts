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
});
