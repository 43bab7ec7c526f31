/**
 * The last good copy of each feed, kept in localStorage so a failed load can
 * still show something (marked stale, with its age). Storage can be missing,
 * full or forbidden (sandboxed iframes, private modes): every access is
 * best-effort and never throws.
 */
import {whenIdle} from '../shared/when-idle.js';

const KEY_PREFIX = 'pdk-widgets:feed:';
/**
 * The host page's localStorage is its own (about 5 million characters per
 * site in Chromium), and we are guests there: a copy longer than this is
 * not kept (a realistic feed is a few hundred thousand), and at most
 * `MAX_COPIES` are, the newest, so that a feed URL that changes (a `?v=…`)
 * does not pile them up.
 */
const MAX_COPY_CHARS = 1_000_000;
const MAX_COPIES = 2;

export interface StaleCopy {
  readonly text: string;
  /** When the copy was fetched, ms since the epoch. */
  readonly savedAt: number;
}

export function saveCopy(url: string, text: string, now = Date.now()): void {
  if (text.length > MAX_COPY_CHARS) return;
  try {
    const key = KEY_PREFIX + url;
    dropOldCopies(key);
    // savedAt first: dropOldCopies reads it from the start of the value.
    localStorage.setItem(key, JSON.stringify({savedAt: now, text}));
  } catch {
    // Quota exceeded or storage disabled: the feed still renders, only without a fallback.
  }
}

/** Leaves room for `key`: of the other copies, only the newest `MAX_COPIES - 1` stay. */
function dropOldCopies(key: string) {
  const otherKeys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const other = localStorage.key(i);
    if (other?.startsWith(KEY_PREFIX) && other !== key) otherKeys.push(other);
  }
  // Their ages are read only when one must go: each read is a whole copy, up to a million characters.
  if (otherKeys.length < MAX_COPIES) return;
  const others = otherKeys.map((other) => ({key: other, savedAt: Number(/^\{"savedAt":(\d+)/.exec(localStorage.getItem(other) ?? '')?.[1] ?? 0)}));
  others.sort((a, b) => b.savedAt - a.savedAt);
  for (const old of others.slice(MAX_COPIES - 1)) localStorage.removeItem(old.key);
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
    // Any script on the page can write our keys: an age from ±1e999 (±Infinity) would throw when shown.
    return typeof copy.text === 'string' && Number.isFinite(copy.savedAt) ? (copy as StaleCopy) : null;
  } catch {
    return null;
  }
}
