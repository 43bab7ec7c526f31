/** Boolean attributes: present means on, except the value "false" (CMS editors and Vue write it meaning off). */
import {expect, html} from '@open-wc/testing';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

type Flags = HTMLElement & {controls: boolean; past: boolean; follow: boolean};

describe('boolean attributes', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: feed({partners: [partner('a')]})}})));
  afterEach(() => {
    fetch.restore();
    resetFeedState();
  });

  it('reads "false" as off, in any case, and any other value as on', async () => {
    const {el} = await mountUntil<Flags>(html`<pdk-event-calendar src=${FEED_URL} controls="false" past=" FALSE " follow="follow"></pdk-event-calendar>`, 'pdk-ready');
    expect([el.controls, el.past, el.follow]).to.deep.equal([false, false, true]);
    el.setAttribute('controls', '');
    expect(el.controls).to.be.true;
  });

  it('shows no search box for controls="false" (as Vue writes :controls="false" before the elements are defined)', async () => {
    const {el} = await mountUntil<Flags>(html`<pdk-partner-list src=${FEED_URL} controls="false"></pdk-partner-list>`, 'pdk-ready');
    // A boolean, not the element: chai describing a DOM node in its message can hang the runner.
    expect(el.shadowRoot!.querySelector('[part~="search"]') === null, 'no search box').to.be.true;
  });
});
