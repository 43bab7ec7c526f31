/**
 * Keeps the calendar's JSON-LD (json-ld.ts) in step with the events it shows,
 * in a task of its own, as hundreds of events would not fit the render's: the
 * first write in the next task (before `pdk-ready`, which waits for
 * `pending`), later ones (a month turned, a filter) once the page is idle. A
 * first write of a few events is made at once, after the render: a task
 * would only hold `pdk-ready` back. It leaves the page with the element and
 * is written again when it comes back.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import type {Feed, Lang, PdkEvent} from '../feed/types.js';
import {nextTask} from '../shared/next-task.js';
import {idle} from '../shared/when-idle.js';
import {hasJsonLd, removeJsonLd, syncJsonLd} from './json-ld.js';

/** A first write of at most this many events is made after the render at once, not in a task of its own. */
const WRITE_AT_ONCE = 50;

/** What the JSON-LD is made of: the feed (none while loading or failed), the events shown, the language. */
export interface JsonLdSource {
  readonly feed?: Feed;
  readonly shown: readonly PdkEvent[];
  readonly lang: Lang;
}

export class JsonLdSync implements ReactiveController {
  /** Resolves once a write that waits for an idle moment is done. */
  pending?: Promise<void>;
  /** What was written last, or undefined when nothing is. */
  private written?: {events: readonly PdkEvent[]; lang: Lang};
  /**
   * A framework that renders the element's children (React or Vue setting
   * its text) takes the script away with them: it is written again.
   */
  private readonly childrenWatch = new MutationObserver(() => {
    if (!this.written?.events.length || hasJsonLd(this.host)) return;
    this.written = undefined;
    this.pending ??= idle().then(() => this.write());
  });

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: () => JsonLdSource,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.childrenWatch.observe(this.host, {childList: true});
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected() {
    this.childrenWatch.disconnect();
    this.remove();
  }

  hostUpdated() {
    const {feed, shown, lang} = this.source();
    if (!feed) {
      if (this.written) this.remove();
    } else if (!this.written && !this.pending && shown.length <= WRITE_AT_ONCE) {
      this.write();
    } else if (this.written?.events !== shown || this.written.lang !== lang) {
      this.pending ??= (this.written ? idle() : nextTask()).then(() => this.write());
    }
  }

  /** Writes what is shown now (it may have moved on since the write was scheduled). */
  private write() {
    this.pending = undefined;
    const {feed, shown, lang} = this.source();
    if (!feed || !this.host.isConnected) return;
    syncJsonLd(this.host, shown, feed, lang);
    this.written = {events: shown, lang};
  }

  private remove() {
    removeJsonLd(this.host);
    this.written = undefined;
  }
}
