import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import type {Feed} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {buildCalendar, escapeText, eventToVEvent, foldLine, vtimezoneWarsaw} from '../../src/ics/ics.js';
import {event, feed, partner} from '../helpers/feeds.js';

const NOW = Date.UTC(2026, 10, 20, 9, 0, 0);

function makeFeed(events: Record<string, unknown>[], fields: Record<string, unknown> = {}): Feed {
  return validateFeed(feed({events, ...fields})).feed!;
}

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

function vevent(ics: string, id?: string) {
  const events = parse(ics).getAllSubcomponents('vevent');
  return id ? events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith(`${id}@`))! : events[0];
}

function calendarOf(events: Record<string, unknown>[], options: Partial<Parameters<typeof buildCalendar>[2]> = {}) {
  const f = makeFeed(events);
  return buildCalendar(f.events, f, {lang: 'pl', now: NOW, ...options});
}

function instant(v: ICAL.Component, name: string): number {
  return (v.getFirstPropertyValue(name) as ICAL.Time).toJSDate().getTime();
}

const utf8 = new TextEncoder();

describe('iCalendar (src/ics)', () => {
  describe('calendar', () => {
    it('has the required calendar properties and CRLF line ends only', () => {
      const ics = calendarOf([event('e1')]);
      expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).to.be.true;
      expect(ics.endsWith('END:VCALENDAR\r\n')).to.be.true;
      expect(ics.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
      const cal = parse(ics);
      expect(cal.getFirstPropertyValue('version')).to.equal('2.0');
      expect(cal.getFirstPropertyValue('prodid')).to.contain('pdk-widgets');
      expect(cal.getFirstPropertyValue('calscale')).to.equal('GREGORIAN');
      expect(cal.getFirstPropertyValue('method')).to.equal('PUBLISH');
    });

    it('names the calendar and takes another method', () => {
      const ics = calendarOf([event('e1')], {name: 'Wydarzenia; klimat', method: 'REQUEST'});
      expect(ics).to.contain('\r\nNAME:Wydarzenia\\; klimat\r\nX-WR-CALNAME:Wydarzenia\\; klimat\r\n');
      const cal = parse(ics);
      expect(cal.getFirstPropertyValue('method')).to.equal('REQUEST');
    });

    it('holds one VEVENT per event', () => {
      const ics = calendarOf([event('e1'), event('e2'), event('e3')]);
      expect(parse(ics).getAllSubcomponents('vevent')).to.have.length(3);
    });
  });

  describe('fields', () => {
    const full = event('debata-2026-12-03', {
      title: {pl: 'Debata o transporcie', en: 'Transport debate'},
      end: '2026-12-03T20:00:00+01:00',
      location: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, Warszawa'},
      online: 'https://stream.example.org/live',
      partners: ['a', 'nobody', 'b'],
      url: 'https://example.org/debata',
      description: {pl: 'Rozmowa o tramwajach.\nDruga linia.', en: 'About trams.'},
      type: 'debate',
    });

    it('round-trips every field through ical.js', () => {
      const f = makeFeed([full], {partners: [partner('a', {name: 'Fundacja Przykład'}), partner('b', {name: {pl: 'Urząd', en: 'Office'}})]});
      const v = vevent(buildCalendar(f.events, f, {lang: 'pl', now: NOW}));
      expect(v.getFirstPropertyValue('uid')).to.equal('debata-2026-12-03@partnerstwo-dla-klimatu.um.warszawa.pl');
      expect(instant(v, 'dtstamp')).to.equal(NOW);
      expect(v.getFirstPropertyValue('summary')).to.equal('Debata o transporcie');
      expect(instant(v, 'dtstart')).to.equal(Date.parse('2026-12-03T18:00:00+01:00'));
      expect(instant(v, 'dtend')).to.equal(Date.parse('2026-12-03T20:00:00+01:00'));
      expect(v.getFirstPropertyValue('location')).to.equal('Centrum Kreatywności Targowa, ul. Targowa 56, Warszawa');
      expect(v.getFirstPropertyValue('url')).to.equal('https://example.org/debata');
      expect(v.getFirstPropertyValue('status')).to.equal('CONFIRMED');
      expect(v.getFirstPropertyValue('categories')).to.equal('Debata');
      const description = v.getFirstPropertyValue('description') as string;
      expect(description).to.equal(
        'Rozmowa o tramwajach.\nDruga linia.\n\nOrganizatorzy: Fundacja Przykład, Urząd\n' +
          'Online: https://stream.example.org/live\nWięcej informacji: https://example.org/debata',
      );
    });

    it('speaks English with lang en', () => {
      const f = makeFeed([full], {partners: [partner('a'), partner('b', {name: {pl: 'Urząd', en: 'Office'}})]});
      const v = vevent(buildCalendar(f.events, f, {lang: 'en', now: NOW}));
      expect(v.getFirstPropertyValue('summary')).to.equal('Transport debate');
      expect(v.getFirstPropertyValue('categories')).to.equal('Debate');
      expect(v.getFirstPropertyValue('description')).to.contain('About trams.').and.contain('Organisers: Partner a, Office');
    });

    it('uses another UID domain when given', () => {
      const f = makeFeed([event('e1')]);
      expect(eventToVEvent(f.events[0], f, {lang: 'pl', now: NOW, uidDomain: 'example.org'})).to.include('UID:e1@example.org');
    });

    it('leaves out what the event does not have', () => {
      const v = vevent(calendarOf([event('e1', {partners: []})]));
      for (const name of ['dtend', 'location', 'url', 'description']) expect(v.hasProperty(name), name).to.be.false;
    });

    it('uses the online link as the location of an online-only event', () => {
      const v = vevent(calendarOf([event('e1', {online: 'https://meet.example.org/x'})]));
      expect(v.getFirstPropertyValue('location')).to.equal('https://meet.example.org/x');
    });

    it('marks a cancelled event STATUS:CANCELLED', () => {
      const ics = calendarOf([event('c', {status: 'cancelled'})]);
      expect(ics).to.contain('\r\nSTATUS:CANCELLED\r\n');
      expect(vevent(ics).getFirstPropertyValue('status')).to.equal('CANCELLED');
    });
  });

  describe('text', () => {
    it('escapes backslash, semicolon, comma and newlines', () => {
      expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
      const title = 'C:\\dane; drzewa, rowery\ni "tramwaje"';
      const ics = calendarOf([event('e1', {title})]);
      expect(ics).to.contain('SUMMARY:C:\\\\dane\\; drzewa\\, rowery\\ni "tramwaje"');
      expect(vevent(ics).getFirstPropertyValue('summary')).to.equal(title);
    });

    it('drops control characters TEXT may not hold', () => {
      expect(escapeText('a\u0000b\u0007c\u001bd\te')).to.equal('abcd\te');
    });

    it('folds lines at 75 octets without splitting a character', () => {
      const title = 'Żółć gęślą jaźń 🌍🚲🌳 — zażółć gęślą jaźń, Łódź i Świętokrzyskie 👩‍👩‍👧 '.repeat(4);
      const ics = calendarOf([event('e1', {title, description: 'ą'.repeat(200)})]);
      const lines = ics.split('\r\n').slice(0, -1);
      const decoder = new TextDecoder('utf-8', {fatal: true});
      let continued = 0;
      for (const line of lines) {
        const bytes = utf8.encode(line);
        expect(bytes.length, line).to.be.at.most(75);
        // A split multi-byte character would make this line invalid UTF-8 (lone surrogates encode as U+FFFD).
        expect(() => decoder.decode(bytes)).not.to.throw();
        expect(line).not.to.contain('\uFFFD');
        if (line.startsWith(' ')) continued++;
      }
      expect(continued).to.be.greaterThan(4);
      const v = vevent(ics);
      expect(v.getFirstPropertyValue('summary')).to.equal(title);
      expect(v.getFirstPropertyValue('description')).to.equal('ą'.repeat(200));
    });

    it('fills folded lines to the limit', () => {
      const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
      expect(folded.map((l) => l.length)).to.deep.equal([75, 75, 60]);
      expect(folded.slice(1).every((l) => l.startsWith(' '))).to.be.true;
      // A 4-byte emoji that would cross the limit moves whole to the next line.
      const emoji = foldLine(`${'x'.repeat(73)}🌍`).split('\r\n');
      expect(emoji).to.deep.equal(['x'.repeat(73), ' 🌍']);
    });
  });

  describe('dates', () => {
    it('writes all-day events as dates with an exclusive end', () => {
      const ics = calendarOf([event('e1', {start: '2026-12-03', end: '2026-12-05'})]);
      expect(ics).to.contain('\r\nDTSTART;VALUE=DATE:20261203\r\nDTEND;VALUE=DATE:20261206\r\n');
      const v = vevent(ics);
      const start = v.getFirstPropertyValue('dtstart') as ICAL.Time;
      expect(start.isDate).to.be.true;
      expect(start.toString()).to.equal('2026-12-03');
      expect((v.getFirstPropertyValue('dtend') as ICAL.Time).toString()).to.equal('2026-12-06');
    });

    it('gives a one-day event the next day as its end, also across a month and a year', () => {
      expect(calendarOf([event('e1', {start: '2026-12-31'})])).to.contain('DTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101');
    });

    it('writes timed events in UTC at the instant of their offset', () => {
      const cases: [string, string, string, string][] = [
        ['2026-12-03T18:00:00+01:00', '2026-12-03T20:00:00+01:00', '20261203T170000Z', '20261203T190000Z'],
        // 00:30 Warsaw time is the previous day in UTC.
        ['2026-12-04T00:30:00+01:00', '2026-12-04T01:30:00+01:00', '20261203T233000Z', '20261204T003000Z'],
        // Spring forward, 2027-03-28: 02:00 CET becomes 03:00 CEST.
        ['2027-03-28T01:30:00+01:00', '2027-03-28T03:30:00+02:00', '20270328T003000Z', '20270328T013000Z'],
        // Fall back, 2026-10-25: 03:00 CEST becomes 02:00 CET.
        ['2026-10-25T02:30:00+02:00', '2026-10-25T02:30:00+01:00', '20261025T003000Z', '20261025T013000Z'],
        ['2026-07-01T12:00:00+02:00', '2026-07-01T14:00:00+02:00', '20260701T100000Z', '20260701T120000Z'],
      ];
      const ics = calendarOf(cases.map(([start, end], i) => event(`e${i}`, {start, end})));
      cases.forEach(([start, end, utcStart, utcEnd], i) => {
        expect(ics, start).to.contain(`UID:e${i}@`);
        const v = vevent(ics, `e${i}`);
        expect(ics).to.contain(`DTSTART:${utcStart}\r\nDTEND:${utcEnd}\r\n`);
        expect(instant(v, 'dtstart')).to.equal(Date.parse(start));
        expect(instant(v, 'dtend')).to.equal(Date.parse(end));
      });
    });

    it('leaves DTEND out for a timed event without an end', () => {
      const ics = calendarOf([event('e1', {start: '2026-12-03T18:00:00+01:00'})]);
      expect(ics).to.contain('DTSTART:20261203T170000Z');
      expect(ics).not.to.contain('DTEND');
    });

    it('stamps DTSTAMP in UTC from now', () => {
      expect(calendarOf([event('e1')], {now: new Date('2026-11-20T10:15:30+01:00')})).to.contain('DTSTAMP:20261120T091530Z');
    });
  });

  describe('VTIMEZONE', () => {
    it('adds a Europe/Warsaw zone that ical.js understands', () => {
      const ics = calendarOf([event('e1')], {timezone: true});
      const cal = parse(ics);
      expect(cal.getFirstPropertyValue('x-wr-timezone')).to.equal('Europe/Warsaw');
      const zone = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
      expect(zone.tzid).to.equal('Europe/Warsaw');
      const offset = (year: number, month: number, day: number, hour: number) =>
        zone.utcOffset(ICAL.Time.fromData({year, month, day, hour, minute: 0, second: 0}));
      expect(offset(2026, 12, 3, 12)).to.equal(3600);
      expect(offset(2027, 7, 1, 12)).to.equal(7200);
      // Last Sunday of March 2027 is the 28th; of October 2026 the 25th.
      expect(offset(2027, 3, 28, 1)).to.equal(3600);
      expect(offset(2027, 3, 28, 4)).to.equal(7200);
      expect(offset(2026, 10, 25, 4)).to.equal(3600);
      expect(offset(2026, 10, 24, 12)).to.equal(7200);
    });

    it('is a self-contained component', () => {
      const lines = vtimezoneWarsaw();
      expect(lines[0]).to.equal('BEGIN:VTIMEZONE');
      expect(lines.at(-1)).to.equal('END:VTIMEZONE');
      expect(lines).to.include('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU').and.include('RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU');
    });
  });
});
