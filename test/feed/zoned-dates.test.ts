import {expect} from '@open-wc/testing';
import {
  addDays,
  dayKeyOf,
  daysBetween,
  parseDayKey,
  todayKey,
  weekdayMondayFirst,
  zoneOffsetMs,
  zonedTimeToInstant,
} from '../../src/feed/zoned-dates.js';

const WARSAW = 'Europe/Warsaw';
const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned dates', () => {
  it('runs in a browser whose own zone is not Warsaw', () => {
    // The runner starts Chromium with TZ=America/Los_Angeles; see web-test-runner.config.mjs.
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).not.to.equal(WARSAW);
  });

  it('knows Warsaw is UTC+1 in winter and UTC+2 in summer', () => {
    expect(zoneOffsetMs(Date.parse('2026-12-03T12:00:00Z'), WARSAW)).to.equal(3_600_000);
    expect(zoneOffsetMs(Date.parse('2026-07-03T12:00:00Z'), WARSAW)).to.equal(7_200_000);
  });

  it('changes the offset at the exact quarter hour of a DST change, not for the whole day', () => {
    // Spring 2027: 01:00 UTC; autumn 2026: 01:00 UTC. Either side of it, on the same day.
    expect(zoneOffsetMs(Date.parse('2027-03-28T00:59:59Z'), WARSAW)).to.equal(3_600_000);
    expect(zoneOffsetMs(Date.parse('2027-03-28T01:00:00Z'), WARSAW)).to.equal(7_200_000);
    expect(zoneOffsetMs(Date.parse('2026-10-25T00:59:59Z'), WARSAW)).to.equal(7_200_000);
    expect(zoneOffsetMs(Date.parse('2026-10-25T01:00:00Z'), WARSAW)).to.equal(3_600_000);
    // A zone that changes at another hour, with a half-hour offset: Adelaide, 02:00 on 2026-10-04 local time (16:30 UTC the day before).
    expect(zoneOffsetMs(Date.parse('2026-10-03T16:29:59Z'), 'Australia/Adelaide')).to.equal(34_200_000);
    expect(zoneOffsetMs(Date.parse('2026-10-03T16:30:00Z'), 'Australia/Adelaide')).to.equal(37_800_000);
  });

  describe('DST: spring forward, Sunday 2027-03-28', () => {
    it('converts wall times either side of the jump', () => {
      expect(iso(zonedTimeToInstant(2027, 3, 28, 1, 30, WARSAW))).to.equal('2027-03-28T00:30:00.000Z');
      expect(iso(zonedTimeToInstant(2027, 3, 28, 3, 30, WARSAW))).to.equal('2027-03-28T01:30:00.000Z');
    });
    it('moves a skipped time (02:30) forward by the jump', () => {
      expect(iso(zonedTimeToInstant(2027, 3, 28, 2, 30, WARSAW))).to.equal('2027-03-28T01:30:00.000Z');
    });
    it('keeps the 23-hour day one calendar day', () => {
      expect(dayKeyOf(Date.parse('2027-03-28T21:59:00Z'), WARSAW)).to.equal('2027-03-28');
      expect(dayKeyOf(Date.parse('2027-03-28T22:00:00Z'), WARSAW)).to.equal('2027-03-29');
      expect(addDays('2027-03-27', 2)).to.equal('2027-03-29');
    });
  });

  describe('DST: fall back, Sunday 2026-10-25', () => {
    it('takes the first of a repeated time (02:30)', () => {
      expect(iso(zonedTimeToInstant(2026, 10, 25, 2, 30, WARSAW))).to.equal('2026-10-25T00:30:00.000Z');
    });
    it('keeps the 25-hour day one calendar day', () => {
      expect(dayKeyOf(Date.parse('2026-10-24T22:00:00Z'), WARSAW)).to.equal('2026-10-25');
      expect(dayKeyOf(Date.parse('2026-10-25T22:59:00Z'), WARSAW)).to.equal('2026-10-25');
      expect(dayKeyOf(Date.parse('2026-10-25T23:00:00Z'), WARSAW)).to.equal('2026-10-26');
    });
  });

  it('puts 00:30 Warsaw time on the Warsaw day (the UTC day is the one before)', () => {
    expect(dayKeyOf(Date.parse('2026-12-03T00:30:00+01:00'), WARSAW)).to.equal('2026-12-03');
  });

  it('tells today in the feed zone, not the visitor zone', () => {
    // 23:30 UTC on 3 Dec: already 4 Dec in Warsaw, still 3 Dec in Los Angeles.
    expect(todayKey(WARSAW, Date.parse('2026-12-03T23:30:00Z'))).to.equal('2026-12-04');
  });

  it('takes only days that exist as day keys', () => {
    expect(parseDayKey('2028-02-29')).to.deep.equal({year: 2028, month: 2, day: 29});
    expect(parseDayKey('2000-02-29')).to.deep.equal({year: 2000, month: 2, day: 29});
    for (const bad of ['0099-12-31', '2027-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026-01-01T00:00']) {
      expect(parseDayKey(bad), bad).to.be.null;
    }
  });

  it('counts days and weekdays (Monday first)', () => {
    expect(daysBetween('2026-12-01', '2027-01-01')).to.equal(31);
    expect(weekdayMondayFirst('2026-11-30')).to.equal(0); // a Monday
    expect(weekdayMondayFirst('2026-12-06')).to.equal(6); // a Sunday
  });
});
