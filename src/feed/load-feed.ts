/**
 * Fetches, parses and validates a feed. Every element on a page that names
 * the same resolved URL shares one request: the promise is kept per URL.
 * Validation gives the main thread back now and then (SPEC: a 5 MB feed
 * "stays responsive").
 */
import type {Feed, FeedIssue} from './types.js';
import {FeedError} from './feed-error.js';
import {forgetUnsavedCopies, readCopy, saveCopySoon} from './stale-copy.js';
import {nextTask} from '../shared/next-task.js';
import {formatIssues, validateFeedInSlices} from './validate.js';
import {prepareDefaultZone} from './zoned-dates.js';

export const DEFAULT_TIMEOUT_MS = 10_000;

export interface FeedResult {
  readonly url: string;
  readonly feed: Feed;
  readonly issues: readonly FeedIssue[];
  /** Set when the network failed and this is the last good copy; `error` says why. */
  readonly stale?: {readonly savedAt: number; readonly error: FeedError};
}

export interface LoadOptions {
  /** Aborts this caller's wait only; the shared request goes on for the others. */
  signal?: AbortSignal;
  /** Drop any cached result and fetch again (a retry). */
  reload?: boolean;
  timeoutMs?: number;
}

const requests = new Map<string, Promise<FeedResult>>();
/** Requests still on their way: a retry joins one instead of starting another (SPEC: one request). */
const inFlight = new WeakSet<Promise<FeedResult>>();
/** Told when a feed arrives fresh (not a saved copy): elements still showing an error or a copy take it. */
const freshListeners = new Set<(url: string) => void>();

/** Calls `listener` with the URL of every feed that arrives fresh; returns the unsubscribe. */
export function onFreshFeed(listener: (url: string) => void): () => void {
  freshListeners.add(listener);
  return () => freshListeners.delete(listener);
}

/**
 * Feed texts on their way or just arrived, by URL, shared by every copy of
 * this library on the page: two bundles (a per-element file and the
 * all-in-one file) or two versions each have their own `requests`, and this
 * keeps them to one request (SPEC). Only the text is shared, so each copy
 * reads it with its own validator; the map's shape is a promise between
 * versions. A text is kept a while after it arrives, as another copy's
 * script may run a little later; after that, a second request costs less
 * than keeping a big feed's text in memory for the page's life.
 */
const SHARED_TEXTS = Symbol.for('pdk-widgets.feed-texts');
const SHARE_MS = 10_000;

function sharedTexts(): Map<string, Promise<string>> {
  const page = globalThis as {[SHARED_TEXTS]?: Map<string, Promise<string>>};
  return (page[SHARED_TEXTS] ??= new Map());
}

/**
 * @internal Forgets every shared request and unsaved copy; for tests, whose pages outlive each test.
 */
export function resetFeedCache(): void {
  requests.clear();
  sharedTexts().clear();
  forgetUnsavedCopies();
}

export function loadFeed(url: string, options: LoadOptions = {}): Promise<FeedResult> {
  let request = requests.get(url);
  // A retry fetches again, unless a request is already on its way (another element's retry).
  if (options.reload && request && !inFlight.has(request)) request = undefined;
  if (!request) {
    const started = fetchAndValidate(url, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.reload ?? false);
    request = started;
    requests.set(url, started);
    inFlight.add(started);
    started.then(
      (result) => {
        inFlight.delete(started);
        // A stale copy standing in for the feed must not stick: the next load tries again.
        if (result.stale) evict(url, started);
        else for (const listener of [...freshListeners]) listener(url);
      },
      () => {
        inFlight.delete(started);
        evict(url, started);
      },
    );
  }
  return options.signal ? raceAbort(request, options.signal) : request;
}

function evict(url: string, request: Promise<FeedResult>) {
  if (requests.get(url) === request) requests.delete(url);
}

async function fetchAndValidate(url: string, timeoutMs: number, reload: boolean): Promise<FeedResult> {
  let text: string;
  try {
    text = await sharedFetchText(url, timeoutMs, reload);
  } catch (error) {
    const feedError = toFeedError(error, url);
    const copy = readCopy(url);
    if (copy) {
      try {
        return {...(await parse(url, copy.text)), stale: {savedAt: copy.savedAt, error: feedError}};
      } catch {
        // A stored copy that no longer validates is no fallback.
      }
    }
    throw feedError;
  }
  const result = await parse(url, text).catch((error: unknown) => {
    // A broken feed is not shared either: the next load, here or in another copy, fetches again.
    sharedTexts().delete(url);
    throw error;
  });
  if (result.issues.length) {
    console.warn(
      `pdk-widgets: the feed ${url} has ${result.issues.length} ${result.issues.length === 1 ? 'problem' : 'problems'}; the entries named were skipped or changed:\n${formatIssues(result.issues)}`,
    );
  }
  saveCopySoon(url, text);
  return result;
}

/** The feed's text, from another copy's request when one is on its way or just arrived. */
function sharedFetchText(url: string, timeoutMs: number, reload: boolean): Promise<string> {
  const shared = sharedTexts();
  let text = reload ? undefined : shared.get(url);
  if (!text) {
    const request = (text = fetchText(url, timeoutMs));
    shared.set(url, request);
    const forget = () => shared.get(url) === request && shared.delete(url);
    request.then(() => setTimeout(forget, SHARE_MS), forget);
  }
  return text;
}

/**
 * The feed's text. The timeout is for a server that does not answer, or
 * stops sending: it runs until the response starts, and again from each
 * piece of the body. A big feed arriving steadily over a slow phone
 * connection takes as long as it takes (a timeout on the whole download
 * would cut it off, and every retry would start it again from nothing).
 */
async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restartTimer = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new DOMException(`No answer within ${timeoutMs} ms`, 'TimeoutError')), timeoutMs);
  };
  restartTimer();
  try {
    const request = fetch(url, {signal: controller.signal, headers: {Accept: 'application/json'}});
    prepareDefaultZone();
    const response = await request;
    if (!response.ok) {
      throw new FeedError('http', `The feed ${url} answered HTTP ${response.status}.`, response.status);
    }
    // A copy of the body only tells when pieces arrive; the text comes from response.text(), which
    // decodes as the pieces arrive (reading and decoding them here made a 5 MB feed's longest task
    // half as long again).
    if (response.body) void onEachPiece(response.clone().body!, restartTimer);
    return await response.text();
  } catch (error) {
    // A body cut off by the timeout may fail with a plain network error: the timeout is the reason.
    controller.signal.throwIfAborted();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function onEachPiece(body: ReadableStream<Uint8Array>, callback: () => void) {
  const reader = body.getReader();
  try {
    while (!(await reader.read()).done) callback();
  } catch {
    // The request failed or was aborted: response.text() says so.
  }
}

async function parse(url: string, text: string): Promise<Omit<FeedResult, 'stale'>> {
  const startedAt = performance.now();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new FeedError('parse', `The feed ${url} is not valid JSON.`);
  }
  return {url, ...(await validateFeedInSlices(json, url, nextTask, undefined, startedAt))};
}

function toFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return new FeedError('timeout', `The feed ${url} did not answer in time.`);
  }
  return new FeedError('network', `The feed ${url} could not be fetched (network error or missing CORS header).`);
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
