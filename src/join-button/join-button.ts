import {LitElement, html} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {PARTNER_CATEGORIES, type Lang, type PartnerCategory} from '../feed/types.js';
import {LocalizeController} from '../i18n/localize.js';
import {VERSION} from '../shared/define.js';
import {emit, type PdkErrorDetail} from '../shared/events.js';
import {baseStyles} from '../theme/base.styles.js';
import {ScrollLock, wrapTab} from './dialog-focus.js';
import {clearDraft, draftKey, loadDraft, saveDraft} from './draft-store.js';
import {applyInput, DEFAULT_EMAIL, emptyValues, FIELD_ORDER, isPristine, looksLikeBot, resolveEndpoint, toJoinData} from './join-data.js';
import type {FieldName, JoinData, JoinValues} from './join-data.js';
import {fieldId, renderForm, renderMail, renderSuccess, type Choice} from './join-form.js';
import {copyText} from './copy-text.js';
import {buildMail, mailer} from './mail.js';
import {messages, type JoinMessages, type SendFailure} from './messages.js';
import {sendJoin} from './send-join.js';
import {validateAll, validateField, type FieldErrors} from './validate-join.js';
import {styles} from './join-button.styles.js';

/**
 * A button that opens an accessible join form in a modal dialog; the form is POSTed as JSON to an endpoint, or e-mailed.
 *
 * @fires pdk-join-submit - Before sending; cancelable. `detail` is the form data (`JoinData`, the JSON that is POSTed). Call `preventDefault()` to send it yourself: the dialog then stays open as it is.
 * @fires pdk-join-success - The endpoint accepted the application (2xx). `detail` is the data sent.
 * @fires pdk-join-error - Sending failed (network, timeout, 4xx, 5xx); `detail.message` says why. What was typed is kept.
 * @fires pdk-ready - The feed's join settings and areas are loaded.
 * @fires pdk-error - The feed could not be loaded; `detail.message` says why. The button still works.
 * @slot - The button's label; default "Dołącz do Partnerstwa" / "Join the Partnership".
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The modal `<dialog>`.
 * @csspart heading - The dialog's heading.
 * @csspart close-button - The dialog's close button.
 * @csspart form - The form.
 * @csspart field - Each field's wrapper; `field invalid` while it has an error.
 * @csspart label - Each field's label (and each fieldset's legend).
 * @csspart input - Each input, select and textarea; checkboxes are `input checkbox`.
 * @csspart field-error - A field's validation message.
 * @csspart error-summary - The live region that announces how many errors the form has.
 * @csspart send-error - The message shown when sending failed.
 * @csspart retry-button - The button that sends again after a failure.
 * @csspart submit - The send button.
 * @csspart success - The thank-you panel.
 * @csspart mail - The e-mail panel shown when there is no endpoint.
 * @csspart mail-text - The read-only text of the e-mail (also `input`).
 * @csspart copy-button - Copies the e-mail text.
 * @csspart back-button - Returns from the e-mail panel to the form.
 * @cssprop [--pdk-color-accent=#00693e] - The button, links, focus ring.
 * @cssprop [--pdk-color-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--pdk-color-text=#1b1f1d] - Text.
 * @cssprop [--pdk-color-muted=#4f5753] - Hints.
 * @cssprop [--pdk-color-bg=#fff] - The dialog and inputs.
 * @cssprop [--pdk-color-surface=#f4f7f5] - The intro and panels.
 * @cssprop [--pdk-color-border=#6e7a74] - Borders of inputs.
 * @cssprop [--pdk-color-danger=#b3261e] - Validation and send errors.
 * @cssprop [--pdk-color-focus=#00693e] - The focus ring (defaults to the accent).
 * @cssprop [--pdk-radius=0.5em] - Corners.
 * @cssprop [--pdk-spacing=1em] - Gaps and padding.
 * @cssprop [--pdk-join-dialog-width=40em] - The dialog's width (never wider than the window).
 */
export class PdkJoinButton extends LitElement {
  static version = VERSION;
  static override styles = [baseStyles, styles];

  /** Feed URL (read for `join` and `areas`); falls back to `<meta name="pdk-feed" content="URL">`. */
  @property() src = '';
  /** POST endpoint for the form; overrides the feed's `join.action`. */
  @property() action = '';
  /** Address the form is e-mailed to without an endpoint; overrides the feed's `join.email`. */
  @property() email = '';

