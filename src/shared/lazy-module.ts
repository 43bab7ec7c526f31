/**
 * A module kept off the first render's path (the join form, the event
 * detail). One import per page serves every element; a failed one is
 * forgotten, so the next attempt imports again.
 *
 * Browsers remember a module that failed to load for the life of the page
 * (HTML's module map; whatwg/html#6768), so importing the same URL again
 * fails at once, even back online. When the error names the module's URL
 * (Chromium and Firefox do), the next attempt imports that URL with a
 * `retry` query instead: a new entry in the module map, fetched anew.
 */
import {whenIdle} from './when-idle.js';

/** How long after the first render a prefetch waits for the page to be idle, at most. */
const PREFETCH_WITHIN_MS = 1000;

/**
 * How long a caller waits for a chunk before it is told the load failed. A
 * request can hang for minutes on a bad mobile connection; the visitor gets
 * the element's error and retry meanwhile. The request itself goes on: a
 * retry joins it, and a module that arrives late is kept.
 */
export const LOAD_TIMEOUT_MS = 15_000;

/** The URL in "Failed to fetch dynamically imported module: https://…/chunk.js" (Chromium; Firefox words it alike). */
const FAILED_MODULE_URL = /(?:https?|file):\/\/\S+\.m?js\b(?:\?\S*)?/;

/** Imports a URL the bundlers must leave alone (it only exists at run time). */
const importUrl = (url: string): Promise<unknown> => import(/* @vite-ignore */ /* webpackIgnore: true */ url);

export class LazyModule<M> {
  private pending?: Promise<M>;
  private module?: M;
  /** The URL of the module that failed, and how many times. */
  private failed?: {url: string; times: number};

  constructor(
    private readonly importer: () => Promise<M>,
    private readonly importFresh: (url: string) => Promise<unknown> = importUrl,
    /** See LOAD_TIMEOUT_MS; tests shorten it. */
    public timeoutMs = LOAD_TIMEOUT_MS,
  ) {}

  /** The module, once it has arrived. */
  get loaded(): M | undefined {
    return this.module;
  }

  /** Starts the import, or joins the one under way; rejects if it has not arrived within `timeoutMs`. */
  load(): Promise<M> {
    this.pending ??= this.start();
    return this.module ? this.pending : withTimeout(this.pending, this.timeoutMs);
  }

  private start(): Promise<M> {
    const failed = this.failed;
    const attempt = failed ? (this.importFresh(`${failed.url}${failed.url.includes('?') ? '&' : '?'}retry=${failed.times}`) as Promise<M>) : this.importer();
    // An import forgotten in the meantime (`forget`) leaves the state alone when it settles.
    const current: Promise<M> = attempt.then(
      (module) => {
        if (this.pending === current) this.module = module;
        return module;
      },
      (error: unknown) => {
        if (this.pending === current) {
          this.pending = undefined;
          const url = failed?.url ?? FAILED_MODULE_URL.exec(String((error as Error | undefined)?.message ?? error))?.[0];
          if (url) this.failed = {url, times: (failed?.times ?? 0) + 1};
        }
        throw error;
      },
    );
    return current;
  }

  /** Starts the import without waiting for it; a failure is left for the next `load` to meet. */
  prefetch(): void {
    this.pending ??= this.start();
    this.pending.catch(() => undefined);
  }

  /** Prefetches once the page is idle, if `wanted()` still holds then (the element is still on the page). */
  prefetchWhenIdle(wanted: () => boolean): void {
    whenIdle(() => wanted() && this.prefetch(), PREFETCH_WITHIN_MS);
  }

  /** Forgets what was imported: the next `load` imports again. For tests. */
  forget(): void {
    this.pending = undefined;
    this.module = undefined;
    this.failed = undefined;
  }
}

/** `promise`, or a rejection once `ms` have passed without it settling. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`A part of pdk-widgets did not arrive within ${ms / 1000} s.`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
