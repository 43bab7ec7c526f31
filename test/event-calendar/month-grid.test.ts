import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import type {PdkEvent} from '../../src/feed/types.js';
import {
  addMonths,
  eventsInMonth,
  indexByDay,
  monthWeeks,
  nextEventAfter,
  parseMonth,
  shiftMonthKeepDay,
} from '../../src/event-calendar/month-grid.js';
import {dayForKey} from '../../src/event-calendar/keyboard.js';
import {event, feed} from '../helpers/feeds.js';

/** Validated events: the same path as a real feed, so days are computed in the feed's zone. */
function events(...raw: Record<string, unknown>[]): PdkEvent[] {
  return [...validateFeed(feed({events: raw})).feed!.events];
}

const keys = (week: {key: string}[]) => week.map((d) => d.key);
const dayOf = (weeks: ReturnType<typeof monthWeeks>, key: string) => weeks.flat().find((d) => d.key === key)!;

describe('month grid', () => {
  it('starts on Monday: December 2026 begins on a Tuesday, so the first row starts Monday 30 November', () => {
    const weeks = monthWeeks('2026-12', new Map(), '2026-12-01');
    expect(keys(weeks[0])).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06']);
    expect(weeks).to.have.length(5);
    expect(keys(weeks[4]).at(-1)).to.equal('2027-01-03');
    expect(weeks[0][0].inMonth).to.be.false;
    expect(weeks[0][1].inMonth).to.be.true;
    expect(dayOf(weeks, '2026-12-01').isToday).to.be.true;
    expect(weeks.flat().filter((d) => d.isToday)).to.have.length(1);
  });

  it('covers the DST months with whole, gapless weeks (March 2027, October 2026)', () => {
    for (const [month, first, last, rows] of [
      ['2027-03', '2027-03-01', '2027-04-04', 5],
      ['2026-10', '2026-09-28', '2026-11-01', 5],
    ] as const) {
      const days = monthWeeks(month, new Map(), '2026-12-01').flat();
      expect(days).to.have.length(rows * 7);
      expect(days[0].key).to.equal(first);
      expect(days.at(-1)!.key).to.equal(last);
      // Every day once, in order: a DST change neither repeats nor skips a day.
      expect(new Set(days.map((d) => d.key)).size).to.equal(days.length);
      expect(days.filter((d) => d.inMonth).map((d) => d.day)).to.deep.equal(Array.from({length: 31}, (_, i) => i + 1));
    }
  });

  it('places events on the day of the DST changes by Warsaw time', () => {
    const list = events(
      event('spring', {start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00'}),
      event('autumn', {start: '2026-10-25T02:30:00+01:00'}),
    );
    const index = indexByDay(list);
    expect(index.get('2027-03-28')!.map((e) => e.id)).to.deep.equal(['spring']);
    expect(index.get('2026-10-25')!.map((e) => e.id)).to.deep.equal(['autumn']);
    expect(index.has('2027-03-27')).to.be.false;
    expect(index.has('2026-10-24')).to.be.false;
  });

  it('puts an event at 00:30 Warsaw time on its Warsaw day, though the browser runs in Los Angeles', () => {
    // 00:30 in Warsaw is 15:30 the day before in Los Angeles.
    expect(new Date('2026-12-02T00:30:00+01:00').getDate()).to.equal(1);
    const weeks = monthWeeks('2026-12', indexByDay(events(event('night', {start: '2026-12-02T00:30:00+01:00'}))), '');
    expect(dayOf(weeks, '2026-12-02').events.map((e) => e.id)).to.deep.equal(['night']);
    expect(dayOf(weeks, '2026-12-01').events).to.be.empty;
  });

  it('shows a multi-day event on every day it covers, and only those', () => {
    const list = events(
      event('fair', {start: '2026-12-29T10:00:00+01:00', end: '2027-01-02T18:00:00+01:00'}),
      event('expo', {start: '2026-11-28', end: '2026-12-02'}),
    );
    const weeks = monthWeeks('2026-12', indexByDay(list), '');
    const daysWith = (id: string) => weeks.flat().filter((d) => d.events.some((e) => e.id === id)).map((d) => d.key);
    expect(daysWith('fair')).to.deep.equal(['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
    expect(daysWith('expo')).to.deep.equal(['2026-11-30', '2026-12-01', '2026-12-02']);
  });

  it('sorts a day: all-day events first, then by start', () => {
    const list = events(
      event('late', {start: '2026-12-04T18:00:00+01:00'}),
      event('early', {start: '2026-12-04T08:00:00+01:00'}),
      event('allday', {start: '2026-12-04'}),
    );
    expect(indexByDay(list).get('2026-12-04')!.map((e) => e.id)).to.deep.equal(['allday', 'early', 'late']);
  });

  it('lists the events of a month once each, and finds the next event after it', () => {
    const list = events(
      event('a', {start: '2026-11-30', end: '2026-12-03'}),
      event('b', {start: '2026-12-10T10:00:00+01:00'}),
      event('c', {start: '2027-01-12T10:00:00+01:00'}),
      event('d', {start: '2027-02-01T10:00:00+01:00'}),
    );
    const index = indexByDay(list);
    expect(eventsInMonth('2026-12', index).map((e) => e.id)).to.deep.equal(['a', 'b']);
    expect(eventsInMonth('2026-11', index).map((e) => e.id)).to.deep.equal(['a']);
    expect(nextEventAfter('2026-12-31', list)?.id).to.equal('c');
    expect(nextEventAfter('2027-02-28', list)).to.be.undefined;
  });

  it('indexes only the days asked for, with events that start before or end after them', () => {
    const list = events(
      event('long', {start: '2026-11-20', end: '2027-01-10'}),
      event('before', {start: '2026-11-10T10:00:00+01:00'}),
      event('edge', {start: '2026-11-30T23:30:00+01:00', end: '2026-12-01T00:30:00+01:00'}),
      event('after', {start: '2027-01-04T10:00:00+01:00'}),
    );
    const index = indexByDay(list, '2026-11-30', '2027-01-03');
    expect([...index.keys()][0]).to.equal('2026-11-30');
    expect(index.size).to.equal(35);
    expect(index.get('2026-11-30')!.map((e) => e.id)).to.deep.equal(['long', 'edge']);
    expect(index.get('2026-12-01')!.map((e) => e.id)).to.deep.equal(['long', 'edge']);
    expect(index.get('2027-01-03')!.map((e) => e.id)).to.deep.equal(['long']);
    expect(index.has('2026-11-29') || index.has('2027-01-04')).to.be.false;
    // The whole index, and any part of it, agree day by day.
    const whole = indexByDay(list);
    for (const [day, dayEvents] of index) expect(dayEvents).to.deep.equal(whole.get(day));
  });

  it('does month arithmetic', () => {
    expect(parseMonth('2026-12')).to.equal('2026-12');
    expect(parseMonth('2026-13')).to.be.null;
    expect(parseMonth('12/2026')).to.be.null;
    expect(addMonths('2026-12', 1)).to.equal('2027-01');
    expect(addMonths('2027-01', -1)).to.equal('2026-12');
    expect(shiftMonthKeepDay('2027-01-31', 1)).to.equal('2027-02-28');
    expect(shiftMonthKeepDay('2028-03-31', -1)).to.equal('2028-02-29');
  });
});

describe('date grid keys', () => {
  it('moves a day, a week, to the week ends and by month', () => {
    expect(dayForKey('ArrowLeft', '2026-12-01')).to.equal('2026-11-30');
    expect(dayForKey('ArrowRight', '2026-12-31')).to.equal('2027-01-01');
    expect(dayForKey('ArrowUp', '2026-12-03')).to.equal('2026-11-26');
    expect(dayForKey('ArrowDown', '2026-12-30')).to.equal('2027-01-06');
    expect(dayForKey('Home', '2026-12-03')).to.equal('2026-11-30');
    expect(dayForKey('End', '2026-12-03')).to.equal('2026-12-06');
    expect(dayForKey('PageUp', '2026-12-31')).to.equal('2026-11-30');
    expect(dayForKey('PageDown', '2027-01-31')).to.equal('2027-02-28');
    expect(dayForKey('PageDown', '2026-12-15', true)).to.equal('2027-12-15');
    expect(dayForKey('a', '2026-12-15')).to.be.null;
  });
});