  @state() private view: 'form' | 'success' | 'mail' = 'form';
  @state() private values: JoinValues = emptyValues();
  @state() private errors: FieldErrors = {};
  @state() private summary = '';
  @state() private pending = false;
  @state() private sendFailure: SendFailure | '' = '';
  @state() private mailText = '';
  @state() private copyStatus: '' | 'copied' | 'failed' = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('[part~="button"]') private button!: HTMLButtonElement;

  private readonly localize = new LocalizeController(this);
  private readonly feed = new FeedController(this, () => this.src);
  private readonly scrollLock = new ScrollLock();
  private endpoint = '';
  private to = DEFAULT_EMAIL;
  private draft = '';
  private categories: Choice[] = [];
  private areas: Choice[] = [];
  private messagesLang: Lang = 'pl';
  private isOpen = false;
  /** Set by a successful send: the next close empties the form. */
  private resetOnClose = false;

  private get t(): JoinMessages {
    return this.localize.pick(messages);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.scrollLock.unlock();
  }

  protected override willUpdate() {
    const feed = this.feed.value?.feed;
    this.endpoint = resolveEndpoint(this.action || feed?.join.action || '', document.baseURI);
    this.to = this.email || feed?.join.email || DEFAULT_EMAIL;
    this.draft = draftKey(this.endpoint || `mailto:${this.to}`);
    this.categories = PARTNER_CATEGORIES.map((id) => ({id, name: this.localize.shared.category[id]}));
    this.areas = (feed?.areas ?? []).map((a) => ({id: a.id, name: this.localize.text(a.name)}));
    if (this.messagesLang !== this.localize.lang) {
      // Messages follow the language, even when it changes with the form open.
      this.messagesLang = this.localize.lang;
      for (const f of Object.keys(this.errors) as FieldName[]) this.setError(f);
      const count = Object.keys(this.errors).length;
      if (this.summary) this.summary = this.t.summary(count, this.localize.plural(count));
    }
  }

  override render() {
    const t = this.t;
    return html`<button class="button primary" part="button" type="button" aria-haspopup="dialog" @click=${this.show}>
        <slot>${t.button}</slot>
      </button>
      <dialog part="dialog" aria-labelledby="join-title" @close=${this.handleClose} @keydown=${this.handleKeydown}>
        <div class="body">
          <div class="header">
            <h2 id="join-title" part="heading">${t.heading}</h2>
            <button class="button close" part="close-button" type="button" @click=${this.close}>
              <span aria-hidden="true">×</span> ${t.close}
            </button>
          </div>
          ${this.renderView(t)}
        </div>
      </dialog>`;
  }

  private renderView(t: JoinMessages) {
    if (this.view === 'success') return renderSuccess(t, this.values.email || this.to);
    if (this.view === 'mail') {
      return renderMail({t, to: this.to, text: this.mailText, copyStatus: this.copyStatus, onCopy: () => this.handleCopy(), onBack: () => this.showView('form')});
    }
    return html`<div class="intro">${t.intro.map((p) => html`<p>${p}</p>`)}</div>
      ${renderForm({
        t,
        values: this.values,
        errors: this.errors,
        categories: this.categories,
        areas: this.areas,
        privacyUrl: this.feed.value?.feed.join.privacyUrl,
        opensInNewTab: this.localize.shared.opensInNewTab,
        pending: this.pending,
        summary: this.summary,
        sendError: this.sendFailure ? t.sendError[this.sendFailure](this.to) : '',
        onSubmit: (e) => this.handleSubmit(e),
        onInput: (e) => this.handleInput(e),
        onFocusout: (e) => this.handleFocusout(e),
        onRetry: () => void this.submit(),
      })}`;
  }

  /** Opens the dialog, with the saved draft when the form is still empty. */
  async show(): Promise<void> {
    await this.updateComplete;
    if (this.dialog.open) return;
    this.settleClose();
    if (isPristine(this.values)) this.values = loadDraft(this.draft) ?? this.values;
    this.dialog.showModal();
    this.isOpen = true;
    this.scrollLock.lock();
    await this.updateComplete;
    this.focusView();
  }

  /** Closes the dialog; focus returns to the button. What was typed is kept. */
  close(): void {
    this.dialog?.close();
  }

