/**
 * The month as a list (narrow containers: phones) in the page a page at a
 * time, as the list view is (list.ts). A busy month of a big feed lists a
 * thousand events; all at once took seconds on a phone to show, to turn the
 * month, and to open an event over (the browser makes each of them inert).
 * The page holds whole days, from the first, until it has `MONTH_LIST_PAGE`
 * listings (an event of a few days is listed under each); "show more" adds
 * a page. Another month starts at one page again.
 */
import {monthAsList, type DayGroup} from './month-view.js';
import type {MonthDay, MonthKey} from './month-grid.js';

/**
 * Half the list view's page: a phone shows about eight events at a time, and
 * turning a month of the 5 MB feed took 430-500 ms at 4x CPU throttling with
 * 100. The partnership's usual months (a few dozen events) fit whole.
 */
const MONTH_LIST_PAGE = 50;

export interface MonthListPage {
  /** The days in the page. */
  readonly days: readonly DayGroup[];
  /** Listings in the page, and in the whole month. */
  readonly inPage: number;
  readonly total: number;
  /** Whether "show more" was used in this month (the count is then announced). */
  readonly widened: boolean;
}

export class MonthListPages {
  private month: MonthKey = '';
  private size = MONTH_LIST_PAGE;
  private last?: {weeks: readonly (readonly MonthDay[])[]; size: number; page: MonthListPage};

  /** The page of `month`, whose weeks are `weeks`; the same object until either or the page's size changes. */
  page(month: MonthKey, weeks: readonly (readonly MonthDay[])[]): MonthListPage {
    if (month !== this.month) {
      this.month = month;
      this.size = MONTH_LIST_PAGE;
    }
    if (this.last?.weeks !== weeks || this.last.size !== this.size) {
      const all = monthAsList(weeks);
      let inPage = 0;
      let count = 0;
      while (count < all.length && inPage < this.size) inPage += all[count++].events.length;
      const total = all.reduce((sum, day) => sum + day.events.length, 0);
      this.last = {weeks, size: this.size, page: {days: all.slice(0, count), inPage, total, widened: this.size > MONTH_LIST_PAGE}};
    }
    return this.last.page;
  }

  /** A page more; returns the index of the first day it adds. */
  widen(): number {
    const firstAdded = this.last?.page.days.length ?? 0;
    this.size += MONTH_LIST_PAGE;
    return firstAdded;
  }
}
