/**
 * Calendar arithmetic in the feed's time zone, whatever the visitor's own zone.
 *
 * Instants are milliseconds since the epoch; calendar days are `YYYY-MM-DD`
 * strings (`DayKey`). Day arithmetic runs on UTC dates, which have no DST, so
 * adding a day is always 24 hours there. Converting between the two goes
 * through `Intl.DateTimeFormat` with the zone, the only zone database a
 * browser offers.
 */
import type {DayKey} from './types.js';

export const DEFAULT_TIME_ZONE = 'Europe/Warsaw';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Hours 00–23 (Date.parse would take 24:00 as the next day), offsets up to ±14:00.
const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const DAY_MS = 86_400_000;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * Makes the default zone's formatter, in a task of its own. A page's first
 * `Intl.DateTimeFormat` loads Intl's data, 20 to 50 ms on a slow machine:
 * started as the feed's request goes out, it overlaps the download instead
 * of following it. The feed's dates need the formatter next.
 */
export function prepareDefaultZone(): void {
  setTimeout(() => partsFormatter(DEFAULT_TIME_ZONE));
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of an instant in a zone. */
export function zonedParts(ms: number, timeZone: string) {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year,
    month: fields.month,
    day: fields.day,
    hour: fields.hour,
    minute: fields.minute,
    second: fields.second,
  };
}

// Zones change offset only at quarter hours, so one lookup serves a whole
// 15-minute slot; formatToParts is the slow part of validating a big feed.
const SLOT_MS = 900_000;
const SLOTS_PER_DAY = DAY_MS / SLOT_MS;
const offsetCaches = new Map<string, Map<number, number>>();

function slotOffsetMs(slot: number, timeZone: string): number {
  let cache = offsetCaches.get(timeZone);
  if (!cache) offsetCaches.set(timeZone, (cache = new Map()));
  let offset = cache.get(slot);
  if (offset === undefined) {
    const start = slot * SLOT_MS;
    const p = zonedParts(start, timeZone);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - start;
    if (cache.size > 50_000) cache.clear();
    cache.set(slot, offset);
  }
  return offset;
}

/** The zone's offset from UTC at an instant, in ms (Warsaw: +1 h in winter, +2 h in summer). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  // Most days have one offset from start to end: two lookups (shared with the
  // neighbouring days) then serve every instant of the day. Only a day whose
  // offset changes is looked up slot by slot. (No zone changes its offset and
  // back within one day.)
  const dayStart = Math.floor(ms / DAY_MS) * SLOTS_PER_DAY;
  const offset = slotOffsetMs(dayStart, timeZone);
  if (offset === slotOffsetMs(dayStart + SLOTS_PER_DAY, timeZone)) return offset;
  return slotOffsetMs(Math.floor(ms / SLOT_MS), timeZone);
}

/**
 * The instant of a wall-clock time in a zone. A time skipped by a DST jump
 * (02:30 on the last Sunday of March in Warsaw) moves forward by the jump; a
 * time that occurs twice (02:30 on the last Sunday of October) takes the first.
 */
export function zonedTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const before = zoneOffsetMs(wall - DAY_MS, timeZone);
  const after = zoneOffsetMs(wall + DAY_MS, timeZone);
  // Try the earlier offset first: for a repeated hour it gives the first occurrence.
  for (const offset of before >= after ? [before, after] : [after, before]) {
    const candidate = wall - offset;
    if (zoneOffsetMs(candidate, timeZone) === offset) return candidate;
  }
  return wall - Math.min(before, after);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An instant as the zone's wall clock with its offset: `2026-12-03T18:00:00+01:00`. */
export function isoInZone(ms: number, timeZone: string): string {
  const offset = zoneOffsetMs(ms, timeZone);
  const wall = new Date(ms + offset);
  const minutes = Math.round(offset / 60_000);
  const abs = Math.abs(minutes);
  return (
    `${toDayKey(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate())}` +
    `T${pad2(wall.getUTCHours())}:${pad2(wall.getUTCMinutes())}:${pad2(wall.getUTCSeconds())}` +
    `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}

/** The feed-zone calendar day of an instant. */
export function dayKeyOf(ms: number, timeZone: string): DayKey {
  // Shifting by the offset turns the instant into the wall clock, read as UTC.
  return utcToDayKey(ms + zoneOffsetMs(ms, timeZone));
}

export function toDayKey(year: number, month: number, day: number): DayKey {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** A `YYYY-MM-DD` string that names a real day, else null. */
export function parseDayKey(value: string): {year: number; month: number; day: number} | null {
  const m = DATE_RE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Plain arithmetic, no Date: validating a big feed calls this for every date. Years before 0100
  // are typing mistakes, and the schema's date pattern rejects them too.
  if (year < 100 || month < 1 || month > 12 || day < 1) return null;
  if (day > (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1])) return null;
  return {year, month, day};
}

/** Midnight UTC of a day key: the stable handle for day arithmetic and date-only formatting. */
export function dayKeyToUtc(key: DayKey): number {
  const p = parseDayKey(key);
  if (!p) throw new RangeError(`Not a date: ${key}`);
  return Date.UTC(p.year, p.month - 1, p.day);
}

export function utcToDayKey(ms: number): DayKey {
  const d = new Date(ms);
  return toDayKey(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(key: DayKey, days: number): DayKey {
  return utcToDayKey(dayKeyToUtc(key) + days * DAY_MS);
}

/** Whole days from `a` to `b`. */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((dayKeyToUtc(b) - dayKeyToUtc(a)) / DAY_MS);
}

/** Day of the week with Monday = 0, as the month grid is laid out. */
export function weekdayMondayFirst(key: DayKey): number {
  return (new Date(dayKeyToUtc(key)).getUTCDay() + 6) % 7;
}

/** The instant a feed-zone day starts. */
export function startOfDay(key: DayKey, timeZone: string): number {
  const p = parseDayKey(key);
  if (!p) throw new RangeError(`Not a date: ${key}`);
  return zonedTimeToInstant(p.year, p.month, p.day, 0, 0, timeZone);
}

/** Today in the feed's zone. */
export function todayKey(timeZone: string, now = Date.now()): DayKey {
  return dayKeyOf(now, timeZone);
}

/** A feed date field: a date (all day) or a date-time with an offset. */
export type FeedDate = {allDay: true; day: DayKey} | {allDay: false; ms: number};

/**
 * The years a feed date may fall in: an event's days, and the day after its
 * last, must be day keys in every zone (a four-digit year from 0100; see
 * parseDayKey). The `month` attribute keeps to the same years.
 */
const FIRST_INSTANT = Date.UTC(100, 0, 2);
const LAST_INSTANT = Date.UTC(9999, 0, 1);

/** Parses a feed `start`/`end`; null when it is neither form, or outside the years 0100–9998. */
export function parseFeedDate(value: string): FeedDate | null {
  const day = parseDayKey(value);
  if (day) return day.year <= 9998 ? {allDay: true, day: value} : null;
  if (!DATE_TIME_RE.test(value)) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || ms < FIRST_INSTANT || ms > LAST_INSTANT) return null;
  // Date.parse rolls over impossible days (02-30); the day part must name a real day.
  if (!parseDayKey(value.slice(0, 10))) return null;
  return {allDay: false, ms};
}
