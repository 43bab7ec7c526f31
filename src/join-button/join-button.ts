import {html} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {LocalizeController} from '../i18n/localize.js';
import {LocalizedElement} from '../i18n/localized-element.js';
import {VERSION} from '../shared/define.js';
import {ScrollLock, keepModal} from '../shared/modal.js';
import {renderError} from '../shared/states.js';
import {adoptMoreStyles} from '../theme/adopt-more-styles.js';
import {baseStyles} from '../theme/base.styles.js';
import {modalStyles} from '../theme/modal.styles.js';
import {wrapTab} from '../shared/dialog-focus.js';
import type {JoinFormPanel} from './join-form-panel.js';
import {joinEmail, mailtoAddress} from './join-email.js';
import {joinForm} from './load-join-form.js';
import {shellMessages, type ShellMessages} from './shell-messages.js';
import {styles} from './join-button.styles.js';

/** Content that makes the element's children fallback rather than the button's label. */
const INTERACTIVE = 'a[href], button, input, select, textarea, iframe, details, [tabindex]';

/**
 * A button that opens an accessible join form in a modal dialog; the form is POSTed as JSON to an endpoint, or e-mailed.
 * The form's code loads after the first render, once the page is idle, or sooner when a visitor is about to open
 * the dialog (pointer over, focus or touch on the button).
 *
 * @fires {CustomEvent<JoinData>} pdk-join-submit - Before sending; cancelable. `detail` is the form data (`JoinData`, the JSON that is POSTed). Call `preventDefault()` to send it yourself: the dialog then stays open as it is.
 * @fires {CustomEvent<JoinData>} pdk-join-success - The endpoint accepted the application (2xx). `detail` is the data sent.
 * @fires {CustomEvent<{message: string}>} pdk-join-error - Sending failed (network, timeout, 4xx, 5xx); `detail.message` says why. What was typed is kept.
 * @fires {CustomEvent<void>} pdk-ready - The feed's join settings and areas are loaded; also when there is no feed to load (no `src`, no `<meta name="pdk-feed">`).
 * @fires {CustomEvent<{message: string}>} pdk-error - The feed could not be loaded; `detail.message` says why. The button still works.
 * @slot - The button's label; default "Dołącz do Partnerstwa" / "Join the Partnership". Content with a link or a control is fallback instead: the button keeps its default label, and the content shows below it only when the feed has failed.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart heading - The dialog's heading.
 * @csspart close-button - The dialog's close button.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper; `field invalid` while it has an error.
 * @csspart label - Each field's label (and each fieldset's legend).
 * @csspart input - Each input, select and textarea; checkboxes are `input checkbox`.
 * @csspart field-error - A field's validation message.
 * @csspart error-summary - The live region that announces how many errors the form has, with a link to each.
 * @csspart error-link - A link in the error summary that moves focus to its field.
 * @csspart send-error - The message shown when sending failed.
 * @csspart retry-button - The button that tries again after a failure: sending, loading the form, or loading the feed.
 * @csspart error - The feed's error state below the button (the button still works).
 * @csspart load-error - The message shown in the dialog when the form could not be loaded, with the address to write to.
 * @csspart submit - The send button.
 * @csspart success - The thank-you panel.
 * @csspart mail - The e-mail panel shown when there is no endpoint.
 * @csspart mail-text - The read-only text of the e-mail (also `input`).
 * @csspart copy-button - Copies the e-mail text.
 * @csspart mail-link - Opens the prefilled e-mail again (a link, for a mail program that did not open).
 * @csspart back-button - Returns from the e-mail panel to the form.
 * @cssprop [--pdk-color-accent=#00693e] - The button, links, focus ring.
 * @cssprop [--pdk-color-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--pdk-color-text=#1b1f1d] - Text.
 * @cssprop [--pdk-color-muted=#4f5753] - Hints.
 * @cssprop [--pdk-color-bg=#fff] - The dialog and inputs.
 * @cssprop [--pdk-color-surface=#f4f7f5] - The thank-you and e-mail panels.
 * @cssprop [--pdk-color-border=#6e7a74] - Borders of inputs.
 * @cssprop [--pdk-color-danger=#b3261e] - Validation and send errors.
 * @cssprop [--pdk-color-focus=#00693e] - The focus ring (defaults to the accent).
 * @cssprop [--pdk-radius=0.5em] - Corners.
 * @cssprop [--pdk-color-scheme=light] - The colour scheme of native parts (checkboxes, lists of options, scrollbars): `dark` with dark colours.
 * @cssprop [--pdk-spacing=1em] - Gaps and padding.
 * @cssprop [--pdk-join-dialog-width=40em] - The dialog's width (never wider than the window).
 */
