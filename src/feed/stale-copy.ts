/**
 * The last good copy of each feed, kept in localStorage so a failed load can
 * still show something (marked stale, with its age). Storage can be missing,
 * full or forbidden (sandboxed iframes, private modes): every access is
 * best-effort and never throws.
 */
import {whenIdle} from '../shared/when-idle.js';

const KEY_PREFIX = 'pdk-widgets:feed:';

export interface StaleCopy {
  readonly text: string;
  /** When the copy was fetched, ms since the epoch. */
  readonly savedAt: number;
}

export function saveCopy(url: string, text: string, now = Date.now()): void {
  try {
    localStorage.setItem(KEY_PREFIX + url, JSON.stringify({savedAt: now, text}));
  } catch {
    // Quota exceeded or storage disabled: the feed still renders, only without a fallback.
  }
}

/** Copies waiting for an idle moment: storing a 5 MB feed takes tens of ms, which first render should not wait for. */
const pending = new Map<string, StaleCopy>();

/**
 * Saves the copy once the page is idle, or as the visitor leaves, whichever
 * comes first (a visit can end before the page is ever idle); until then
 * `readCopy` already returns it.
 */
export function saveCopySoon(url: string, text: string, now = Date.now()): void {
  if (!pending.size) {
    whenIdle(flush, 2000);
    addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
  }
  pending.set(url, {text, savedAt: now});
}

/** @internal Drops copies not yet saved; for tests, which empty the storage between them. */
export function forgetUnsavedCopies(): void {
  pending.clear();
}

function flush() {
  removeEventListener('pagehide', flush);
  document.removeEventListener('visibilitychange', flush);
  for (const [url, copy] of pending) saveCopy(url, copy.text, copy.savedAt);
  pending.clear();
}

export function readCopy(url: string): StaleCopy | null {
  const unsaved = pending.get(url);
  if (unsaved) return unsaved;
  try {
    const raw = localStorage.getItem(KEY_PREFIX + url);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<StaleCopy>;
    return typeof copy.text === 'string' && typeof copy.savedAt === 'number' ? (copy as StaleCopy) : null;
  } catch {
    return null;
  }
}
