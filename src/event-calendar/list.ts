/**
 * The list view as data, DOM-free: which events, in what order, under which
 * day heading.
 *
 * - An event is upcoming until it ends (`endMs > now`).
 * - Without `past`: upcoming events by start; `limit` keeps the first N.
 * - With `past`: ended events too, all in date order (most recent last);
 *   `limit` keeps the N events nearest to now, upcoming ones first, so a
 *   limit never hides what is coming in favour of old events.
 * - Grouping is by feed-zone day: an event under its first day, except an
 *   upcoming one that started on an earlier day (an exhibition running
 *   now), which is listed under today.
 */
import type {DayKey, PdkEvent} from '../feed/types.js';
import {compareInDay} from './month-grid.js';

export interface ListOptions {
  readonly past: boolean;
  /** At most this many events; 0, negative or NaN means no limit. */
  readonly limit?: number;
}

export interface ListDay {
  readonly day: DayKey;
  readonly events: readonly PdkEvent[];
}

const byStart = (a: PdkEvent, b: PdkEvent) => a.startMs - b.startMs || compareInDay(a, b);

export function listEvents(events: readonly PdkEvent[], now: number, {past, limit}: ListOptions): PdkEvent[] {
  const max = limit && limit > 0 ? Math.floor(limit) : Infinity;
  const upcoming = events.filter((e) => e.endMs > now).sort(byStart);
  if (!past) return upcoming.slice(0, max);
  const ended = events.filter((e) => e.endMs <= now).sort(byStart);
  const shownUpcoming = upcoming.slice(0, max);
  const room = max - shownUpcoming.length;
  const shownEnded = room > 0 ? ended.slice(Math.max(0, ended.length - room)) : [];
  return [...shownEnded, ...shownUpcoming];
}

export function groupByDay(events: readonly PdkEvent[], today: DayKey, now: number): ListDay[] {
  const groups = new Map<DayKey, PdkEvent[]>();
  for (const event of events) {
    const day = event.firstDay < today && event.endMs > now ? today : event.firstDay;
    const list = groups.get(day);
    if (list) list.push(event);
    else groups.set(day, [event]);
  }
  return [...groups.keys()].sort().map((day) => ({day, events: groups.get(day)!.sort(compareInDay)}));
}
