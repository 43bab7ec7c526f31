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
 * - Without `limit`, a long list is in the page a window at a time
 *   (`LIST_PAGE` events): thousands of items took seconds to render, and
 *   seconds more to open a modal dialog over (the browser makes each of them
 *   inert). The window opens at now and grows by a page at either end. A
 *   `limit` is the webmaster's own size: all of it is in the page.
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

/** How many events the list view puts in the page at first, and adds at a time. */
export const LIST_PAGE = 100;

/** The listed events in the page: indices `from` (included) to `to` (excluded). */
export interface ListWindow {
  readonly from: number;
  readonly to: number;
}

/**
 * The window a list of `count` events opens with, `firstUpcoming` the index
 * of its first upcoming event (`count` if none): upcoming events from there,
 * after the latest ended ones (with `past`) taking up to half the page.
 */
export function firstWindow(count: number, firstUpcoming: number, page = LIST_PAGE): ListWindow {
  const from = Math.max(0, Math.min(firstUpcoming - Math.floor(page / 2), count - page));
  return {from, to: Math.min(count, from + page)};
}

/** The window one page wider, at its start (`earlier`) or its end. */
export function widenWindow({from, to}: ListWindow, count: number, earlier: boolean, page = LIST_PAGE): ListWindow {
  return earlier ? {from: Math.max(0, from - page), to} : {from, to: Math.min(count, to + page)};
}

/**
 * The window that keeps the events of `inPage` still in `listed` in the page
 * (at least a page of them): when the day changes under a list a visitor
 * has opened further, the list moves on without taking their place away.
 */
export function keptWindow(listed: readonly PdkEvent[], inPage: readonly PdkEvent[], page = LIST_PAGE): ListWindow | undefined {
  const kept = new Set(inPage);
  const from = listed.findIndex((e) => kept.has(e));
  if (from < 0) return undefined;
  let last = from;
  for (let i = from; i < listed.length; i++) if (kept.has(listed[i])) last = i;
  return {from, to: Math.min(listed.length, Math.max(last + 1, from + page))};
}
