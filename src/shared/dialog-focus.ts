/**
 * Focus helpers for modal dialogs. A native modal `<dialog>` makes the page
 * inert, but Chromium lets Tab leave the last control for the browser's own
 * UI (focus then seems lost); Tab and Shift+Tab wrap inside it instead, as
 * the WAI-ARIA modal dialog pattern asks.
 */
import {tabbables} from './tabbables.js';

/** Wraps Tab from the last control to the first, and Shift+Tab from the first to the last. */
export function wrapTab(e: KeyboardEvent, root: Element, active: Element | null): void {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return;
  const items = tabbables(root);
  if (!items.length) return;
  const inside = active !== null && root.contains(active);
  const follows = (el: Element) => (active!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  if (e.shiftKey) {
    if (inside && items.some((el) => el !== active && !follows(el))) return;
    e.preventDefault();
    items[items.length - 1].focus();
  } else {
    if (inside && items.some(follows)) return;
    e.preventDefault();
    items[0].focus();
  }
}
