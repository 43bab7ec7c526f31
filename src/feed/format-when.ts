/**
 * "When" of an event in words, in the feed's zone and the element's language:
 * "wtorek, 3 grudnia 2026, 18:00–20:00", "3–5 grudnia 2026",
 * "3 grudnia 2026 18:00 – 4 grudnia 2026 02:00".
 * `locale` is a tag in Polish or English: "pl", "en", or a page's own "en-GB".
 *
 * Date-only values are formatted as UTC midnights with timeZone 'UTC', so a
 * day never shifts, whatever the visitor's zone.
 */
import {normalizeLang} from '../i18n/lang.js';
import type {Lang, PdkEvent} from './types.js';
import {dayKeyOf, dayKeyToUtc} from './zoned-dates.js';

// Per options object (the callers pass constants), then per language and zone:
// a month's grid formats hundreds of dates on every render.
const formatters = new WeakMap<Intl.DateTimeFormatOptions, Map<string, Intl.DateTimeFormat>>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let byLocale = formatters.get(options);
  if (!byLocale) formatters.set(options, (byLocale = new Map()));
  const key = `${locale}|${timeZone}`;
  let f = byLocale.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {...options, timeZone});
    byLocale.set(key, f);
  }
  return f;
}

const LONG_DATE: Intl.DateTimeFormatOptions = {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'};
const DATE: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'long', year: 'numeric'};
// Polish writes two-digit hours (09:00, 00:30); English on its 12-hour clock does not (9:00 AM),
// and en-GB's 24-hour clock writes them anyway (09:00).
const TIME: Record<Lang, Intl.DateTimeFormatOptions> = {pl: {hour: '2-digit', minute: '2-digit'}, en: {hour: 'numeric', minute: '2-digit'}};
const DATE_TIME: Record<Lang, Intl.DateTimeFormatOptions> = {pl: {...DATE, ...TIME.pl}, en: {...DATE, ...TIME.en}};
const language = (locale: string): Lang => normalizeLang(locale) ?? 'pl';

/** A calendar day, e.g. "wtorek, 3 grudnia 2026". `options`: a constant (formatters are cached per options object). */
export function formatDay(day: string, locale: string, options: Intl.DateTimeFormatOptions = LONG_DATE): string {
  return formatter(locale, 'UTC', options).format(dayKeyToUtc(day));
}

/** A time of day in the zone, e.g. "18:00", "6:00 PM". */
export function formatTime(ms: number, locale: string, timeZone: string): string {
  return formatter(locale, timeZone, TIME[language(locale)]).format(ms);
}

/**
 * Two times of one day in the zone, e.g. "18:00–20:00", "6:00 – 8:00 PM" (not "6:00 PM–8:00 PM").
 * An event that ends at midnight ends on its day too ("22:00–00:00"), but formatRange, seeing two
 * dates, would add them: "10.12.2026, 22:00 – 11.12.2026, 00:00".
 */
export function formatTimeRange(startMs: number, endMs: number, locale: string, timeZone: string): string {
  const lang = language(locale);
  const time = formatter(locale, timeZone, TIME[lang]);
  if (dayKeyOf(startMs, timeZone) === dayKeyOf(endMs, timeZone)) return time.formatRange(startMs, endMs);
  return `${time.format(startMs)}${lang === 'en' ? ' – ' : '–'}${time.format(endMs)}`;
}

/** The date and time range of an event, read naturally. */
export function formatEventWhen(event: PdkEvent, locale: string, timeZone: string): string {
  if (event.allDay) {
    if (event.firstDay === event.lastDay) return formatDay(event.firstDay, locale);
    return formatter(locale, 'UTC', DATE).formatRange(dayKeyToUtc(event.firstDay), dayKeyToUtc(event.lastDay));
  }
  if (event.end === undefined) {
    return `${formatDay(event.firstDay, locale)}, ${formatTime(event.startMs, locale, timeZone)}`;
  }
  if (event.firstDay === event.lastDay) {
    return `${formatDay(event.firstDay, locale)}, ${formatTimeRange(event.startMs, event.endMs, locale, timeZone)}`;
  }
  return formatter(locale, timeZone, DATE_TIME[language(locale)]).formatRange(event.startMs, event.endMs);
}
