/**
 * A module kept off the first render's path (the join form, the event
 * detail). One import per page serves every element; a failed one is
 * forgotten, so the next attempt imports again.
 */
import {whenIdle} from './when-idle.js';

/** How long after the first render a prefetch waits for the page to be idle, at most. */
const PREFETCH_WITHIN_MS = 1000;

export class LazyModule<M> {
  private pending?: Promise<M>;
  private module?: M;

  constructor(private readonly importer: () => Promise<M>) {}

  /** The module, once it has arrived. */
  get loaded(): M | undefined {
    return this.module;
  }

  /** Starts the import, or joins the one under way. */
  load(): Promise<M> {
    if (this.pending) return this.pending;
    // An import forgotten in the meantime (`forget`) leaves the state alone when it settles.
    const current: Promise<M> = this.importer().then(
      (module) => {
        if (this.pending === current) this.module = module;
        return module;
      },
      (error: unknown) => {
        if (this.pending === current) this.pending = undefined;
        throw error;
      },
    );
    this.pending = current;
    return current;
  }

  /** Starts the import without waiting for it; a failure is left for the next `load` to meet. */
  prefetch(): void {
    this.load().catch(() => undefined);
  }

  /** Prefetches once the page is idle, if `wanted()` still holds then (the element is still on the page). */
  prefetchWhenIdle(wanted: () => boolean): void {
    whenIdle(() => wanted() && this.prefetch(), PREFETCH_WITHIN_MS);
  }

  /** Forgets what was imported: the next `load` imports again. For tests. */
  forget(): void {
    this.pending = undefined;
    this.module = undefined;
  }
}
