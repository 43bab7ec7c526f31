/**
 * The widgets' colours are light unless themed, so their native parts
 * (checkboxes, lists of options, scrollbars) stay light on a page whose
 * `color-scheme` is dark; `--pdk-color-scheme: dark` goes with dark colours.
 */
import {expect, html} from '@open-wc/testing';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

describe('--pdk-color-scheme', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a')]})}})));
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    fetch.restore();
    resetFeedState();
  });

  it('keeps the search field light on a dark page, and dark when the theme says so', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const {el} = await mountUntil<HTMLElement>(html`<pdk-partner-list src=${FEED_URL} controls></pdk-partner-list>`, 'pdk-ready');
    const search = el.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(search).colorScheme).to.equal('light');
    el.style.setProperty('--pdk-color-scheme', 'dark');
    expect(getComputedStyle(search).colorScheme).to.equal('dark');
  });
});
