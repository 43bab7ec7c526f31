/** A December 2026 feed for the calendar's element tests, and helpers to reach into its shadow root. */
import {fixture, html, oneEvent} from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/event-calendar/pdk-event-calendar.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';

/** 1 December 2026, 12:00 in Warsaw (03:00 in the browser's Los Angeles). */
export const NOW = Date.parse('2026-12-01T12:00:00+01:00');

export const calendarFeed = (fields: Record<string, unknown> = {}) =>
  feed({
    partners: [partner('a', {name: 'Fundacja Przykład'}), partner('b', {name: 'Zielona Praga'})],
    events: [
      event('debate', {title: 'Debata o transporcie', type: 'debate', start: '2026-12-03T18:00:00+01:00', end: '2026-12-03T20:00:00+01:00', partners: ['a'], areas: ['eco-transport'], location: {name: 'Centrum Kreatywności Targowa'}}),
      event('c1', {title: 'Konferencja', type: 'conference', start: '2026-12-04T09:00:00+01:00', end: '2026-12-04T17:00:00+01:00', partners: ['b'], location: {name: 'Ratusz'}}),
      event('c2', {title: 'Audyt domu', type: 'workshop', start: '2026-12-04T10:00:00+01:00', partners: ['b'], online: 'https://example.org/live'}),
      event('c3', {title: 'Wykład', type: 'other', start: '2026-12-04T12:00:00+01:00', partners: ['b'], location: {name: 'Biblioteka'}}),
      event('c4', {title: 'Przejazd', type: 'happening', start: '2026-12-04T16:00:00+01:00', partners: ['b'], location: {name: 'Rondo'}}),
      event('c5', {title: 'Wystawa', type: 'exhibition', start: '2026-12-04', partners: ['b'], location: {name: 'Muzeum'}}),
      event('cancelled', {title: 'Debata o parkingach', type: 'debate', start: '2026-12-10T18:00:00+01:00', partners: ['a'], status: 'cancelled', location: {name: 'Dom Kultury'}}),
      event('festival', {title: 'Festiwal zero waste', type: 'happening', start: '2026-12-13', end: '2026-12-14', partners: ['a'], areas: ['energy-efficiency'], location: {name: 'Plac'}}),
      event('webinar', {title: 'Webinar PV', type: 'workshop', start: '2026-12-18T18:00:00+01:00', end: '2026-12-18T19:30:00+01:00', partners: ['a'], areas: ['energy-efficiency'], online: 'https://example.org/pv'}),
      event('january', {title: 'Kongres szkół', type: 'conference', start: '2027-01-12T09:00:00+01:00', partners: ['a'], location: {name: 'Szkoła'}}),
    ],
    ...fields,
  });

export function fakeNow() {
  return sinon.useFakeTimers({now: NOW, toFake: ['Date']});
}

/**
 * Registers hooks that fix "now" at NOW and serve calendarFeed() at FEED_URL
 * for each test; returns the fetch stub of the running test (and, as
 * `.clock()`, its clock, which fakes Date only).
 */
export function useCalendarFeed(): (() => FetchStub) & {clock: () => sinon.SinonFakeTimers} {
  let fetch: FetchStub;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = fakeNow();
    fetch = stubFetch({[FEED_URL]: {json: calendarFeed()}});
  });
  afterEach(() => {
    clock.restore();
    fetch.restore();
    resetFeedState();
  });
  return Object.assign(() => fetch, {clock: () => clock});
}

/** Mounts a calendar with these attributes and waits for pdk-ready (listening before it connects). */
export async function mountCalendar(attributes: Record<string, string | boolean> = {}, width?: string) {
  const el = document.createElement('pdk-event-calendar');
  el.setAttribute('src', FEED_URL);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  const ready = oneEvent(el, 'pdk-ready');
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (width) wrapper.style.width = width;
  wrapper.append(el);
  await ready;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => el.shadowRoot!.querySelector<T & Element>(selector) as T | null;
export const $$ = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [...el.shadowRoot!.querySelectorAll<T & Element>(selector)] as T[];
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const cell = (el: HTMLElement, day: string) => $(el, `td[data-day="${day}"]`)!;
export const heading = (el: HTMLElement) => text($(el, '[part~="toolbar"] h2'));
export const active = (el: HTMLElement) => el.shadowRoot!.activeElement as HTMLElement | null;
