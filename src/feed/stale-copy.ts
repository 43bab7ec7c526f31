/**
 * The last good copy of each feed, kept in localStorage so a failed load can
 * still show something (marked stale, with its age). Storage can be missing,
 * full or forbidden (sandboxed iframes, private modes): every access is
 * best-effort and never throws.
 */
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

export function readCopy(url: string): StaleCopy | null {
  try {
    const raw = localStorage.getItem(KEY_PREFIX + url);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<StaleCopy>;
    return typeof copy.text === 'string' && typeof copy.savedAt === 'number' ? (copy as StaleCopy) : null;
  } catch {
    return null;
  }
}
