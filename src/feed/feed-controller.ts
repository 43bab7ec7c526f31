/**
 * Gives an element its feed: loading, error, ready (possibly stale) and a
 * retry, and fires SPEC's `pdk-ready` / `pdk-error` from the host (both when
 * a saved copy stands in for a failed feed: `pdk-error`, then `pdk-ready`).
 * Keeps focus inside the element when a load replaces what had it, and waits
 * for a late `<meta name="pdk-feed">` when there is no source yet.
 *
 * Built on @lit/task (has-a, not a mixin). The task's argument is one
 * primitive, the resolved URL, so it re-runs only when that changes
 * (an array or object literal would re-run on every update: lit/lit#3142).
 */
import type {ReactiveControllerHost, TemplateResult} from 'lit';
import {Task, TaskStatus} from '@lit/task';
import {FeedError} from './feed-error.js';
import {resolveFeedUrl, stopWaitingForFeedMeta, waitForFeedMeta} from './feed-source.js';
import {loadFeed, onFreshFeed, type FeedResult} from './load-feed.js';
import {emit} from '../shared/events.js';
import {nextTask} from '../shared/next-task.js';
import {tabbables} from '../shared/tabbables.js';

type Host = ReactiveControllerHost & HTMLElement;

/** How often a saved copy's age ("5 minut temu") is written again. */
const AGE_REFRESH_MS = 60_000;

export interface FeedRenderers {
  pending: () => TemplateResult;
  error: (error: FeedError) => TemplateResult;
  ready: (result: FeedResult) => TemplateResult;
}

/** Not a controller itself: the Task it holds registers with the host, beside a small one for connect and disconnect. */
export class FeedController {
  private reloadNext = false;
  private readonly task: Task<readonly [string], FeedResult>;
  /** Events for an outcome that arrived while the host was off the page: fired when it is back. */
  private unannounced?: () => void;
  /** Focus was inside the element when this load began (a retry button, a dialog): keep it inside. */
  private keepFocus = false;
  /** The URL of the latest load. */
  private url = '';
  private stopListening?: () => void;

  /**
   * `optional`: the element works without a feed (the join button), so having
   * no source is no failure: it is ready, and fires `pdk-ready` rather than
   * `pdk-error` (its renderer for the error gets a `no-source` error to skip).
   */
  constructor(
    private readonly host: Host,
    getSrc: () => string | null | undefined,
    {optional = false} = {},
  ) {
    this.task = new Task(host, {
      args: () => [resolveFeedUrl(getSrc())] as const,
      task: ([url], {signal}) => this.load(url, signal),
      onComplete: (result) =>
        this.afterRender(
          () => this.task.status === TaskStatus.COMPLETE && this.task.value === result,
          () => {
            // A saved copy standing in for the feed: the feed still failed, which a page's analytics want to know.
            if (result.stale) emit(this.host, 'pdk-error', {message: result.stale.error.message});
            emit(this.host, 'pdk-ready');
          },
        ),
      onError: (error) => {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        const {kind, message} = this.errorOf(error);
        this.afterRender(
          () => this.task.status === TaskStatus.ERROR && this.task.error === error,
          () => (optional && kind === 'no-source' ? emit(this.host, 'pdk-ready') : emit(this.host, 'pdk-error', {message})),
        );
      },
    });
    host.addController({
      hostConnected: () => {
        this.announceUnannounced();
        this.stopListening = this.listenForFreshData();
      },
      hostDisconnected: () => {
        stopWaitingForFeedMeta(host);
        this.stopListening?.();
      },
    });
  }

