/**
 * The calendar's derived data, DOM-free: the filtered events and their day
 * index (rebuilt only when the feed or a filter changes, so a month looks up
 * its 42 days instead of scanning every event), and what the current view
 * shows (rebuilt only when the view, month, `past` or `limit` changes).
 */
import type {DayKey, Feed, PdkEvent} from '../feed/types.js';
import {todayKey} from '../feed/zoned-dates.js';
import {filterEvents, type EventFilter} from './filter.js';
import {groupByDay, listEvents, type ListDay} from './list.js';
import * as grid from './month-grid.js';

export interface ViewInputs {
  readonly view: 'month' | 'list';
  readonly month: grid.MonthKey;
  readonly past: boolean;
  readonly limit: number;
}

export class CalendarModel {
  feed?: Feed;
  today: DayKey = '';
  byId = new Map<string, PdkEvent>();
  filtered: readonly PdkEvent[] = [];
  index: grid.DayIndex = new Map();
  /** Month view: the weeks of the month. */
  weeks: grid.MonthDay[][] = [];
  /** List view: the listed events by day. */
  listDays: ListDay[] = [];
  /** The events the view shows (month: all touching the month; list: those listed). */
  shown: readonly PdkEvent[] = [];
  /** Month view with no events: the next event after the month. */
  next?: PdkEvent;
  private filterKey = '';
  private viewKey = '';

  setFeed(feed: Feed | undefined, filter: EventFilter, now: number): void {
    if (feed !== this.feed) {
      this.feed = feed;
      this.byId = new Map(feed?.events.map((e) => [e.id, e]));
      this.filterKey = '';
    }
    if (!feed) return;
    this.today = todayKey(feed.timezone, now);
    const key = JSON.stringify(filter);
    if (key === this.filterKey) return;
    this.filterKey = key;
    this.filtered = filterEvents(feed.events, filter);
    this.index = grid.indexByDay(this.filtered);
    this.viewKey = '';
  }

  setView(inputs: ViewInputs, now: number): void {
    const key = JSON.stringify([inputs, this.today]);
    if (key === this.viewKey) return;
    this.viewKey = key;
    if (inputs.view === 'list') {
      this.shown = listEvents(this.filtered, now, inputs);
      this.listDays = groupByDay(this.shown, this.today, now);
    } else {
      this.weeks = grid.monthWeeks(inputs.month, this.index, this.today);
      this.shown = grid.eventsInMonth(inputs.month, this.index);
      this.next = this.shown.length ? undefined : grid.nextEventAfter(grid.lastOfMonth(inputs.month), this.filtered);
    }
  }
}
