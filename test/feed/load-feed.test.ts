import {expect, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import {loadFeed} from '../../src/feed/load-feed.js';
import {saveCopy} from '../../src/feed/stale-copy.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed} from '../helpers/feeds.js';

describe('loadFeed', () => {
  let fetch: FetchStub;
  afterEach(() => {
    fetch?.restore();
    sinon.restore();
    resetFeedState();
  });

  it('shares one request among callers of the same URL', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const results = await Promise.all([loadFeed(FEED_URL), loadFeed(FEED_URL), loadFeed(FEED_URL)]);
    expect(fetch.calls(FEED_URL)).to.equal(1);
    expect(results[0]).to.equal(results[2]);
  });

  it('fetches again on reload (a retry)', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    await loadFeed(FEED_URL);
    await loadFeed(FEED_URL, {reload: true});
    expect(fetch.calls(FEED_URL)).to.equal(2);
  });

  it('joins a retry already on its way instead of fetching again (two elements\' retries, one request)', async () => {
    fetch = stubFetch({[FEED_URL]: {networkError: true}});
    await loadFeed(FEED_URL).catch(() => undefined);
    let answer!: () => void;
    fetch.set(FEED_URL, {json: feed(), after: new Promise<void>((resolve) => (answer = resolve))});
    const first = loadFeed(FEED_URL, {reload: true});
    const second = loadFeed(FEED_URL, {reload: true});
    answer();
    expect(await second).to.equal(await first);
    expect(fetch.calls(FEED_URL)).to.equal(2);
    // Once it has arrived, a retry fetches again.
    await loadFeed(FEED_URL, {reload: true});
    expect(fetch.calls(FEED_URL)).to.equal(3);
  });

  it('shares the request with another copy of the library on the page (two bundles or versions)', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const ours = await loadFeed(FEED_URL);
    // Another URL is another module instance with its own state, as a second bundle has; its
    // script may run after the feed is in.
    const copy = `../../src/feed/load-feed.ts?copy=${Math.random()}`;
    const other = (await import(copy)) as typeof import('../../src/feed/load-feed.js');
    const theirs = await other.loadFeed(FEED_URL);
    expect(fetch.calls(FEED_URL)).to.equal(1);
    expect(theirs).not.to.equal(ours);
    expect(theirs.feed).to.deep.equal(ours.feed);
    await other.loadFeed(FEED_URL, {reload: true});
    expect(fetch.calls(FEED_URL), 'a retry fetches again').to.equal(2);
  });

  it('lets one caller abort without cancelling the request for the others', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    const controller = new AbortController();
    const aborted = loadFeed(FEED_URL, {signal: controller.signal});
    const other = loadFeed(FEED_URL);
    controller.abort();
    expect(await aborted.catch((e: unknown) => e)).to.have.property('name', 'AbortError');
    expect((await other).feed.partners).to.have.length(2);
  });

  for (const [label, route, kind] of [
    ['HTTP 404', {status: 404}, 'http'],
    ['a network failure', {networkError: true}, 'network'],
    ['a body that is not JSON', {body: '<html>oops</html>'}, 'parse'],
    ['another version', {json: feed({version: 3})}, 'version'],
  ] as const) {
    it(`fails with a "${kind}" error on ${label}, and tries again next time`, async () => {
      fetch = stubFetch({[FEED_URL]: route});
      const error = await loadFeed(FEED_URL).catch((e: unknown) => e);
      expect(error).to.have.property('kind', kind);
      await loadFeed(FEED_URL).catch(() => {});
      expect(fetch.calls(FEED_URL)).to.equal(2);
    });
  }

  it('gives up after the timeout', async () => {
    fetch = stubFetch({[FEED_URL]: {hang: true}});
    const error = await loadFeed(FEED_URL, {timeoutMs: 50}).catch((e: unknown) => e);
    expect(error).to.have.property('kind', 'timeout');
  });

  describe('a feed whose body arrives in pieces', () => {
    /** Answers at once, then sends the feed's text in `pieces`, `gapMs` apart; `stallAfter` pieces, then nothing. */
    function trickle(pieces: number, gapMs: number, stallAfter = Infinity) {
      const text = new TextEncoder().encode(`\ufeff${JSON.stringify(feed())}`);
      const size = Math.ceil(text.length / pieces);
      sinon.stub(window, 'fetch').callsFake((_input, init) => {
        let sent = 0;
        const body = new ReadableStream<Uint8Array>({
          // As a network body does, the stream fails when the request is aborted.
          start: (controller) => init?.signal?.addEventListener('abort', () => controller.error(init.signal!.reason)),
          async pull(controller) {
            if (sent >= stallAfter) return new Promise<void>(() => {});
            await new Promise((resolve) => setTimeout(resolve, gapMs));
            controller.enqueue(text.slice(sent * size, ++sent * size));
            if (sent * size >= text.length) controller.close();
          },
        });
        return Promise.resolve(new Response(body));
      });
    }

    it('is not cut off by the timeout while it keeps coming (a big feed on a slow connection)', async () => {
      trickle(8, 40);
      const result = await loadFeed(FEED_URL, {timeoutMs: 100});
      expect(result.feed.partners.map((p) => p.id)).to.deep.equal(['a', 'b']);
    });

    it('times out when it stops coming', async () => {
      trickle(8, 10, 3);
      const error = await loadFeed(FEED_URL, {timeoutMs: 100}).catch((e: unknown) => e);
      expect(error).to.have.property('kind', 'timeout');
    });
  });

  it('warns once about skipped entries, naming their JSON paths', async () => {
    const warn = sinon.stub(console, 'warn');
    fetch = stubFetch({[FEED_URL]: {json: feed({events: [event('x', {start: 'soon'}), event('y', {end: 'x'})]})}});
    await Promise.all([loadFeed(FEED_URL), loadFeed(FEED_URL)]);
    expect(warn.callCount).to.equal(1);
    expect(warn.firstCall.args[0]).to.contain('has 2 problems;').and.contain('$.events[0].start').and.contain('$.events[1].end');
  });

  describe('the last good copy', () => {
    it('is kept after a successful load and served, marked stale, when the network fails', async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed()}});
      await loadFeed(FEED_URL);
      fetch.set(FEED_URL, {networkError: true});
      const result = await loadFeed(FEED_URL, {reload: true});
      expect(result.stale).to.exist;
      expect(result.stale!.error.kind).to.equal('network');
      expect(Date.now() - result.stale!.savedAt).to.be.lessThan(60_000);
      expect(result.feed.partners).to.have.length(2);
    });

    it('reaches localStorage once the page is idle, for the next visit', async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed()}});
      await loadFeed(FEED_URL);
      await waitUntil(() => localStorage.getItem(`pdk-widgets:feed:${FEED_URL}`), 'the copy was never stored', {timeout: 5000});
      const stored = JSON.parse(localStorage.getItem(`pdk-widgets:feed:${FEED_URL}`)!) as {text: string};
      expect(JSON.parse(stored.text)).to.deep.equal(feed());
    });

    it('reaches localStorage as the visitor leaves, if that comes before an idle moment', async () => {
      fetch = stubFetch({[FEED_URL]: {json: feed()}});
      await loadFeed(FEED_URL);
      expect(localStorage.getItem(`pdk-widgets:feed:${FEED_URL}`)).to.be.null;
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(localStorage.getItem(`pdk-widgets:feed:${FEED_URL}`)!)).to.have.property('savedAt');
    });

    it('carries the age it was saved at', async () => {
      saveCopy(FEED_URL, JSON.stringify(feed()), Date.now() - 3 * 3_600_000);
      fetch = stubFetch({[FEED_URL]: {status: 500}});
      const result = await loadFeed(FEED_URL);
      expect(Date.now() - result.stale!.savedAt).to.be.greaterThan(3 * 3_600_000 - 1000);
    });

    it('is not used when it no longer validates', async () => {
      saveCopy(FEED_URL, '{"version": 9}');
      fetch = stubFetch({[FEED_URL]: {networkError: true}});
      const error = await loadFeed(FEED_URL).catch((e: unknown) => e);
      expect(error).to.have.property('kind', 'network');
    });

    it('does not stick: the next load fetches again', async () => {
      saveCopy(FEED_URL, JSON.stringify(feed()));
      fetch = stubFetch({[FEED_URL]: {networkError: true}});
      await loadFeed(FEED_URL);
      fetch.set(FEED_URL, {json: feed({partners: []})});
      const fresh = await loadFeed(FEED_URL);
      expect(fresh.stale).to.be.undefined;
      expect(fresh.feed.partners).to.have.length(0);
    });
  });
});