  /** The loaded feed, once there is one. */
  get value(): FeedResult | undefined {
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  get status(): TaskStatus {
    return this.task.status;
  }

  /** Whether the element shows an error or a saved copy, which fresh data would replace. */
  private get wantsFreshData(): boolean {
    return this.url !== '' && (this.task.status === TaskStatus.ERROR || Boolean(this.value?.stale));
  }

  /**
   * Fresh data replaces an error or a saved copy without a click: when
   * another element on the page loaded the same feed (its retry), and when
   * the browser is back online (a screen left open through an outage).
   * Meanwhile a saved copy's age is kept true: once a minute, and when the
   * page is shown again (a screen waking up; hidden tabs' timers are slowed).
   */
  private listenForFreshData(): () => void {
    const stopFresh = onFreshFeed((url) => {
      if (url === this.url && this.wantsFreshData) void this.task.run();
    });
    const online = () => this.wantsFreshData && this.retry();
    addEventListener('online', online);
    const refreshAge = () => this.value?.stale && this.host.requestUpdate();
    const ageTimer = setInterval(refreshAge, AGE_REFRESH_MS);
    document.addEventListener('visibilitychange', refreshAge);
    return () => {
      stopFresh();
      removeEventListener('online', online);
      clearInterval(ageTimer);
      document.removeEventListener('visibilitychange', refreshAge);
    };
  }

  /** Fetches again, skipping the shared cache (unless a request for the feed is already on its way). */
  retry(): void {
    this.reloadNext = true;
    void this.task.run();
  }

  render(renderers: FeedRenderers): TemplateResult {
    return this.task.render({
      initial: renderers.pending,
      pending: renderers.pending,
      complete: renderers.ready,
      error: (error) => renderers.error(this.errorOf(error)),
    }) as TemplateResult;
  }

  private async load(url: string, signal: AbortSignal): Promise<FeedResult> {
    this.url = url;
    if (!url) {
      waitForFeedMeta(this.host);
      throw new FeedError('no-source', 'No feed URL: set the src attribute or <meta name="pdk-feed" content="URL">.');
    }
    stopWaitingForFeedMeta(this.host);
    const reload = this.reloadNext;
    this.reloadNext = false;
    // The loading state is about to replace what has focus: it waits on the placeholder.
    this.keepFocus = Boolean(this.host.shadowRoot?.activeElement);
    if (this.keepFocus) void this.host.updateComplete.then(() => this.refocus('[part~="loading"]'));
    const result = await loadFeed(url, {signal, reload});
    // Elements sharing a feed get it at the same moment: each renders in a task of its own, not all in one.
    await nextTask();
    return result;
  }

  private errorOf(error: unknown): FeedError {
    return error instanceof FeedError ? error : new FeedError('network', String(error));
  }

  /**
   * Fires once the host has rendered the task's outcome, if it is still the
   * current one: a `src` changed meanwhile (a big list takes a while to fill
   * in) has its own events. A host off the page hears them when it is back:
   * the page listens on the element or the document, not on a detached node.
   */
  private afterRender(current: () => boolean, fire: () => void) {
    // The task calls onComplete / onError just before it asks the host to render
    // the result: read updateComplete a microtask later, once that update is pending.
    queueMicrotask(
      () =>
        void this.host.updateComplete.then(() => {
          if (!current()) return;
          this.refocus();
          this.keepFocus = false;
          if (this.host.isConnected) fire();
          else this.unannounced = () => current() && fire();
        }),
    );
  }

  /**
   * Puts focus back inside the element when what had it went with a render
   * (WCAG 2.4.3): on `selector` (the retry button by default), else the
   * first control. Leaves it alone if the visitor has moved it meanwhile.
   */
  private refocus(selector = '[part~="retry-button"]') {
    const root = this.host.shadowRoot;
    if (!this.keepFocus || !root) return;
    const active = root.activeElement;
    if (active && !active.matches('[part~="loading"]')) return;
    (root.querySelector<HTMLElement>(selector) ?? tabbables(root)[0])?.focus();
  }

  private announceUnannounced() {
    const fire = this.unannounced;
    this.unannounced = undefined;
    if (fire) void this.host.updateComplete.then(fire);
  }
}
