import {expect} from '@open-wc/testing';
import ICAL from 'ical.js';
import sinon from 'sinon';
import type {Feed} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {googleCalendarUrl, icsDownloadFor, icsFileFor, icsFilename, revokeIcsUrls} from '../../src/event-calendar/add-to-calendar.js';
import {event, feed, partner} from '../helpers/feeds.js';

function makeFeed(events: Record<string, unknown>[], fields: Record<string, unknown> = {}): Feed {
  return validateFeed(feed({events, ...fields})).feed!;
}

describe('add to calendar', () => {
  afterEach(() => {
    revokeIcsUrls();
    sinon.restore();
  });

  describe('.ics file', () => {
    it('is a text/calendar blob that ical.js parses', async () => {
      const f = makeFeed([event('debata-2026-12-03', {title: 'Debata o transporcie', end: '2026-12-03T20:00:00+01:00'})]);
      const {filename, blob} = icsFileFor(f.events[0], f, 'pl');
      expect(filename).to.equal('debata-2026-12-03.ics');
      expect(blob.type).to.equal('text/calendar;charset=utf-8');
      const cal = new ICAL.Component(ICAL.parse(await blob.text()));
      const v = cal.getFirstSubcomponent('vevent')!;
      expect(v.getFirstPropertyValue('summary')).to.equal('Debata o transporcie');
      expect(cal.getFirstPropertyValue('x-wr-calname')).to.equal('Debata o transporcie');
    });

    it('makes a safe file name from any id', () => {
      expect(icsFilename('Łódź: spotkanie 3/12 — ŻÓŁW')).to.equal('lodz-spotkanie-3-12-zolw.ics');
      expect(icsFilename('../../etc')).to.equal('etc.ics');
      expect(icsFilename('🌍')).to.equal('event.ics');
    });

    it('reuses the blob URL for the same event and replaces (revoking) it in another language', () => {
      const f = makeFeed([event('e1'), event('e2')]);
      const revoke = sinon.spy(URL, 'revokeObjectURL');
      const first = icsDownloadFor(f.events[0], f, 'pl');
      expect(first.url).to.match(/^blob:/);
      expect(icsDownloadFor(f.events[0], f, 'pl').url).to.equal(first.url);
      const english = icsDownloadFor(f.events[0], f, 'en');
      expect(english.url).not.to.equal(first.url);
      expect(revoke.calledWith(first.url)).to.be.true;
      const other = icsDownloadFor(f.events[1], f, 'pl');
      expect(revoke.calledWith(english.url)).to.be.false;
      revokeIcsUrls();
      expect(revoke.calledWith(english.url)).to.be.true;
      expect(revoke.calledWith(other.url)).to.be.true;
    });

    it('keeps only a few blob URLs alive', () => {
      const f = makeFeed(Array.from({length: 12}, (_, i) => event(`e${i}`)));
      const revoke = sinon.spy(URL, 'revokeObjectURL');
      const urls = f.events.map((e) => icsDownloadFor(e, f, 'pl').url);
      expect(revoke.callCount).to.equal(4);
      expect(revoke.calledWith(urls[0])).to.be.true;
      expect(revoke.calledWith(urls[11])).to.be.false;
    });
  });

  describe('Google Calendar link', () => {
    it('carries title, UTC dates, details, location and zone', () => {
      const f = makeFeed(
        [
          event('e1', {
            title: {pl: 'Debata o transporcie', en: 'Transport debate'},
            end: '2026-12-03T20:00:00+01:00',
            location: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, Warszawa'},
            description: 'Opis & więcej',
            partners: ['a'],
            url: 'https://example.org/debata',
          }),
        ],
        {partners: [partner('a', {name: 'Fundacja Przykład'})]},
      );
      const href = googleCalendarUrl(f.events[0], f, 'pl');
      expect(href).to.contain('dates=20261203T170000Z/20261203T190000Z');
      expect(href).to.contain('ctz=Europe/Warsaw');
      const url = new URL(href);
      expect(url.origin + url.pathname).to.equal('https://calendar.google.com/calendar/render');
      const p = url.searchParams;
      expect(p.get('action')).to.equal('TEMPLATE');
      expect(p.get('text')).to.equal('Debata o transporcie');
      expect(p.get('dates')).to.equal('20261203T170000Z/20261203T190000Z');
      expect(p.get('details')).to.equal(
        'Opis & więcej\n\nOrganizatorzy: Fundacja Przykład\nWięcej informacji: https://example.org/debata',
      );
      expect(p.get('location')).to.equal('Centrum Kreatywności Targowa, ul. Targowa 56, Warszawa');
      expect(p.get('ctz')).to.equal('Europe/Warsaw');
      expect(new URL(googleCalendarUrl(f.events[0], f, 'en')).searchParams.get('text')).to.equal('Transport debate');
    });

    it('gives all-day events dates with an exclusive end', () => {
      const f = makeFeed([event('e1', {start: '2026-12-03', end: '2026-12-05'})]);
      expect(new URL(googleCalendarUrl(f.events[0], f, 'pl')).searchParams.get('dates')).to.equal('20261203/20261206');
    });

    it('ends a timed event without an end when it starts, and leaves out what is missing', () => {
      const f = makeFeed([event('e1', {start: '2026-12-04T00:30:00+01:00', partners: []})]);
      const p = new URL(googleCalendarUrl(f.events[0], f, 'pl')).searchParams;
      expect(p.get('dates')).to.equal('20261203T233000Z/20261203T233000Z');
      expect(p.has('details')).to.be.false;
      expect(p.has('location')).to.be.false;
    });

    it('cuts a very long description', () => {
      const f = makeFeed([event('e1', {description: 'x'.repeat(5000)})]);
      const details = new URL(googleCalendarUrl(f.events[0], f, 'pl')).searchParams.get('details')!;
      expect(details.length).to.equal(1500);
      expect(details.endsWith('…')).to.be.true;
    });
  });
});
