import {expect} from '@open-wc/testing';
import {organisersOf} from '../../src/feed/organisers.js';
import {validateFeed} from '../../src/feed/validate.js';
import {event, feed, partner} from '../helpers/feeds.js';

describe('organisersOf', () => {
  const partners = Array.from({length: 300}, (_, i) => partner(`p${i}`));
  const valid = validateFeed(feed({partners, events: [event('e', {partners: ['p7', 'nobody', 'p3']})]})).feed;

  it('gives the organisers in the event\'s order, skipping ids the feed does not know', () => {
    expect(organisersOf(valid.events[0], valid).map((p) => p.id)).to.deep.equal(['p7', 'p3']);
  });

  it('looks each id up, instead of scanning the partners for each (a feed can list thousands)', () => {
    let reads = 0;
    const counted = {...valid, partners: new Proxy(valid.partners, {get: (target, key, receiver) => (reads++, Reflect.get(target, key, receiver))})};
    const many = {...valid.events[0], partners: Array.from({length: 1000}, (_, i) => `unknown-${i}`)};
    organisersOf(many, counted);
    organisersOf(many, counted);
    // Once through the 300 partners to index them, not 300 for each of 2,000 ids.
    expect(reads).to.be.below(2_000);
  });
});
