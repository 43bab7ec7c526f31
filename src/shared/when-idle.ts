/**
 * Runs work that can wait (a saved copy, JSON-LD for search engines, the
 * print copy) after the current frame is painted, when the page is idle, or
 * after `timeoutMs` at the latest — also in a background tab, which gets no
 * frames. Safari has no requestIdleCallback: a short timer stands in.
 */
export function whenIdle(callback: () => void, timeoutMs = 200): void {
  if ('requestIdleCallback' in globalThis) requestIdleCallback(callback, {timeout: timeoutMs});
  else setTimeout(callback, Math.min(timeoutMs, 50));
}

/** `whenIdle` as a promise. */
export const idle = (timeoutMs?: number): Promise<void> => new Promise((resolve) => whenIdle(resolve, timeoutMs));
