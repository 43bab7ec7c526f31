import {expect} from '@open-wc/testing';
import {formatEventWhen} from '../../src/feed/format-when.js';
import {validateFeed} from '../../src/feed/validate.js';
import {event, feed} from '../helpers/feeds.js';

function when(fields: Record<string, unknown>, lang: 'pl' | 'en' = 'pl') {
  const {feed: f} = validateFeed(feed({events: [event('e', fields)]}));
  return formatEventWhen(f.events[0], lang, f.timezone);
}

describe('formatEventWhen', () => {
  it('reads a timed event in Polish', () => {
    expect(when({start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T20:00:00+01:00'})).to.equal(
      'czwartek, 3 grudnia 2026, 18:00–20:00',
    );
  });

  it('reads a timed event in English', () => {
    expect(when({start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T20:00:00+01:00'}, 'en')).to.match(
      /^Thursday, December 3, 2026, 0?6:00\s*–\s*0?8:00\sPM$/,
    );
  });

  it('shows Warsaw time for an instant given in UTC', () => {
    expect(when({start: '2026-12-03T17:00:00Z'})).to.equal('czwartek, 3 grudnia 2026, 18:00');
  });

  it('reads an all-day and a multi-day all-day event', () => {
    expect(when({start: '2026-12-03'})).to.equal('czwartek, 3 grudnia 2026');
    expect(when({start: '2026-12-03', end: '2026-12-05'})).to.equal('3–5 grudnia 2026');
  });

  it('reads an event across midnight with both dates', () => {
    const text = when({start: '2026-12-03T22:00:00+01:00', end: '2026-12-04T02:00:00+01:00'});
    expect(text).to.contain('3 grudnia').and.contain('4 grudnia').and.contain('22:00').and.contain('02:00');
  });

  it('reads an event that ends at midnight as times of its day, without dates', () => {
    expect(when({start: '2026-12-10T22:00:00+01:00', end: '2026-12-11T00:00:00+01:00'})).to.equal('czwartek, 10 grudnia 2026, 22:00–00:00');
    expect(when({start: '2026-12-10T23:00:00+01:00', end: '2026-12-11T00:00:00+01:00'}, 'en')).to.equal('Thursday, December 10, 2026, 11:00 PM – 12:00 AM');
  });

  it('shows summer-time events in summer time', () => {
    expect(when({start: '2027-03-28T10:00:00+02:00'})).to.equal('niedziela, 28 marca 2027, 10:00');
  });
});
