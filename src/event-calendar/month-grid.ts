/**
 * The month grid as data, DOM-free: weeks from Monday to Sunday covering a
 * month, each day with the events that cover it. All days are feed-zone
 * `DayKey`s, so the visitor's own zone never moves an event to another day.
 *
 * Events are indexed by day for the weeks a month shows (`indexByDay`), so a
 * cell looks up its day instead of scanning every event.
 */
import type {DayKey, PdkEvent} from '../feed/types.js';
import {addDays, parseDayKey, toDayKey, weekdayMondayFirst} from '../feed/zoned-dates.js';

/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;

export interface MonthDay {
  readonly key: DayKey;
  /** Day of the month, 1–31. */
  readonly day: number;
  readonly inMonth: boolean;
  readonly isToday: boolean;
  /** Every event covering the day (firstDay ≤ day ≤ lastDay): all-day first, then by start. */
  readonly events: readonly PdkEvent[];
}

export type DayIndex = ReadonlyMap<DayKey, readonly PdkEvent[]>;

const MONTH_RE = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * A `YYYY-MM` month the calendar can show, else null (the caller falls back
 * to this month). Years from 0100, as day keys (zoned-dates.ts), to 9998:
 * the grid of December 9999 would reach into the year 10000.
 */
export function parseMonth(value: string | null | undefined): MonthKey | null {
  const month = value?.trim() ?? '';
  const year = Number(MONTH_RE.exec(month)?.[1]);
  return year >= 100 && year <= 9998 ? month : null;
}

export function monthOf(day: DayKey): MonthKey {
  return day.slice(0, 7);
}

export function firstOfMonth(month: MonthKey): DayKey {
  return `${month}-01`;
}

/** How many week rows, Monday to Sunday, `month` spans: 4 to 6. */
export function weekCount(month: MonthKey): number {
  return Math.ceil((weekdayMondayFirst(firstOfMonth(month)) + daysInMonth(month)) / 7);
}

export function daysInMonth(month: MonthKey): number {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

export function lastOfMonth(month: MonthKey): DayKey {
  return `${month}-${String(daysInMonth(month)).padStart(2, '0')}`;
}

export function addMonths(month: MonthKey, n: number): MonthKey {
  const [year, m] = month.split('-').map(Number);
  const index = year * 12 + (m - 1) + n;
  return toDayKey(Math.floor(index / 12), (index % 12) + 1, 1).slice(0, 7);
}

/** The same day number `n` months later, clamped to the month's length (31 Jan + 1 → 28/29 Feb). */
export function shiftMonthKeepDay(day: DayKey, n: number): DayKey {
  const p = parseDayKey(day)!;
  const month = addMonths(monthOf(day), n);
  return `${month}-${String(Math.min(p.day, daysInMonth(month))).padStart(2, '0')}`;
}

export function startOfWeek(day: DayKey): DayKey {
  return addDays(day, -weekdayMondayFirst(day));
}

export function endOfWeek(day: DayKey): DayKey {
  return addDays(day, 6 - weekdayMondayFirst(day));
}

/** Order within a day: all-day events first, then by start, then by id (stable across renders). */
export function compareInDay(a: PdkEvent, b: PdkEvent): number {
  if (a.allDay !== b.allDay) return a.allDay ? -1 : 1;
  return a.startMs - b.startMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Maps each feed-zone day from `from` to `to` (both included; by default
 * from the first event's day to the last one's) to the events covering it,
 * sorted with `compareInDay`. Days without events are left out.
 */
export function indexByDay(events: readonly PdkEvent[], from?: DayKey, to?: DayKey): DayIndex {
  from ??= events.reduce((min, e) => (e.firstDay < min ? e.firstDay : min), '\uffff');
  to ??= events.reduce((max, e) => (e.lastDay > max ? e.lastDay : max), '');
  // The range's days once, by position: an event's days are then a span of positions,
  // with no date arithmetic per event. (Day keys compare correctly as strings.)
  const days: DayKey[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  const position = new Map(days.map((day, i) => [day, i]));
  const lists: PdkEvent[][] = days.map(() => []);
  for (const event of events) {
    if (event.lastDay < from || event.firstDay > to) continue;
    const first = event.firstDay < from ? 0 : position.get(event.firstDay)!;
    const last = event.lastDay > to ? days.length - 1 : position.get(event.lastDay)!;
    for (let i = first; i <= last; i++) lists[i].push(event);
  }
  const index = new Map<DayKey, PdkEvent[]>();
  days.forEach((day, i) => {
    if (lists[i].length) index.set(day, lists[i].sort(compareInDay));
  });
  return index;
}

/** Whole weeks, Monday first, covering `month`. */
export function monthWeeks(month: MonthKey, index: DayIndex, today: DayKey): MonthDay[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const weeks: MonthDay[][] = [];
  for (let day = startOfWeek(first); day <= last; ) {
    const week: MonthDay[] = [];
    for (let i = 0; i < 7; i++, day = addDays(day, 1)) {
      week.push({
        key: day,
        day: Number(day.slice(8)),
        inMonth: monthOf(day) === month,
        isToday: day === today,
        events: index.get(day) ?? [],
      });
    }
    weeks.push(week);
  }
  return weeks;
}

/** The distinct events touching any day of `month`, in order of start. */
export function eventsInMonth(month: MonthKey, index: DayIndex): PdkEvent[] {
  const seen = new Set<PdkEvent>();
  const last = lastOfMonth(month);
  for (let day = firstOfMonth(month); day <= last; day = addDays(day, 1)) {
    for (const event of index.get(day) ?? []) seen.add(event);
  }
  return [...seen].sort((a, b) => a.startMs - b.startMs || compareInDay(a, b));
}

/** The first event starting on a day after `day`, if any. */
export function nextEventAfter(day: DayKey, events: readonly PdkEvent[]): PdkEvent | undefined {
  let next: PdkEvent | undefined;
  for (const event of events) {
    if (event.firstDay > day && (!next || event.startMs < next.startMs)) next = event;
  }
  return next;
}
