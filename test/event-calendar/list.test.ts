import {expect} from '@open-wc/testing';
import {validateFeed} from '../../src/feed/validate.js';
import {firstWindow, groupByDay, keptWindow, listEvents, widenWindow} from '../../src/event-calendar/list.js';
import {event, feed} from '../helpers/feeds.js';

const all = validateFeed(
  feed({
    events: [
      event('old', {start: '2026-11-20T18:00:00+01:00', end: '2026-11-20T20:00:00+01:00'}),
      event('older', {start: '2026-11-10T18:00:00+01:00'}),
      event('running', {start: '2026-11-16', end: '2026-12-13'}),
      event('tonight', {start: '2026-12-01T18:00:00+01:00', end: '2026-12-01T20:00:00+01:00'}),
      event('morning', {start: '2026-12-01T08:00:00+01:00', end: '2026-12-01T09:30:00+01:00'}),
      event('next-week', {start: '2026-12-08T10:00:00+01:00'}),
      event('january', {start: '2027-01-12T10:00:00+01:00'}),
    ],
  }),
).feed!.events;

// 1 December 2026, 12:00 in Warsaw.
const NOW = Date.parse('2026-12-01T12:00:00+01:00');
const TODAY = '2026-12-01';
const ids = (list: readonly {id: string}[]) => list.map((e) => e.id);

describe('list view data', () => {
  it('lists what has not ended yet, by start: an event is upcoming until it ends', () => {
    expect(ids(listEvents(all, NOW, {past: false}))).to.deep.equal(['running', 'tonight', 'next-week', 'january']);
  });

  it('caps the list with limit', () => {
    expect(ids(listEvents(all, NOW, {past: false, limit: 2}))).to.deep.equal(['running', 'tonight']);
    expect(ids(listEvents(all, NOW, {past: false, limit: 0}))).to.have.length(4);
  });

  it('with past, shows ended events first, in date order; limit keeps the events nearest to now, upcoming first', () => {
    expect(ids(listEvents(all, NOW, {past: true}))).to.deep.equal(['older', 'old', 'morning', 'running', 'tonight', 'next-week', 'january']);
    expect(ids(listEvents(all, NOW, {past: true, limit: 6}))).to.deep.equal(['old', 'morning', 'running', 'tonight', 'next-week', 'january']);
    expect(ids(listEvents(all, NOW, {past: true, limit: 3}))).to.deep.equal(['running', 'tonight', 'next-week']);
  });

  it('groups by feed-zone day; an event already running is listed under today', () => {
    const groups = groupByDay(listEvents(all, NOW, {past: true}), TODAY, NOW);
    expect(groups.map((g) => [g.day, ids(g.events)])).to.deep.equal([
      ['2026-11-10', ['older']],
      ['2026-11-20', ['old']],
      ['2026-12-01', ['running', 'morning', 'tonight']],
      ['2026-12-08', ['next-week']],
      ['2027-01-12', ['january']],
    ]);
  });
});

describe('list window', () => {
  it('opens on the first page of upcoming events', () => {
    expect(firstWindow(250, 0)).to.deep.equal({from: 0, to: 100});
    expect(firstWindow(30, 0)).to.deep.equal({from: 0, to: 30});
  });

  it('with past, opens at now: the latest ended events take up to half the page', () => {
    expect(firstWindow(1000, 600)).to.deep.equal({from: 550, to: 650});
    expect(firstWindow(1000, 20)).to.deep.equal({from: 0, to: 100});
    // Only 10 upcoming: ended events fill the page.
    expect(firstWindow(1000, 990)).to.deep.equal({from: 900, to: 1000});
    // Nothing upcoming: the latest ended events.
    expect(firstWindow(1000, 1000)).to.deep.equal({from: 900, to: 1000});
  });

  it('after a day change, keeps the events still listed that were in the page, at least a page of them', () => {
    const events = Array.from({length: 300}, (_, i) => ({id: `e${i}`}) as unknown as (typeof all)[number]);
    // Yesterday's page held e0..e199; e0 has ended and left the list.
    expect(keptWindow(events.slice(1), events.slice(0, 200))).to.deep.equal({from: 0, to: 199});
    expect(keptWindow(events, events.slice(250, 260))).to.deep.equal({from: 250, to: 300});
    expect(keptWindow(events, [])).to.be.undefined;
  });

  it('grows by a page at either end, never past the list', () => {
    expect(widenWindow({from: 550, to: 650}, 1000, false)).to.deep.equal({from: 550, to: 750});
    expect(widenWindow({from: 550, to: 650}, 1000, true)).to.deep.equal({from: 450, to: 650});
    expect(widenWindow({from: 50, to: 950}, 1000, true)).to.deep.equal({from: 0, to: 950});
    expect(widenWindow({from: 50, to: 950}, 1000, false)).to.deep.equal({from: 50, to: 1000});
  });
});
