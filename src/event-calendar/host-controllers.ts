/** Two small controllers the calendar needs from its page: its own width, and partner selections elsewhere. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {PdkIdDetail} from '../shared/events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Whether the host is narrower than `thresholdEm` of its own font size, from a
 * ResizeObserver: the element renders different DOM (a list, not a grid) for
 * screen readers too, which a CSS container query alone cannot do. In em, so
 * that larger text (browser zoom settings, a 200% text size) switches to the
 * list sooner, as an em container query would.
 */
export class NarrowController implements ReactiveController {
  narrow = false;
  /** Whether a width has been seen: until then `narrow` is a guess. */
  private measured = false;
  private readonly observer = new ResizeObserver((entries) => {
    const width = entries[entries.length - 1].contentRect.width;
    // Next frame: switching layouts inside the callback can add a page scrollbar,
    // which the browser reports as "ResizeObserver loop completed with undelivered notifications".
    if (width > 0) requestAnimationFrame(() => this.set(this.isNarrow(width)));
  });

  constructor(
    private readonly host: Host,
    private readonly thresholdEm: number,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.observer.observe(this.host);
  }

  hostDisconnected() {
    this.observer.disconnect();
  }

  /**
   * Measures now, if no width has been seen yet: for the host's first render
   * of its data, so that `pdk-ready` and the first painted frame already have
   * the right layout (the observer reports a frame later). Call it while the
   * host updates; it costs one layout, once.
   */
  measureOnce(): void {
    if (this.measured) return;
    const width = this.host.getBoundingClientRect().width;
    if (width > 0) {
      this.measured = true;
      this.narrow = this.isNarrow(width);
    }
  }

  private isNarrow(width: number) {
    return width < this.thresholdEm * parseFloat(getComputedStyle(this.host).fontSize);
  }

  private set(narrow: boolean) {
    this.measured = true;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  }
}

/**
 * Listens on `document` for `pdk-partner-select` while the host is connected
 * and `enabled()`. The choice is made elsewhere on the page, maybe a long
 * partner list away: a calendar out of sight scrolls into view, or the click
 * would seem to do nothing. Focus stays where the visitor is; the calendar's
 * count, a live region, says what changed.
 */
export class PartnerFollower implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly enabled: () => boolean,
    private readonly onSelect: (id: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.sync();
  }

  hostDisconnected() {
    document.removeEventListener('pdk-partner-select', this.handleSelect);
  }

  /** Call when `enabled()` may have changed. */
  sync() {
    document.removeEventListener('pdk-partner-select', this.handleSelect);
    if (this.enabled() && this.host.isConnected) document.addEventListener('pdk-partner-select', this.handleSelect);
  }

  private readonly handleSelect = (e: CustomEvent<PdkIdDetail>) => {
    if (!e.detail?.id) return;
    this.onSelect(e.detail.id);
    const {top, height} = this.host.getBoundingClientRect();
    // A hidden calendar (no height) has nothing to show.
    if (height && (top < 0 || top > innerHeight * 0.75)) {
      const instant = matchMedia('(prefers-reduced-motion: reduce)').matches;
      this.host.scrollIntoView({block: 'start', behavior: instant ? 'auto' : 'smooth'});
    }
  };
}
