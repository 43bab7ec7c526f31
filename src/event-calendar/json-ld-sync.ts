/**
 * Keeps the calendar's JSON-LD (json-ld.ts) in step with the events it shows.
 * The first render writes it at once, so `pdk-ready` finds it. Later changes
 * (a month turned, a filter) write it once the page is idle: hundreds of
 * events would not fit the frame. It leaves the page with the element and
 * is written again when the element comes back.
 */
import type {ReactiveController, ReactiveElement} from 'lit';
import type {Feed, Lang, PdkEvent} from '../feed/types.js';
import {idle} from '../shared/when-idle.js';
import {removeJsonLd, syncJsonLd} from './json-ld.js';

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

  constructor(
    private readonly host: ReactiveElement,
    private readonly source: () => JsonLdSource,
  ) {
    host.addController(this);
  }

  hostConnected() {
    if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostDisconnected() {
    this.remove();
  }

  hostUpdated() {
    const {feed, shown, lang} = this.source();
    if (!feed) {
      if (this.written) this.remove();
    } else if (this.written?.events !== shown || this.written.lang !== lang) {
      if (this.written) this.pending ??= idle().then(() => this.write());
      else this.write();
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
