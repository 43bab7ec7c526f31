import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {en as sharedEn} from '../../src/i18n/en.js';
import {pl as sharedPl} from '../../src/i18n/pl.js';
import {feedOptions, withinFeed} from '../../src/builder/options.js';
import {DEFAULT_SETTINGS} from '../../src/builder/settings.js';
import {event, feed, partner} from '../helpers/feeds.js';

const testFeed = validateFeed(
  feed({
    partners: [partner('z', {name: 'Żabka Klimat', category: 'business'}), partner('l', {name: 'Łąka', category: 'ngo'}), partner('m', {name: 'Mazowsze', category: 'ngo'})],
    events: [event('e1', {type: 'workshop'}), event('e2', {type: 'debate'})],
  }),
).feed;

describe('feed options', () => {
  it('offers only the categories and types the feed uses, in SPEC order, with their names', () => {
    const options = feedOptions(testFeed, 'pl', sharedPl);
    expect(options.categories).to.deep.equal([
      {id: 'ngo', label: 'Organizacja pozarządowa'},
      {id: 'business', label: 'Firma'},
    ]);
    expect(options.types.map((t) => t.id)).to.deep.equal(['debate', 'workshop']);
  });

  it('sorts partners and areas by name with Polish collation, in the language', () => {
    expect(feedOptions(testFeed, 'pl', sharedPl).partners.map((p) => p.label)).to.deep.equal(['Łąka', 'Mazowsze', 'Żabka Klimat']);
    expect(feedOptions(testFeed, 'en', sharedEn).areas.map((a) => a.label)).to.deep.equal(['Eco-friendly transport', 'Energy efficiency']);
  });

  it('leaves out presets the feed does not hold, keeping the order they were chosen in', () => {
    const options = feedOptions(testFeed, 'pl', sharedPl);
    const settings = {...DEFAULT_SETTINGS, partner: ['m', 'gone', 'l'], type: ['exhibition', 'debate'], category: ['ngo']};
    const kept = withinFeed(settings, options);
    expect(kept.partner).to.deep.equal(['m', 'l']);
    expect(kept.type).to.deep.equal(['debate']);
    expect(kept.category).to.deep.equal(['ngo']);
  });
});
