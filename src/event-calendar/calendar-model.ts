/**
 * The calendar's derived data, DOM-free: the filtered events (rebuilt only
 * when the feed or a filter changes) and what the current view shows, with
 * the month's day index (rebuilt only when the view, month, `past` or `limit`
 * changes). Indexing only the weeks shown keeps a big feed's first render
 * and every month change to the events near that month.
 */
import type {DayKey, Feed, PdkEvent} from '../feed/types.js';
import {todayKey} from '../feed/zoned-dates.js';
import {filterEvents, type EventFilter} from './filter.js';
import type {CalendarView} from './toolbar.js';
import {LIST_PAGE, firstWindow, groupByDay, keptWindow, listEvents, widenWindow, type ListDay, type ListWindow} from './list.js';
import * as grid from './month-grid.js';

export interface ViewInputs {
  readonly view: CalendarView;
  readonly month: grid.MonthKey;
  readonly past: boolean;
  readonly limit: number;
}

export class CalendarModel {
  feed?: Feed;
  today: DayKey = '';
  byId = new Map<string, PdkEvent>();
  filtered: readonly PdkEvent[] = [];
  /** Month view: each day the grid shows (from `indexed[0]` to `indexed[1]`) with its events. */
  index: grid.DayIndex = new Map();
  private indexed: readonly [DayKey, DayKey] = ['', ''];
  /** Month view: the weeks of the month. */
  weeks: grid.MonthDay[][] = [];
  /** List view: which of `shown` are in the page. */
  listWindow: ListWindow = {from: 0, to: 0};
  /** List view: whether the visitor has added pages to the window since the list was made. */
  listWidened = false;
  /** List view: the events in the window, by day. */
  listDays: ListDay[] = [];
  /** The events the view shows (month: all touching the month; list: those listed, in the window or not). */
  shown: readonly PdkEvent[] = [];
  /** The events in the page: the month's, or the list window's. */
  inPage: readonly PdkEvent[] = [];
  /** Month view with no events: the next event after the month. */
  next?: PdkEvent;
  private filterKey = '';
  private viewKey = '';
  /** The time the list was made for: it decides what counts as running now. */
  private listedAt = 0;
  /** What the list was made from, to tell a new list from the same one on a new day. */
  private listSource?: {readonly filtered: readonly PdkEvent[]; readonly past: boolean; readonly limit: number};

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
    this.viewKey = '';
  }

  setView(inputs: ViewInputs, now: number): void {
    // The list does not depend on the month: turning it must not start the list again.
    const {view, month, past, limit} = inputs;
    const key = JSON.stringify([view, view === 'list' ? [past, limit] : month, this.today]);
    if (key === this.viewKey) return;
    this.viewKey = key;
    if (view === 'list') {
      // Only the day changed (midnight passed): what the visitor had in the page stays there.
      const previous = this.listSource;
      const sameList = previous?.filtered === this.filtered && previous.past === past && previous.limit === limit;
      const inPageBefore = sameList ? this.inPage : [];
      this.listSource = {filtered: this.filtered, past, limit};
      this.shown = listEvents(this.filtered, now, inputs);
      this.listedAt = now;
      const firstUpcoming = this.shown.findIndex((e) => e.endMs > now);
      // A limit is the webmaster's own page size: all of it is in the page.
      const page = limit > 0 ? Math.max(this.shown.length, 1) : LIST_PAGE;
      this.setListWindow(
        keptWindow(this.shown, inPageBefore, page) ?? firstWindow(this.shown.length, firstUpcoming < 0 ? this.shown.length : firstUpcoming, page),
      );
      this.listWidened = false;
    } else {
      // Back in the list later, it starts again at today.
      this.listSource = undefined;
      this.indexed = [grid.startOfWeek(grid.firstOfMonth(inputs.month)), grid.endOfWeek(grid.lastOfMonth(inputs.month))];
      this.index = grid.indexByDay(this.filtered, ...this.indexed);
      this.weeks = grid.monthWeeks(inputs.month, this.index, this.today);
      this.shown = this.inPage = grid.eventsInMonth(inputs.month, this.index);
      this.next = this.shown.length ? undefined : grid.nextEventAfter(grid.lastOfMonth(inputs.month), this.filtered);
    }
  }

  /**
   * List view: a page more of the list, before the window or after it.
   * Returns the first event that came in, as the list shows them (a day's
   * all-day events before its timed ones, which the window's start order is not).
   */
  widenList(earlier: boolean): PdkEvent | undefined {
    const inPageBefore = new Set(this.inPage);
    this.setListWindow(widenWindow(this.listWindow, this.shown.length, earlier));
    this.listWidened = true;
    for (const {events} of this.listDays) {
      const added = events.find((e) => !inPageBefore.has(e));
      if (added) return added;
    }
    return undefined;
  }

  private setListWindow(window: ListWindow) {
    this.listWindow = window;
    this.inPage = this.shown.slice(window.from, window.to);
    this.listDays = groupByDay(this.inPage, this.today, this.listedAt);
  }

  /** The events covering `day`, in the order a day shows them (indexed, or looked up for a day the grid does not show). */
  eventsOn(day: DayKey): readonly PdkEvent[] {
    const [from, to] = this.indexed;
    const index = from <= day && day <= to ? this.index : grid.indexByDay(this.filtered, day, day);
    return index.get(day) ?? [];
  }
}
