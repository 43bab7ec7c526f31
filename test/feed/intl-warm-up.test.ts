/**
 * A page's first Intl.DateTimeFormat loads Intl's data (20 to 50 ms on a slow
 * machine). The feed's dates need one; it is made while the feed downloads.
 * A file of its own: the formatter is made once per page.
 */
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {stubFetch} from '../helpers/fetch-stub.js';
import {FEED_URL} from '../helpers/feeds.js';

describe('the feed zone formatter', () => {
  afterEach(() => sinon.restore());

  it('is made while the feed is still on its way, not after it arrives', async () => {
    const zones: string[] = [];
    const RealFormat = Intl.DateTimeFormat;
    sinon.replace(Intl, 'DateTimeFormat', function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      zones.push(String(args[1]?.timeZone));
      return new RealFormat(...args);
    } as unknown as typeof Intl.DateTimeFormat);
    stubFetch({[FEED_URL]: {hang: true}});
    const {loadFeed} = await import('../../src/feed/load-feed.js');
    const controller = new AbortController();
    void loadFeed(FEED_URL, {signal: controller.signal}).catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(zones).to.include('Europe/Warsaw');
    controller.abort();
  });
});
