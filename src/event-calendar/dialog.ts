/**
 * The detail dialog: a native modal `<dialog>` (Escape and the inert page
 * come from the browser; Tab wraps inside it), labelled by its heading. It shows one
 * event, or a day's events first when a day with several is opened. Focus
 * goes into it and, on close, back to whatever opened it.
 *
 * An event's content is a lazy chunk (load-event-detail.ts), imported once
 * the page is idle after the first render, or sooner when an event is pointed
 * at or focused. If an event is opened before it has arrived, the dialog
 * opens at once with the event's title and a loading line, and shows the
 * detail, with its styles, when it arrives.
 */
import {html, nothing, type ReactiveController, type ReactiveElement} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {DayKey, Feed, PdkEvent} from '../feed/types.js';
import {formatDay, formatEventWhen} from '../feed/format-when.js';
import {wrapTab} from '../shared/dialog-focus.js';
import {ScrollLock, keepModal} from '../shared/modal.js';
import {adoptMoreStyles} from '../theme/adopt-more-styles.js';
import {cancelledBadge, type ViewContext} from './labels.js';
import {eventDetail} from './load-event-detail.js';
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

type Host = ReactiveElement;

export class DetailDialog implements ReactiveController {
  /** What is shown; null when closed. */
  opened: Opened | null = null;
  /** The opened event's detail import, until it has settled and its render is requested; it never rejects. */
  loading: Promise<void> | undefined;
  private failed = false;
  private stylesAdopted = false;
  private focusTarget: string | null = null;
  private returnFocus: HTMLElement | null = null;
  private readonly scrollLock = new ScrollLock();

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
    if (opened.event) this.loadDetail();
    this.host.requestUpdate();
  }

  hostConnected() {
    this.host.shadowRoot?.addEventListener('pointerover', this.handleIntent);
    this.host.shadowRoot?.addEventListener('focusin', this.handleIntent);
    // Off the first render's path, but ready before most clicks: once the page is idle.
    eventDetail.prefetchWhenIdle(() => this.host.isConnected);
    if (keepModal(this.dialog)) this.scrollLock.lock();
  }

  hostDisconnected() {
    this.host.shadowRoot?.removeEventListener('pointerover', this.handleIntent);
    this.host.shadowRoot?.removeEventListener('focusin', this.handleIntent);
    this.scrollLock.unlock();
  }

  hostUpdate() {
    const detail = eventDetail.loaded;
    if (detail && this.opened?.event && !this.stylesAdopted) {
      this.stylesAdopted = true;
      adoptMoreStyles(this.host, detail.detailStyles);
    }
  }

  hostUpdated() {
    const dialog = this.dialog;
    if (!dialog && this.opened) {
      // Gone with the content it was in (a new src is loading): it closed without a close event.
      this.opened = null;
      this.returnFocus = null;
      this.scrollLock.unlock();
    }
    if (!dialog || !this.opened || this.focusTarget === null) return;
    const selector = this.focusTarget;
    this.focusTarget = null;
    // New content starts at its top: the scrollers are the same elements whatever they show,
    // and an event opened from far down a day's list would open scrolled down past its title.
    for (const scroller of [dialog, dialog.querySelector('.detail-body')]) scroller?.scrollTo(0, 0);
    // showModal focuses the first control; when the content changes inside an
    // open dialog, focus moves to the new heading so it is not lost with the old content.
    if (!dialog.open) {
      dialog.showModal();
      this.scrollLock.lock();
      return;
    }
    const target = dialog.querySelector<HTMLElement>(selector);
    if (target && !target.matches('button, a[href]')) target.tabIndex = -1;
    target?.focus();
  }

  render(ctx: DialogContext) {
    const {opened} = this;
    const {t} = ctx;
    return html`<dialog part="detail" class="modal detail-dialog" aria-labelledby=${opened ? DETAIL_HEADING_ID : nothing} @close=${this.handleClose}
      @keydown=${(e: KeyboardEvent) => wrapTab(e, e.currentTarget as Element, (this.host.renderRoot as ShadowRoot).activeElement)}
    >
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
            <div class="detail-body">${opened.event ? this.renderEvent(opened.event, ctx) : this.renderDay(opened.day!, ctx)}</div>`
        : nothing}
    </dialog>`;
  }

  private renderDay(day: DayKey, ctx: DialogContext) {
    const events = ctx.eventsOf(day);
    return html`<h2 id=${DETAIL_HEADING_ID}>${formatDay(day, ctx.localize.locale)}</h2>
      ${events.length
        ? html`<ul part="list" class="list-events">
            ${events.map((event) => renderListEvent(event, day, ctx, {interactive: true, timeOf: ctx.timeOf}))}
          </ul>`
        : // A script changed the filters while the day was open.
          html`<p part="empty" class="state empty" role="status">${ctx.t.emptyDay}</p>`}`;
  }

  private renderEvent(event: PdkEvent, ctx: DialogContext) {
    const {localize, t} = ctx;
    const detail = eventDetail.loaded;
    if (detail) return detail.renderEventDetail(event, {feed: ctx.feed, localize, headingId: DETAIL_HEADING_ID});
    // Until the detail arrives: its title (which labels the dialog) and a loading line, or, when
    // the import failed, the date and a retry.
    return html`<article class="detail" part="detail-content">
      <h2 id=${DETAIL_HEADING_ID} part="detail-title"><span class="title" dir="auto" lang=${ifDefined(localize.fallbackLang(event.title))}
          >${localize.text(event.title)}</span
        >${cancelledBadge(event, ctx)}</h2
      >
      ${this.failed
        ? html`<p part="detail-when">${formatEventWhen(event, localize.locale, ctx.feed.timezone)}</p>
            <p role="alert">${t.detailFailed}</p>
            <p>
              <button type="button" class="button small" part="retry-button" @click=${this.handleRetryClick}>${localize.shared.retry}</button>
            </p>`
        : html`<p role="status" aria-busy="true">${localize.shared.loading}</p>`}
    </article>`;
  }

  /** Imports the detail unless it is here; the host renders again when the import settles. */
  private loadDetail() {
    if (eventDetail.loaded || this.loading) return;
    this.failed = false;
    const loading = eventDetail
      .load()
      .then(
        () => undefined,
        () => {
          this.failed = true;
        },
      )
      .then(() => {
        this.loading = undefined;
        // The placeholder is replaced: focus inside it moves to the new heading.
        if (this.host.shadowRoot?.activeElement?.closest('[part~="detail-content"]')) this.focusTarget = `#${DETAIL_HEADING_ID}`;
        this.host.requestUpdate();
      });
    this.loading = loading;
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

  private readonly handleRetryClick = () => {
    // The button goes with the message; focus waits on the heading.
    this.focusTarget = `#${DETAIL_HEADING_ID}`;
    this.loadDetail();
    this.host.requestUpdate();
  };

  /** Pointing at or focusing an event (or a day cell holding one) starts the detail's import early. */
  private readonly handleIntent = (e: Event) => {
    if (eventDetail.loaded) return;
    const target = e.target as Element;
    const day = e.type === 'focusin' && target.matches('td[data-day]');
    if (!target.closest('[part~="event"]') && !(day && target.querySelector('[part~="event"]'))) return;
    // A failed prefetch is tried again when the event is opened.
    eventDetail.prefetch();
  };

  private readonly handleClose = () => {
    // A task late: the dialog may be open again (made modal again after a move).
    if (this.dialog?.open) return;
    this.scrollLock.unlock();
    this.opened = null;
    this.host.requestUpdate();
    const target = this.returnFocus?.isConnected ? this.returnFocus : this.fallbackFocus();
    this.returnFocus = null;
    target?.focus();
  };
}
