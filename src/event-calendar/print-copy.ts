/**
 * The weeks of the calendar's print copy: a hidden list of the month's days
 * that prints instead of the grid (SPEC: the month prints as a list). A busy
 * month has hundreds of events, so the copy is rendered in a task of its own:
 * the first one in the next task (before `pdk-ready`, which waits for
 * `pending`), later ones once the page is idle, so turning the month stays
 * within a frame. A quiet month's first copy (most months: a few dozen
 * events) goes in with the grid instead: a task of its own would render the
 * whole calendar a second time before `pdk-ready`. Printing (`beforeprint`)
 * catches it up at once.
 *
 * Only the wide month view has a copy. A view without one (the list, the
 * narrow month) lets it go, so that coming back to the month makes it anew
 * once the page is idle rather than in the click's frame: a month of the
 * 5 MB feed holds about 1,000 events, 7,000 elements.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {nextTask} from '../shared/next-task.js';
import {idle} from '../shared/when-idle.js';
import type {MonthDay} from './month-grid.js';

type Weeks = MonthDay[][];

/** A month with at most this many events gets its first copy in the grid's own render. */
const QUIET_MONTH = 50;

const eventsIn = (weeks: Weeks) => weeks.flat().reduce((n, day) => n + (day.inMonth ? day.events.length : 0), 0);

export class PrintCopy implements ReactiveController {
  /** The weeks the copy shows; undefined while there is no copy. */
  weeks?: Weeks;
  /** After the first copy, later ones wait for an idle moment. */
  private madeOnce = false;
  /** Resolves once a catch-up that waits for an idle moment is done. */
  pending?: Promise<void>;

  /** `current`: the weeks to print now, undefined in a view without a copy; `renderNow`: renders the host at once (printing does not wait). */
  constructor(
    private readonly host: ReactiveElement,
    private readonly current: () => Weeks | undefined,
    private readonly renderNow: () => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    addEventListener('beforeprint', this.handleBeforePrint);
  }

  hostDisconnected() {
    removeEventListener('beforeprint', this.handleBeforePrint);
  }

  hostUpdate() {
    const current = this.current();
    if (this.madeOnce || !current || eventsIn(current) > QUIET_MONTH) return;
    this.madeOnce = true;
    this.weeks = current;
  }

  hostUpdated() {
    const current = this.current();
    if (!current) this.weeks = undefined;
    if (!current || this.weeks === current) return;
    this.pending ??= (this.madeOnce ? idle() : nextTask()).then(() => {
      this.pending = undefined;
      this.madeOnce = true;
      this.weeks = this.current();
      this.host.requestUpdate();
    });
  }

  private readonly handleBeforePrint = () => {
    const current = this.current();
    if (!current || this.weeks === current) return;
    this.weeks = current;
    this.host.requestUpdate();
    this.renderNow();
  };
}
