/**
 * "Add to calendar": an .ics file made in the browser, and a Google Calendar
 * link. The .ics is served from a blob URL that lives as long as the detail
 * shows that event.
 */
import type {Feed, Lang, PdkEvent} from '../feed/types.js';
import {textIn, withoutDiacritics} from '../i18n/text.js';
import {buildCalendar, eventDates, eventDetailsText, locationText} from '../ics/ics.js';

const GOOGLE_RENDER = 'https://calendar.google.com/calendar/render';
// Google's template URL breaks somewhere past 8 KB; a long description is cut.
const MAX_GOOGLE_DETAILS = 1500;
const MAX_CACHED_URLS = 8;

/** A file name from an event id: ASCII letters, digits and dashes. */
export function icsFilename(id: string): string {
  const slug = withoutDiacritics(id)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'event'}.ics`;
}

/** The .ics file of one event. */
export function icsFileFor(event: PdkEvent, feed: Feed, lang: Lang, now = Date.now()): {filename: string; blob: Blob} {
  const text = buildCalendar([event], feed, {lang, now, name: textIn(event.title, lang)});
  return {filename: icsFilename(event.id), blob: new Blob([text], {type: 'text/calendar;charset=utf-8'})};
}

interface CachedUrl {
  readonly event: PdkEvent;
  readonly feed: Feed;
  readonly lang: Lang;
  readonly filename: string;
  readonly url: string;
}

// Keyed by event id, oldest first. An entry is replaced (and its URL revoked)
// when the same event is rendered from a new feed or in another language.
const urls = new Map<string, CachedUrl>();

/**
 * A blob URL for the event's .ics, reused while the event, feed and language
 * stay the same; replaced URLs, and the oldest beyond a few, are revoked.
 */
export function icsDownloadFor(event: PdkEvent, feed: Feed, lang: Lang): {filename: string; url: string} {
  const cached = urls.get(event.id);
  if (cached && cached.event === event && cached.feed === feed && cached.lang === lang) {
    // Move to the newest end.
    urls.delete(event.id);
    urls.set(event.id, cached);
    return cached;
  }
  if (cached) URL.revokeObjectURL(cached.url);
  urls.delete(event.id);
  const {filename, blob} = icsFileFor(event, feed, lang);
  const entry: CachedUrl = {event, feed, lang, filename, url: URL.createObjectURL(blob)};
  urls.set(event.id, entry);
  for (const [id, old] of urls) {
    if (urls.size <= MAX_CACHED_URLS) break;
    URL.revokeObjectURL(old.url);
    urls.delete(id);
  }
  return entry;
}

/**
 * Revokes every .ics blob URL made so far. The cache is shared by every
 * calendar on the page and kept small (see above), so no element calls this
 * on its own disconnect; tests use it to start clean.
 */
export function revokeIcsUrls(): void {
  for (const entry of urls.values()) URL.revokeObjectURL(entry.url);
  urls.clear();
}

/** Google Calendar's "create event" template link for the event. */
export function googleCalendarUrl(event: PdkEvent, feed: Feed, lang: Lang): string {
  const dates = eventDates(event);
  let details = eventDetailsText(event, feed, lang);
  if (details.length > MAX_GOOGLE_DETAILS) details = `${details.slice(0, MAX_GOOGLE_DETAILS - 1)}…`;
  const params: [string, string][] = [
    ['action', 'TEMPLATE'],
    ['text', textIn(event.title, lang)],
    // Google needs an end; a timed event without one ends when it starts.
    ['dates', `${dates.start}/${dates.end ?? dates.start}`],
  ];
  if (details) params.push(['details', details]);
  const location = locationText(event) || event.online;
  if (location) params.push(['location', location]);
  params.push(['ctz', feed.timezone]);
  // encodeURIComponent, but '/' stays readable (it is allowed in a query).
  return `${GOOGLE_RENDER}?${params.map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%2F/g, '/')}`).join('&')}`;
}
