/**
 * Dates as editors type them in a spreadsheet, turned into the feed's forms:
 * `2026-12-03 18:00` is a wall-clock time in the feed's zone and becomes
 * `2026-12-03T18:00:00+01:00` (the offset of that day, so DST is right);
 * `2026-12-03` is an all-day date; ISO 8601 with an offset passes through.
 */
import {isoInZone, parseDayKey, parseFeedDate, toDayKey, zoneOffsetMs, zonedTimeToInstant} from '../feed/zoned-dates.js';

export type SheetDate =
  | {readonly ok: true; readonly allDay: true; readonly value: string; readonly day: string}
  /** `repeated`: the wall-clock time happens twice (the clocks go back); `value` is the first, this the second. */
  | {readonly ok: true; readonly allDay: false; readonly value: string; readonly ms: number; readonly repeated?: string}
  /** Not a date at all; `suggestion` is the same date written as the feed wants, when it can be read. */
  | {readonly ok: false; readonly reason: 'not-a-date'; readonly suggestion?: string}
  /** A date that does not exist, like 2026-02-30. */
  | {readonly ok: false; readonly reason: 'no-such-day'}
  /** A wall-clock time skipped when the clocks go forward; `suggestion` is the time after the jump. */
  | {readonly ok: false; readonly reason: 'dst-gap'; readonly suggestion: string; readonly jumpMinutes: number};

const DAY_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const LOCAL_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?$/;
/** Polish spreadsheets' own format: 3.12.2026 or 03.12.2026 18:00. */
const DOTTED_RE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$/;
const TIME_RE = /^(\d{1,2})[:.](\d{2})$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** `+01:00` for an offset in ms. */
export function formatOffset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const DAY_MS = 86_400_000;
const dayOffsets = new Map<string, number | null>();

/**
 * The zone's offset on a day when it is the same all day, else null (a DST
 * day). Zones change offset at most once in a few days, so equal offsets a
 * day before and two days after mean none between. Cached per day: a big
 * sheet has many events on few days, and each zone lookup costs.
 */
function steadyOffset(year: number, month: number, day: number, timeZone: string): number | null {
  const key = `${timeZone}|${year}-${month}-${day}`;
  let offset = dayOffsets.get(key);
  if (offset === undefined) {
    const midnight = Date.UTC(year, month - 1, day);
    const before = zoneOffsetMs(midnight - DAY_MS, timeZone);
    offset = before === zoneOffsetMs(midnight + 2 * DAY_MS, timeZone) ? before : null;
    if (dayOffsets.size > 10_000) dayOffsets.clear();
    dayOffsets.set(key, offset);
  }
  return offset;
}

function wallClock(year: number, month: number, day: number, hour: number, minute: number, second: number, timeZone: string): SheetDate {
  const key = toDayKey(year, month, day);
  if (!parseDayKey(key)) return {ok: false, reason: 'no-such-day'};
  if (hour > 23 || minute > 59 || second > 59) return {ok: false, reason: 'not-a-date'};
  const steady = steadyOffset(year, month, day, timeZone);
  if (steady !== null) {
    const ms = Date.UTC(year, month - 1, day, hour, minute, second) - steady;
    return {ok: true, allDay: false, value: `${key}T${pad(hour)}:${pad(minute)}:${pad(second)}${formatOffset(steady)}`, ms};
  }
  const ms = zonedTimeToInstant(year, month, day, hour, minute, timeZone) + second * 1000;
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  // zonedTimeToInstant moves a skipped time forward by the jump; the wall clock then differs.
  const shift = ms + zoneOffsetMs(ms, timeZone) - wall;
  if (shift !== 0) {
    return {ok: false, reason: 'dst-gap', suggestion: isoInZone(ms, timeZone).slice(0, 16).replace('T', ' '), jumpMinutes: Math.round(shift / 60_000)};
  }
  // The hour the clocks go back happens twice: zonedTimeToInstant took the first; the other offset gives the second.
  const later = wall - zoneOffsetMs(ms + 2 * 3_600_000, timeZone);
  const repeated = later !== ms && later + zoneOffsetMs(later, timeZone) === wall ? isoInZone(later, timeZone) : undefined;
  return {ok: true, allDay: false, value: isoInZone(ms, timeZone), ms, ...(repeated && {repeated})};
}

/** Reads a `start` or `end` cell in `timeZone`. */
export function parseSheetDate(input: string, timeZone: string): SheetDate {
  const value = input.trim();
  let m = DAY_RE.exec(value);
  if (m) {
    const key = toDayKey(Number(m[1]), Number(m[2]), Number(m[3]));
    return parseDayKey(key) ? {ok: true, allDay: true, value: key, day: key} : {ok: false, reason: 'no-such-day'};
  }
  m = LOCAL_RE.exec(value);
  if (m) {
    const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
    return wallClock(year, month, day, hour, minute, second, timeZone);
  }
  // ISO 8601 with an offset (a space for the T is forgiven).
  const iso = value.replace(/^(\d{4}-\d{2}-\d{2}) +/, '$1T').replace(/ +(?=[+-]\d{2}:\d{2}$|Z$)/, '');
  const parsed = parseFeedDate(iso);
  if (parsed && !parsed.allDay) return {ok: true, allDay: false, value: iso, ms: parsed.ms};
  return {ok: false, reason: 'not-a-date', suggestion: suggest(value)};
}

/** The way to write a date the feed does not read: "3.12.2026 18:00" → "2026-12-03 18:00". */
function suggest(value: string): string | undefined {
  const m = DOTTED_RE.exec(value);
  if (!m) return undefined;
  const key = toDayKey(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!parseDayKey(key)) return undefined;
  return m[4] === undefined ? key : `${key} ${pad(Number(m[4]))}:${m[5]}`;
}

/** A time alone ("20:00"): an end on the start's day. */
export const isTimeAlone = (value: string) => TIME_RE.test(value.trim());

/**
 * An `end` written as a time alone ("20:00") is on the start's day: the
 * full `YYYY-MM-DD HH:MM` it stands for, or null when it is not a time.
 */
export function endTimeOnStartDay(end: string, start: SheetDate & {ok: true; allDay: false}, timeZone: string): string | null {
  const m = TIME_RE.exec(end.trim());
  if (!m) return null;
  const startDay = isoInZone(start.ms, timeZone).slice(0, 10);
  return `${startDay} ${pad(Number(m[1]))}:${m[2]}`;
}
