/**
 * The weeks of the calendar's print copy: a hidden list of the month's days
 * that prints instead of the grid (SPEC: the month prints as a list). A busy
 * month has hundreds of events, so the copy follows a month change once the
 * page is idle, and turning the month stays within a frame; the first render
 * has it at once, and printing (`beforeprint`) catches it up at once.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import {idle} from '../shared/when-idle.js';
import type {MonthDay} from './month-grid.js';

type Weeks = MonthDay[][];

export class PrintCopy implements ReactiveController {
  /** The weeks the copy shows; undefined before the first month is known. */
  weeks?: Weeks;
  /** Resolves once a catch-up that waits for an idle moment is done. */
  pending?: Promise<void>;

  /** `current`: the weeks shown now; `renderNow`: renders the host at once (printing does not wait). */
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

  /** Runs after the host's willUpdate, which sets the weeks shown. */
  hostUpdate() {
    this.weeks ??= this.current();
  }

  hostUpdated() {
    if (!this.weeks || this.weeks === this.current()) return;
    this.pending ??= idle().then(() => {
      this.pending = undefined;
      this.weeks = this.current();
      this.host.requestUpdate();
    });
  }

  private readonly handleBeforePrint = () => {
    if (!this.weeks || this.weeks === this.current()) return;
    this.weeks = this.current();
    this.host.requestUpdate();
    this.renderNow();
  };
}
