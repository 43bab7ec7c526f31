/**
 * iCalendar (RFC 5545) for feed events: one VEVENT per event, a whole
 * VCALENDAR, and an optional VTIMEZONE for Europe/Warsaw.
 *
 * DOM-free and Lit-free: the browser builds "add to calendar" files with it
 * and the `pdk-feed ics` command builds subscribable calendars in Node.
 *
 * Times are written in UTC (`20261203T170000Z`), which every calendar program
 * reads the same way; all-day events are `VALUE=DATE` with an exclusive end
 * (RFC 5545 §3.6.1: DTEND is the day after the last day).
 */
import {organisersOf} from '../feed/organisers.js';
import type {Feed, Lang, PdkEvent} from '../feed/types.js';
import {addDays} from '../feed/zoned-dates.js';
import {en} from '../i18n/en.js';
import {pl} from '../i18n/pl.js';
import {icsMessages} from './messages.js';
import {textIn} from '../i18n/text.js';

export const DEFAULT_UID_DOMAIN = 'partnerstwo-dla-klimatu.um.warszawa.pl';
export const PRODID = '-//Partnerstwo dla Klimatu//pdk-widgets//PL';

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const TYPE_LABELS = {pl: pl.eventType, en: en.eventType};

export interface VEventOptions {
  readonly lang: Lang;
  /** The moment the file is made: DTSTAMP. */
  readonly now: number | Date;
  /** Right-hand side of each UID (`<event id>@<uidDomain>`). */
  readonly uidDomain?: string;
}

export interface CalendarOptions extends VEventOptions {
  /** Calendar name shown by calendar programs (NAME and X-WR-CALNAME). */
  readonly name?: string;
  /** METHOD; PUBLISH (the default) for files and subscriptions. */
  readonly method?: string;
  /**
   * Names the feed's zone (X-WR-TIMEZONE, for subscribable calendars), with
   * its VTIMEZONE for Europe/Warsaw. Times are in UTC, so no event needs it:
   * it tells a calendar program the calendar's home zone.
   */
  readonly timezone?: boolean;
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and
 * newlines. Other control characters are not allowed in TEXT and are dropped.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex -- dropping control characters is the point
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1). Iterating by
 * code point never splits a multi-byte character (or a surrogate pair);
 * each continuation line starts with one space, which counts in its 75.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(CRLF);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** An instant as a UTC DATE-TIME, `20261203T170000Z`. */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A day key as a DATE, `20261203`. */
export function formatDate(day: string): string {
  return day.replace(/-/g, '');
}

/** DTSTART/DTEND values: UTC instants, or dates with the exclusive end day. */
export function eventDates(event: PdkEvent): {start: string; end?: string; allDay: boolean} {
  if (event.allDay) {
    return {start: formatDate(event.firstDay), end: formatDate(addDays(event.lastDay, 1)), allDay: true};
  }
  // A timed event without `end` has no known end: DTEND is left out (RFC 5545 then means "at the start").
  return {start: formatUtc(event.startMs), end: event.end === undefined ? undefined : formatUtc(event.endMs), allDay: false};
}

/** Organiser names in the language; unknown partner ids are skipped. */
export function organiserNames(event: PdkEvent, feed: Feed, lang: Lang): string[] {
  return organisersOf(event, feed).map((partner) => textIn(partner.name, lang));
}

/** "name, address", either part optional. */
export function locationText(event: PdkEvent): string {
  return [event.location?.name, event.location?.address].filter((s) => s && s.trim()).join(', ');
}

/**
 * The plain-text description for calendar programs: the event's description,
 * then who organises it, the online link and the event's page.
 */
export function eventDetailsText(event: PdkEvent, feed: Feed, lang: Lang): string {
  const t = icsMessages[lang];
  const blocks: string[] = [];
  const description = textIn(event.description, lang).trim();
  if (description) blocks.push(description);
  const lines: string[] = [];
  const organisers = organiserNames(event, feed, lang);
  if (organisers.length) lines.push(`${t.organisers}: ${organisers.join(', ')}`);
  if (event.online) lines.push(`${t.online}: ${event.online}`);
  if (event.url) lines.push(`${t.moreInfo}: ${event.url}`);
  if (lines.length) blocks.push(lines.join('\n'));
  return blocks.join('\n\n');
}

function property(name: string, value: string): string {
  return `${name}:${value}`;
}

/** The VEVENT of one event, as unfolded content lines (`buildCalendar` folds them). */
export function eventToVEvent(event: PdkEvent, feed: Feed, options: VEventOptions): string[] {
  const {lang} = options;
  const now = typeof options.now === 'number' ? options.now : options.now.getTime();
  const dates = eventDates(event);
  const lines = [
    'BEGIN:VEVENT',
    property('UID', escapeText(`${event.id}@${options.uidDomain ?? DEFAULT_UID_DOMAIN}`)),
    property('DTSTAMP', formatUtc(now)),
    dates.allDay ? property('DTSTART;VALUE=DATE', dates.start) : property('DTSTART', dates.start),
  ];
  if (dates.end) lines.push(dates.allDay ? property('DTEND;VALUE=DATE', dates.end) : property('DTEND', dates.end));
  lines.push(property('SUMMARY', escapeText(textIn(event.title, lang))));
  const details = eventDetailsText(event, feed, lang);
  if (details) lines.push(property('DESCRIPTION', escapeText(details)));
  // With no place, the online link is where the event happens.
  const location = locationText(event) || event.online;
  if (location) lines.push(property('LOCATION', escapeText(location)));
  if (event.url) lines.push(property('URL', event.url));
  lines.push(property('STATUS', event.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED'));
  lines.push(property('CATEGORIES', escapeText(TYPE_LABELS[lang][event.type])));
  lines.push('END:VEVENT');
  return lines;
}

/**
 * VTIMEZONE for Europe/Warsaw (CET/CEST, EU rules since 1996): summer time
 * from the last Sunday of March 02:00 to the last Sunday of October 03:00.
 */
export function vtimezoneWarsaw(): string[] {
  return [
    'BEGIN:VTIMEZONE',
    'TZID:Europe/Warsaw',
    'X-LIC-LOCATION:Europe/Warsaw',
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    'DTSTART:19700329T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    'DTSTART:19701025T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ];
}

/** A whole iCalendar file: CRLF line ends, folded lines, ending with CRLF. */
export function buildCalendar(events: readonly PdkEvent[], feed: Feed, options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    property('PRODID', PRODID),
    'CALSCALE:GREGORIAN',
    property('METHOD', options.method ?? 'PUBLISH'),
  ];
  if (options.name) {
    lines.push(property('NAME', escapeText(options.name)), property('X-WR-CALNAME', escapeText(options.name)));
  }
  if (options.timezone) {
    lines.push(property('X-WR-TIMEZONE', feed.timezone));
    if (feed.timezone === 'Europe/Warsaw') lines.push(...vtimezoneWarsaw());
  }
  for (const event of events) lines.push(...eventToVEvent(event, feed, options));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
