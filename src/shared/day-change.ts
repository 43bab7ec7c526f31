/**
 * Tells an element when the date changes in the feed's time zone, so a page
 * left open overnight (an information screen in a city office, a tab kept
 * for days) moves "today" and its upcoming counts on. A timer fires just
 * after the zone's midnight; a tab that was hidden (its timers throttled, or
 * the computer asleep) checks again when it is shown.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {addDays, startOfDay, todayKey} from '../feed/zoned-dates.js';

/** Milliseconds from `now` to the next midnight in `timeZone` (DST days included). */
export function msUntilNextDay(timeZone: string, now = Date.now()): number {
  return startOfDay(addDays(todayKey(timeZone, now), 1), timeZone) - now;
}

/**
 * Calls `onChange` when the date changes in `timeZone` (the feed's zone;
 * undefined while there is no feed: nothing to move on yet).
 */
export function onDayChange(host: ReactiveElement, timeZone: () => string | undefined, onChange: () => void): void {
  host.addController(new DayChangeController(timeZone, onChange));
}

class DayChangeController implements ReactiveController {
  private day = '';
  private timer?: ReturnType<typeof setTimeout>;
  /** An update can come after the host left the page (its feed arrived): a timer then would keep it alive for good. */
  private connected = false;

  constructor(
    private readonly timeZone: () => string | undefined,
    private readonly onChange: () => void,
  ) {}

  hostConnected() {
    this.connected = true;
    document.addEventListener('visibilitychange', this.check);
    this.schedule();
  }

  hostDisconnected() {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.check);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** After each update: the feed (and with it the zone) may have just arrived. */
  hostUpdated() {
    this.schedule();
  }

  /** Starts watching the zone's date, once there is a feed and unless it already does. */
  private schedule() {
    const zone = this.timeZone();
    if (!zone || !this.connected || this.timer !== undefined) return;
    this.day = todayKey(zone);
    // A second past midnight, so the new day has surely begun; a day is shorter than setTimeout's limit.
    this.timer = setTimeout(this.check, msUntilNextDay(zone) + 1000);
  }

  private readonly check = () => {
    const zone = this.timeZone();
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!zone) return;
    if (todayKey(zone) !== this.day) this.onChange();
    this.schedule();
  };
}