export class PdkJoinButton extends LocalizedElement {
  static version = VERSION;
  static override styles = [baseStyles, modalStyles, styles];

  /** Feed URL (read for `join` and `areas`); falls back to `<meta name="pdk-feed" content="URL">`. Optional: without one the button works with `email` or `action`. */
  @property() src = '';
  /** POST endpoint for the form; overrides the feed's `join.action`. */
  @property() action = '';
  /** Address the form is e-mailed to without an endpoint; overrides the feed's `join.email`. */
  @property() email = '';

  /** The form's module could not be loaded: the dialog says so and offers a retry. */
  @state() private loadFailed = false;

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part~="button"]') private button!: HTMLButtonElement;

  private readonly localize = new LocalizeController(this);
  // Without a feed the button still works (`email`, `action`, or the city's address), so none is no error.
  private readonly feed = new FeedController(this, () => this.src, {optional: true});
  private readonly scrollLock = new ScrollLock();
  /** Children a framework renders again later (a label that becomes a link) are sorted again: label or fallback. */
  private readonly childrenWatch = new MutationObserver(() => this.requestUpdate());
  /** The form, once its module has arrived. */
  private form?: JoinFormPanel;
  /** Set while the form's module is on its way; never rejects. */
  private formLoading?: Promise<void>;
  private isOpen = false;
  /** Move focus into the dialog once its content has rendered. */
  private focusPending = false;
  /** Starts loading the form on signs of intent. Passive: it never cancels a touch. */
  private readonly prefetch = {handleEvent: () => joinForm.prefetch(), passive: true};

  protected override firstUpdated() {
    // Off the first render's path, but ready before most clicks: once the page is idle.
    joinForm.prefetchWhenIdle(() => this.isConnected);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.childrenWatch.observe(this, {childList: true, subtree: true});
    // Moved while open: modal again, and the page behind locked again.
    if (this.hasUpdated && keepModal(this.dialog)) this.scrollLock.lock();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.childrenWatch.disconnect();
    this.scrollLock.unlock();
  }

  /** Also waits for a form that is loading, and for the render that shows it. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.formLoading) {
      await this.formLoading;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated() {
    if (!this.focusPending || this.formLoading) return;
    this.focusPending = false;
    if (!this.dialog.open) return;
    if (this.form) this.form.focus();
    else this.shadowRoot!.querySelector<HTMLElement>('[part~="load-error"] [part~="retry-button"]')?.focus();
  }

  override render() {
    const t = this.localize.pick(shellMessages);
    const loading = !this.form && !this.loadFailed;
    // A link or a control inside the element is fallback for pages without the script, not a label:
    // inside a <button> it would nest one control in another. It stays out of the button and shows
    // with the error state, as the other elements' fallback does.
    const fallback = this.querySelector(INTERACTIVE) !== null;
    return html`<button
        class="button primary"
        part="button"
        type="button"
        aria-haspopup="dialog"
        @click=${this.handleButtonClick}
        @pointerenter=${this.prefetch}
        @focusin=${this.prefetch}
        @touchstart=${this.prefetch}
      >
        ${fallback ? t.button : html`<slot>${t.button}</slot>`}
      </button>
      ${this.feed.render({
        pending: () => html``,
        ready: () => html``,
        error: (error) => (error.kind === 'no-source' ? html`` : renderError(this.localize, error, () => this.feed.retry())),
      })}
      <dialog part="dialog" class="modal" aria-labelledby="join-title" @close=${this.handleClose} @keydown=${this.handleKeydown}>
        <div class="header">
          <h2 id="join-title" part="heading">${t.heading}</h2>
          <button class="button close" part="close-button" type="button" @click=${this.close}>
            <span aria-hidden="true">×</span> ${t.close}
          </button>
        </div>
        <div class="body" aria-busy=${loading ? 'true' : 'false'}>
          ${this.form ? this.form.render() : loading ? html`<p class="loading">${t.loading}</p>` : this.renderLoadError(t)}
        </div>
      </dialog>`;
  }

  private renderLoadError(t: ShellMessages) {
    const to = joinEmail(this.email, this.feed.value?.feed);
    return html`<div class="load-error" part="load-error" role="alert">
      <p class="title">${t.loadErrorTitle}</p>
      <p>${t.loadErrorHelp} <a href=${mailtoAddress(to)}>${to}</a>.</p>
      <button class="button" part="retry-button" type="button" @click=${this.handleLoadRetry}>${t.retry}</button>
    </div>`;
  }

  /**
   * Opens the dialog, with the saved draft when the form is still empty.
   * Resolves once the form is shown and focused (or its loading failed).
   */
  async show(): Promise<void> {
    if (!this.hasUpdated) await this.updateComplete;
    // At once, within the click: the frame and a loading line show while the form is on its way.
    if (!this.dialog.matches(':modal')) this.openDialog();
    await this.updateComplete;
  }

  /** Closes the dialog; focus returns to the button. What was typed is kept. */
  close(): void {
    this.dialog?.close();
  }

  private handleButtonClick() {
    void this.show();
  }

  private handleLoadRetry() {
    this.focusPending = true;
    this.loadForm();
  }

  private handleClose() {
    // The close event comes a task later: the dialog may have been opened again meanwhile.
    if (this.dialog.open) return;
    this.settleClose();
    this.button.focus();
  }

  private handleKeydown(e: KeyboardEvent) {
    wrapTab(e, this.dialog, this.shadowRoot!.activeElement);
  }

  private openDialog() {
    this.settleClose();
    // Open but not modal (moved before it could be made modal again): showModal would throw.
    if (this.dialog.open) this.dialog.close();
    this.dialog.showModal();
    // A header that takes a third of the screen's height (large text on a phone) scrolls away with
    // the form rather than staying over it (WCAG 1.4.4). The dialog is as tall as the screen allows.
    const header = this.dialog.querySelector('.header')!;
    this.dialog.classList.toggle('short', header.getBoundingClientRect().height > innerHeight / 3);
    this.isOpen = true;
    this.scrollLock.lock();
    this.focusPending = true;
    if (this.form) this.form.opened();
    else this.loadForm();
    this.requestUpdate();
  }

  /** Loads the form's module (once per page) and makes this element's form from it. */
  private loadForm() {
    this.loadFailed = false;
    this.formLoading ??= joinForm
      .load()
      .then(
        ({JoinFormPanel}) => {
          this.form = new JoinFormPanel(this, this.localize, () => this.feed.value?.feed);
          adoptMoreStyles(this, JoinFormPanel.styles);
          if (this.isOpen) this.form.opened();
        },
        () => {
          this.loadFailed = true;
        },
      )
      .finally(() => {
        this.formLoading = undefined;
        this.requestUpdate();
      });
  }

  /** What closing does, once per close: on the close event, or on opening again if that came first. */
  private settleClose() {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.scrollLock.unlock();
    this.form?.closed();
  }
}
