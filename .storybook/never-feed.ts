/**
 * The loading state needs a feed that never answers, and stories must not
 * depend on a network: any fetch of a path ending in `/__never__/feed.json`
 * (stories/feeds.ts: NEVER_FEED, hangingFeedUrl()) gets a promise that never
 * settles, except that it rejects when the caller's AbortSignal aborts, as a
 * real fetch does. The feed layer's own 10-second timeout therefore still
 * ends in the error state, exactly as on a dead server. Every other request
 * goes to the real fetch untouched.
 */
const NEVER_PATH = '/__never__/feed.json';

/** True for a feed URL that never answers (resolved against `base`). */
export function isNeverFeed(url: string, base: string = document.baseURI): boolean {
  try {
    return new URL(url, base).pathname.endsWith(NEVER_PATH);
  } catch {
    return false;
  }
}

export function installNeverFeed(win: Window & typeof globalThis = window): void {
  const realFetch = win.fetch.bind(win);
  win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!isNeverFeed(url, win.document.baseURI)) return realFetch(input, init);
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    return new Promise<Response>((_, reject) => {
      if (signal?.aborted) reject(signal.reason);
      signal?.addEventListener('abort', () => reject(signal.reason), {once: true});
    });
  };
}

/**
 * Feeds made in the browser (blob: URLs) are new on every page load; the feed
 * layer keeps a last good copy of each in localStorage, so drop those copies
 * at start-up before they fill the origin's quota.
 */
export function dropBlobFeedCopies(storage: Storage = localStorage): void {
  try {
    for (const key of Object.keys(storage)) if (key.startsWith('pdk-widgets:feed:blob:')) storage.removeItem(key);
  } catch {
    // Storage disabled: nothing was saved either.
  }
}
