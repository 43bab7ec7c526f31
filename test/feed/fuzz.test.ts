import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError} from '../../src/feed/feed-error.js';
import {safeUrl, validateFeed} from '../../src/feed/validate.js';
import {event, feed, partner} from '../helpers/feeds.js';

/** Any failure but a FeedError is a bug: random input must never make the loader throw otherwise. */
function survives(json: unknown) {
  try {
    validateFeed(json, 'https://example.org/feed.json');
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
  }
}

describe('validateFeed on random input', () => {
  it('never throws anything but a FeedError on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), survives), {numRuns: 500});
  });

  it('never throws on feeds whose entries hold random values', () => {
    const entry = fc.dictionary(
      fc.constantFrom('id', 'name', 'title', 'category', 'type', 'start', 'end', 'areas', 'partners', 'url', 'logo', 'location', 'status', 'description', 'online', 'since'),
      fc.jsonValue(),
    );
    fc.assert(
      fc.property(fc.array(entry), fc.array(entry), fc.jsonValue(), (partners, events, join) => {
        survives({version: 1, partners, events, join, areas: partners});
      }),
      {numRuns: 300},
    );
  });

  it('keeps every good entry whatever bad ones sit beside it', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), {maxLength: 5}), (junk) => {
        const {feed: f} = validateFeed(feed({partners: [...junk, partner('good')], events: [...junk, event('good')]}));
        expect(f.partners.map((p) => p.id)).to.include('good');
        expect(f.events.map((e) => e.id)).to.include('good');
      }),
      {numRuns: 200},
    );
  });

  it('takes URLs exactly as the browser\'s URL parser does, fast path or not', () => {
    /** safeUrl before its fast path: the parser decides everything. */
    const parsed = (value: string, base?: string) => {
      try {
        const url = base ? new URL(value, base) : new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
      } catch {
        return null;
      }
    };
    const piece = (chars: string, maxLength = 8) => fc.string({unit: fc.constantFrom(...chars), maxLength});
    const clean = 'az09-._~%';
    const tricky = 'aZ09-._~!$&\'()*+,;=:@%/?#\\|^[]{}"<>` \tąŁ';
    /** Mostly what the fast path takes, sometimes one thing it must leave to the parser. */
    const part = (odd: fc.Arbitrary<string>) => fc.oneof({arbitrary: piece(clean), weight: 4}, {arbitrary: odd, weight: 1});
    const label = part(fc.oneof(piece(tricky, 3), fc.constantFrom('xn--', 'xn--abc', 'EXAMPLE', '0x7f', '1', '', 'a_b', 'ł')));
    const host = fc.oneof(
      {arbitrary: fc.tuple(fc.array(label, {minLength: 1, maxLength: 3}), fc.constantFrom('pl', 'org', 'com', 'x1', '1', '010', '0x1')).map(([labels, top]) => [...labels, top].join('.')), weight: 4},
      {arbitrary: fc.constantFrom('127.0.0.1', 'localhost', 'example.org.', '[::1]', 'user@example.org', 'example.org:443', 'example.org:8080', 'a..pl'), weight: 1},
    );
    const segment = part(fc.oneof(piece(tricky, 3), fc.constantFrom('.', '..', '%2e', '%2E%2e', '.well-known', '%41', '%')));
    const url = fc
      .tuple(
        fc.oneof({arbitrary: fc.constantFrom('https://', 'http://'), weight: 4}, {arbitrary: fc.constantFrom('HTTPS://', 'ftp://', 'https:/', '//', ' https://', 'javascript:'), weight: 1}),
        host,
        fc.constantFrom('/', '/', '/', ''),
        fc.array(segment, {maxLength: 4}),
        fc.option(part(piece(tricky))),
        fc.option(part(piece(tricky))),
      )
      .map(([scheme, h, slash, segments, query, hash]) =>
        `${scheme}${h}${slash}${segments.join('/')}${query === null ? '' : `?${query}`}${hash === null ? '' : `#${hash}`}`,
      );
    fc.assert(
      fc.property(url, (value) => {
        expect(safeUrl(value), value).to.equal(parsed(value));
        expect(safeUrl(value, 'https://feeds.example.org/pdk/feed.json'), value).to.equal(parsed(value, 'https://feeds.example.org/pdk/feed.json'));
      }),
      {numRuns: 3000},
    );
    // The common forms really take the fast path (and stay as they are).
    for (const value of ['https://example.org/', 'https://www.um.warszawa.pl/wydarzenia/2026/12?utm=x#a', 'http://a-b.example.pl/%C5%81odz']) {
      expect(safeUrl(value)).to.equal(value);
    }
  });
});

