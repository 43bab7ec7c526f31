/**
 * What our two modal dialogs (the join form, the event detail) share beyond
 * the native `<dialog>`: the page behind them does not scroll, and a dialog
 * stays modal when its element is moved.
 */

/**
 * Keeps the page behind a modal from scrolling. Set through the CSSOM,
 * which a strict CSP allows (an inline `style` attribute would not be).
 */
export class ScrollLock {
  private saved: string | null = null;

  lock(): void {
    if (this.saved !== null) return;
    const style = document.documentElement.style;
    this.saved = style.overflow;
    style.overflow = 'hidden';
  }

  unlock(): void {
    if (this.saved === null) return;
    document.documentElement.style.overflow = this.saved;
    this.saved = null;
  }
}

/**
 * Makes an open dialog modal again after its element was moved (a theme
 * moving widgets between columns, a phone turned): taking a dialog out of
 * the document leaves it open but no longer modal, an inline box with the
 * page usable behind it. Its `close` event, a task later, finds it open:
 * close handlers must ignore a close event when the dialog is open.
 * Returns whether it was reopened.
 */
export function keepModal(dialog: HTMLDialogElement | null | undefined): boolean {
  if (!dialog?.open || dialog.matches(':modal')) return false;
  dialog.close();
  dialog.showModal();
  return true;
}