  private handleClose() {
    // The close event comes a task later: the dialog may have been opened again meanwhile.
    if (this.dialog.open) return;
    this.settleClose();
    this.button.focus();
  }

  /** What closing does, once per close: on the close event, or on opening again if that came first. */
  private settleClose() {
    if (!this.isOpen) return;
    this.isOpen = false;
    this.scrollLock.unlock();
    this.view = 'form';
    this.copyStatus = '';
    if (this.resetOnClose) [this.values, this.errors, this.summary, this.resetOnClose] = [emptyValues(), {}, '', false];
  }

  private handleKeydown(e: KeyboardEvent) {
    wrapTab(e, this.dialog, this.shadowRoot!.activeElement);
  }

  private handleInput(e: Event) {
    const target = e.target as HTMLInputElement;
    const group = [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${target.name}"]:checked`)].map((box) => box.value);
    const values = applyInput(this.values, target, group, Date.now());
    if (!values) return;
    this.values = values;
    saveDraft(this.draft, values);
    // A field already marked invalid is checked as the visitor types, so the message goes as soon as it is fixed.
    if (this.errors[target.name as FieldName]) this.setError(target.name as FieldName);
  }

  private handleFocusout(e: FocusEvent) {
    const name = (e.target as HTMLInputElement).name as FieldName;
    // Chromium also fires focusout when a render removes the focused field (the form giving way to a panel).
    if (this.view === 'form' && FIELD_ORDER.includes(name)) this.setError(name);
  }

  private handleSubmit(e: SubmitEvent) {
    e.preventDefault();
    void this.submit();
  }

  private async submit() {
    if (this.pending) return;
    const t = this.t;
    this.errors = validateAll(this.values, t.errors);
    this.sendFailure = '';
    const invalid = FIELD_ORDER.filter((f) => this.errors[f]);
    if (invalid.length) {
      const summary = t.summary(invalid.length, this.localize.plural(invalid.length));
      // The same text again would not be announced: empty the live region first.
      if (summary === this.summary) {
        this.summary = '';
        await this.updateComplete;
      }
      this.summary = summary;
      await this.updateComplete;
      this.shadowRoot!.getElementById(fieldId(invalid[0]))?.focus();
      return;
    }
    this.summary = '';
    // A bot fills the honeypot or sends at once; it gets the usual thank-you and nothing is sent.
    if (looksLikeBot(this.values)) return this.showView('success');
    const data = toJoinData(this.values, {lang: this.localize.lang, consentText: t.consent, page: location.href, now: Date.now()});
    if (!emit(this, 'pdk-join-submit', data, true)) return;
    if (this.endpoint) await this.post(data);
    else await this.openMail(data);
  }

  private async post(data: JoinData) {
    this.pending = true;
    const result = await sendJoin(this.endpoint, data);
    this.pending = false;
    if (result.ok) {
      clearDraft(this.draft);
      this.resetOnClose = true;
      emit(this, 'pdk-join-success', data);
      return this.showView('success');
    }
    this.sendFailure = result.kind;
    emit<PdkErrorDetail>(this, 'pdk-join-error', {message: result.message});
    await this.updateComplete;
    this.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  private async openMail(data: JoinData) {
    const {url, text} = buildMail(data, this.to, this.t, {
      category: (id) => this.localize.shared.category[id as PartnerCategory] ?? id,
      area: (id) => this.areas.find((a) => a.id === id)?.name ?? id,
    });
    mailer.open(url);
    this.mailText = text;
    this.copyStatus = '';
    await this.showView('mail');
  }

  private async handleCopy() {
    const copied = await copyText(this.mailText, this.shadowRoot!.getElementById('join-mail-text') as HTMLTextAreaElement);
    this.copyStatus = copied ? 'copied' : 'failed';
  }

  private async showView(view: 'form' | 'success' | 'mail') {
    this.view = view;
    await this.updateComplete;
    this.focusView();
  }

  /** Focus on opening and on changing views: the first field of the form, else the panel's heading. */
  private focusView() {
    const target = this.view === 'form' ? fieldId('organisation') : 'join-panel-title';
    this.shadowRoot!.getElementById(target)?.focus();
  }

  /** Checks one field and shows or removes its message. */
  private setError(field: FieldName) {
    const errors = {...this.errors};
    const message = validateField(field, this.values, this.t.errors);
    if (message) errors[field] = message;
    else delete errors[field];
    this.errors = errors;
  }
}
