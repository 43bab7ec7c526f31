/**
 * The feed check against real servers: the test page runs on localhost and
 * reads the embedding tests' feed hosts on 127.0.0.1 (another origin), one
 * that sends Access-Control-Allow-Origin and one that does not
 * (web-test-runner.config.mjs). Answers no server gives here are stubbed.
 */
import {expect} from '@open-wc/testing';
import {checkFeed} from '../../src/builder/feed-check.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {feed} from '../helpers/feeds.js';
import {otherOrigin} from './fixtures.js';

describe('checkFeed', () => {
  let fetch: FetchStub | undefined;
  afterEach(() => {
    fetch?.restore();
    fetch = undefined;
  });

  it('the test page is on another origin than the feed hosts', () => {
    expect(location.hostname).to.equal('localhost');
  });

  it('accepts a valid feed on another origin that sends the CORS header', async () => {
    const result = await checkFeed(otherOrigin('/test/embedding/feeds/cors/feed.json'));
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.cors).to.be.true;
    expect(result.feed.partners.length).to.equal(37);
    expect(result.issues).to.deep.equal([]);
  });

  it('reports a feed on another origin without the CORS header as such', async () => {
    expect(await checkFeed(otherOrigin('/test/embedding/feeds/no-cors/feed.json'))).to.deep.equal({ok: false, problem: 'no-cors'});
  });

  it('reports a host that does not answer at all as not reachable', async () => {
    // Nothing listens on port 9 (discard) here: the request and the no-cors probe both fail.
    expect(await checkFeed('http://127.0.0.1:9/feed.json')).to.deep.equal({ok: false, problem: 'unreachable'});
  });

  it('tells a TypeError with a failing no-cors probe (unreachable) from one with a succeeding probe (no CORS)', async () => {
    fetch = stubFetch({'https://feeds.example.org/down.json': {networkError: true}});
    expect(await checkFeed('https://feeds.example.org/down.json')).to.deep.equal({ok: false, problem: 'unreachable'});
  });

  it('reports a missing file with its HTTP status', async () => {
    expect(await checkFeed('/sample/no-such-feed.json')).to.deep.equal({ok: false, problem: 'http', status: 404});
  });

  it('reports an HTML page as not JSON', async () => {
    expect(await checkFeed('/builder/index.html')).to.deep.equal({ok: false, problem: 'not-json'});
  });

  it('reports another version, and JSON that is no feed', async () => {
    fetch = stubFetch({
      'https://feeds.example.org/v2.json': {json: feed({version: 2})},
      'https://feeds.example.org/list.json': {json: [1, 2]},
      // A package.json: its version is a string, and it is no data file at all.
      'https://feeds.example.org/package.json': {json: {name: 'x', version: '1.0.0'}},
    });
    const v2 = await checkFeed('https://feeds.example.org/v2.json');
    expect(v2.ok === false && v2.problem).to.equal('version');
    const list = await checkFeed('https://feeds.example.org/list.json');
    expect(list.ok === false && list.problem).to.equal('invalid');
    const pkg = await checkFeed('https://feeds.example.org/package.json');
    expect(pkg.ok === false && pkg.problem).to.equal('invalid');
  });

  it('counts the issues of a feed with bad entries, and says when a same-origin feed lacks the CORS header', async () => {
    fetch = stubFetch({'https://feeds.example.org/bad.json': {json: feed({partners: [{id: 'x'}, {id: 'y', name: 'Y', category: 'ngo'}]})}});
    const result = await checkFeed('https://feeds.example.org/bad.json');
    expect(result.ok).to.be.true;
    if (!result.ok) return;
    expect(result.issues.map((i) => i.path)).to.include.members(['$.partners[0].name', '$.partners[0].category']);
    expect(result.feed.partners.map((p) => p.id)).to.deep.equal(['y']);
    // A stubbed answer is neither cross-origin nor carries the header.
    expect(result.cors).to.be.false;
  });
});
