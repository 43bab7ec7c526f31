import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {FeedError} from '../../src/feed/feed-error.js';
import {validateFeed} from '../../src/feed/validate.js';
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
});
