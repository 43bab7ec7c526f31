/**
 * The detail dialog: a native modal `<dialog>` (focus trap, Escape and the
 * inert page come from the browser), labelled by its heading. It shows one
 * event, or a day's events first when a day with several is opened. Focus
 * goes into it and, on close, back to whatever opened it.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {DayKey, Feed, PdkEvent} from '../feed/types.js';
import {formatDay} from '../feed/format-when.js';
import {renderEventDetail} from './event-detail.js';
import type {ViewContext} from './labels.js';
import {renderListEvent} from './month-view.js';

export const DETAIL_HEADING_ID = 'detail-heading';

/** What the dialog shows: a day's list, an event, or an event reached from a day's list. */
export interface Opened {
  readonly day?: DayKey;
  readonly event?: PdkEvent;
}

export interface DialogContext extends ViewContext {
  readonly feed: Feed;
  readonly eventsOf: (day: DayKey) => readonly PdkEvent[];
  readonly timeOf: (event: PdkEvent, day: DayKey) => string;
}

type Host = ReactiveControllerHost & HTMLElement;

export class DetailDialog implements ReactiveController {
  /** What is shown; null when closed. */
  opened: Opened | null = null;
  private focusTarget: string | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly host: Host,
    /** Where focus goes on close when the control that opened the dialog is gone. */
    private readonly fallbackFocus: () => HTMLElement | null | undefined,
  ) {
    host.addController(this);
  }

  get isOpen(): boolean {
    return Boolean(this.dialog?.open);
  }

  /** Shows a day's list or an event; `origin` gets focus back on close. */
  show(opened: Opened, origin: HTMLElement | null) {
    if (!this.isOpen) this.returnFocus = origin;
    this.opened = opened;
    this.focusTarget = `#${DETAIL_HEADING_ID}`;
    this.host.requestUpdate();
  }

  hostUpdated() {
    const dialog = this.dialog;
    if (!dialog || !this.opened || this.focusTarget === null) return;
    const selector = this.focusTarget;
    this.focusTarget = null;
    // showModal focuses the first control; when the content changes inside an
    // open dialog, focus moves to the new heading so it is not lost with the old content.
    if (!dialog.open) return dialog.showModal();
    const target = dialog.querySelector<HTMLElement>(selector);
    if (target && !target.matches('button, a[href]')) target.tabIndex = -1;
    target?.focus();
  }

  render(ctx: DialogContext) {
    const {opened} = this;
    const {t} = ctx;
    return html`<dialog part="detail" class="detail-dialog" aria-labelledby=${opened ? DETAIL_HEADING_ID : nothing} @close=${this.handleClose}>
      ${opened
        ? html`<div class="detail-bar">
              ${opened.event && opened.day
                ? html`<button type="button" class="button small" part="back-button" @click=${this.handleBackClick}>
                    <span aria-hidden="true">‹</span> ${t.backToDay}
                  </button>`
                : nothing}
              <button type="button" class="button small" part="close-button" @click=${() => this.dialog?.close()}>
                <span aria-hidden="true">✕</span> ${t.close}
              </button>
            </div>
            ${opened.event
              ? renderEventDetail(opened.event, {feed: ctx.feed, localize: ctx.localize, headingId: DETAIL_HEADING_ID})
              : html`<h2 id=${DETAIL_HEADING_ID}>${formatDay(opened.day!, ctx.localize.lang)}</h2>
                  <ul class="list-events">
                    ${ctx.eventsOf(opened.day!).map((event) => renderListEvent(event, opened.day!, ctx, {interactive: true, timeOf: ctx.timeOf}))}
                  </ul>`}`
        : nothing}
    </dialog>`;
  }

  private get dialog() {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog[part~="detail"]') ?? null;
  }

  private readonly handleBackClick = () => {
    const id = this.opened?.event?.id ?? '';
    this.opened = {day: this.opened?.day};
    this.focusTarget = `[data-event="${CSS.escape(id)}"]`;
    this.host.requestUpdate();
  };

  private readonly handleClose = () => {
    this.opened = null;
    this.host.requestUpdate();
    const target = this.returnFocus?.isConnected ? this.returnFocus : this.fallbackFocus();
    this.returnFocus = null;
    target?.focus();
  };
}
