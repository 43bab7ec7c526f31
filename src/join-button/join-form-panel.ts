/**
 * The join form, loaded when a visitor is about to open the dialog
 * (load-join-form.ts): its state, its views (the form, the thank-you, the
 * e-mail) and what they do — validating, sending, the draft, copying.
 * A controller of the element rather than an element of its own, so its
 * DOM lives in the element's one shadow root (ids, aria-describedby and
 * parts as before); the element draws the dialog around `render()`.
 */
import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {PARTNER_CATEGORIES, type Feed, type Lang, type PartnerCategory} from '../feed/types.js';
import type {LocalizeController} from '../i18n/localize.js';
import {emit} from '../shared/events.js';
import {copyText} from '../shared/copy-text.js';
import {clearDraft, draftKey, loadDraft, saveDraft} from './draft-store.js';
import {applyInput, emptyValues, FIELD_ORDER, isPristine, looksLikeBot, newApplicationId, resolveEndpoint, toJoinData, withScheme} from './join-data.js';
import type {FieldName, JoinData, JoinValues} from './join-data.js';
import {joinEmail} from './join-email.js';
import {fieldId, renderForm, renderMail, renderSuccess, type Choice, type SummaryLink} from './join-form.js';
import {buildMail, mailer} from './mail.js';
import {messages, type JoinMessages, type SendFailure} from './messages.js';
import {sendJoin} from './send-join.js';
import {validateAll, validateField, type FieldErrors} from './validate-join.js';
import {formStyles} from './join-form.styles.js';

/** What the panel needs of the element: its attributes, and a place to render and dispatch from. */
export interface JoinFormHost extends ReactiveControllerHost, HTMLElement {
  readonly action: string;
  readonly email: string;
}

type View = 'form' | 'success' | 'mail';

interface PanelState {
  view: View;
  values: JoinValues;
  errors: FieldErrors;
  summary: string;
  /** The fields the summary counted that are still invalid, with their message as it was then. */
  summaryLinks: SummaryLink[];
  pending: boolean;
  sendFailure: SendFailure | '';
  /** What the endpoint said about it, if anything. */
  serverSaid: string;
  mailText: string;
  mailUrl: string;
  copyStatus: '' | 'copied' | 'failed';
}

export class JoinFormPanel implements ReactiveController {
  /** Added to the element's shadow root once the panel is loaded. */
  static readonly styles = formStyles;

  private state: PanelState = {view: 'form', values: emptyValues(), errors: {}, summary: '', summaryLinks: [], pending: false, sendFailure: '', serverSaid: '', mailText: '', mailUrl: '', copyStatus: ''};
  private endpoint = '';
  private to = '';
  private draft = '';
  private categories: Choice[] = [];
  private areas: Choice[] = [];
  private messagesLang: Lang;
  /** Set by a successful send: the next close empties the form. */
  private resetOnClose = false;
  /** When the dialog was last opened (for the data's `openedAt`). */
  private openedAt = Date.now();

  constructor(
    private readonly host: JoinFormHost,
    private readonly localize: LocalizeController,
    private readonly feed: () => Feed | undefined,
  ) {
    this.messagesLang = localize.lang;
    this.derive();
    host.addController(this);
  }

  private get t(): JoinMessages {
    return this.localize.pick(messages);
  }

  hostUpdate() {
    this.derive();
    if (this.messagesLang !== this.localize.lang) {
      // Messages follow the language, even when it changes with the form open.
      this.messagesLang = this.localize.lang;
      for (const f of Object.keys(this.state.errors) as FieldName[]) this.setError(f);
      const {summary, summaryLinks} = this.state;
      if (summary) this.set({summary: this.summaryText(summaryLinks.length), summaryLinks: this.linksTo(summaryLinks.map((l) => l.field))});
    }
  }

  /** The current view, for the dialog's body. */
  render() {
    const t = this.t;
    const {view, values} = this.state;
    if (view === 'success') return renderSuccess(t, values.email || this.to, this.to);
    if (view === 'mail') {
      const {mailText: text, mailUrl: url, copyStatus} = this.state;
      return renderMail({t, to: this.to, url, text, copyStatus, onCopy: () => this.handleCopy(), onBack: () => this.showView('form')});
    }
    return html`<div class="intro">${t.intro.map((p) => html`<p>${p}</p>`)}</div>
      ${renderForm({
        t,
        values,
        errors: this.state.errors,
        categories: this.categories,
        areas: this.areas,
        privacyUrl: this.feed()?.join.privacyUrl,
        opensInNewTab: this.localize.shared.opensInNewTab,
        pending: this.state.pending,
        summary: this.state.summary,
        summaryLinks: this.state.summaryLinks,
        sendError: this.state.sendFailure ? t.sendError[this.state.sendFailure](this.to) : '',
        serverSaid: this.state.serverSaid && t.serverSaid(this.state.serverSaid),
        onSubmit: (e) => this.handleSubmit(e),
        onInput: (e) => this.handleInput(e),
        onFocusout: (e) => this.handleFocusout(e),
        onRetry: () => void this.submit(),
        onSummaryLink: (field) => this.focusField(field),
      })}`;
  }

  /** The dialog opened: the saved draft comes back when the form is still empty. */
  opened(): void {
    this.openedAt = Date.now();
    this.derive();
    if (isPristine(this.state.values)) this.set({values: loadDraft(this.draft) ?? this.state.values});
  }

  /** The dialog closed: back to the form next time, emptied after a successful send. */
  closed(): void {
    this.set({view: 'form', copyStatus: ''});
    if (this.resetOnClose) {
      this.resetOnClose = false;
      this.set({values: emptyValues(), errors: {}, summary: '', summaryLinks: []});
    }
  }

  /** Focus on opening and on changing views: the first field of the form, else the panel's heading. */
  focus(): void {
    const target = this.state.view === 'form' ? fieldId('organisation') : 'join-panel-title';
    this.host.shadowRoot!.getElementById(target)?.focus();
  }

  private set(patch: Partial<PanelState>) {
    this.state = {...this.state, ...patch};
    this.host.requestUpdate();
  }

  /** What the attributes, the feed and the language decide. */
  private derive() {
    const feed = this.feed();
    this.endpoint = resolveEndpoint(this.host.action || feed?.join.action || '', document.baseURI);
    this.to = joinEmail(this.host.email, feed);
    const draft = draftKey(this.endpoint || `mailto:${this.to}`);
    // The feed can name the endpoint or address after the dialog opened: that one's draft comes back too.
    if (this.draft && draft !== this.draft && isPristine(this.state.values)) {
      this.state = {...this.state, values: loadDraft(draft) ?? this.state.values};
    }
    this.draft = draft;
    this.categories = PARTNER_CATEGORIES.map((id) => ({id, name: this.localize.shared.category[id]}));
    // Until a feed names its areas (a new `src` still loading), the last ones stay: a visitor may be on one.
    if (feed) this.areas = feed.areas.map((a) => ({id: a.id, name: this.localize.text(a.name)}));
  }

  private handleInput(e: Event) {
    const target = e.target as HTMLInputElement;
    const values = this.withField(this.state.values, target);
    if (!values) return;
    this.keep(values);
    // A field already marked invalid is checked as the visitor types, so the message goes as soon as it is fixed.
    if (this.state.errors[target.name as FieldName]) this.setError(target.name as FieldName);
  }

  private handleFocusout(e: FocusEvent) {
    const target = e.target as HTMLInputElement;
    const name = target.name as FieldName;
    // Chromium also fires focusout when a render removes the focused field (the form giving way to a panel).
    if (this.state.view !== 'form' || !FIELD_ORDER.includes(name)) return;
    if (name === 'website') target.value = withScheme(target.value);
    const values = this.withField(this.state.values, target);
    if (values) this.keepIfChanged(values);
    // An empty field passed by is no error yet: screen reader users tab through a form to learn it,
    // and would hear "invalid" on every field. Sending checks it; a field with a value is checked now.
    const empty = target.type === 'checkbox' ? !target.checked : !target.value.trim();
    if (empty && !this.state.errors[name]) return;
    this.setError(name);
  }

  /** `values` with one field's value as the page has it; null when it is no field of ours. */
  private withField(values: JoinValues, field: {name: string; value: string; checked: boolean}): JoinValues | null {
    const group = [...this.host.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${field.name}"]:checked`)].map((box) => box.value);
    return applyInput(values, field, group, Date.now());
  }

  private keep(values: JoinValues) {
    this.set({values});
    saveDraft(this.draft, values);
  }

  private keepIfChanged(values: JoinValues) {
    if (JSON.stringify(values) !== JSON.stringify(this.state.values)) this.keep(values);
  }

  /**
   * Takes every field's value from the page: a host page's script, a password
   * manager or autofill can set values without the events we listen for, and
   * what is sent must be what the visitor sees.
   */
  private readAllFields() {
    let values = this.state.values;
    for (const field of this.host.shadowRoot!.querySelector('form')?.elements ?? []) {
      if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement) {
        values = this.withField(values, {name: field.name, value: field.value, checked: field instanceof HTMLInputElement && field.checked}) ?? values;
      }
    }
    this.keepIfChanged(values);
  }

  private handleSubmit(e: Event) {
    e.preventDefault();
    void this.submit();
  }

  private async submit() {
    // A second click before the form has given way (to the sending state, the e-mail, the thank-you) sends nothing.
    if (this.state.pending || this.state.view !== 'form') return;
    this.readAllFields();
    const t = this.t;
    this.set({errors: validateAll(this.state.values, t.errors), sendFailure: '', serverSaid: ''});
    const invalid = FIELD_ORDER.filter((f) => this.state.errors[f]);
    if (invalid.length) {
      const summary = this.summaryText(invalid.length);
      // The same text again would not be announced: empty the live region first.
      if (summary === this.state.summary) {
        this.set({summary: ''});
        await this.host.updateComplete;
      }
      this.set({summary, summaryLinks: this.linksTo(invalid)});
      await this.host.updateComplete;
      this.focusField(invalid[0]);
      return;
    }
    this.set({summary: '', summaryLinks: []});
    // A bot fills the honeypot or sends at once; it gets the usual thank-you and nothing is sent.
    if (looksLikeBot(this.state.values)) return this.showView('success');
    if (!this.state.values.applicationId) this.keep({...this.state.values, applicationId: newApplicationId()});
    const data = toJoinData(this.state.values, {lang: this.localize.lang, consentText: t.consent, page: pageAddress(), openedAt: this.openedAt, now: Date.now()});
    if (!emit(this.host, 'pdk-join-submit', data, true)) return;
    if (this.endpoint) await this.post(data);
    else await this.openMail(data);
  }

  private async post(data: JoinData) {
    this.set({pending: true});
    const sending = sendJoin(this.endpoint, data);
    // A retry's button went with the failure message: focus waits on the send button.
    await this.host.updateComplete;
    if (!this.host.shadowRoot!.activeElement) this.host.shadowRoot!.querySelector<HTMLElement>('[part~="submit"]')?.focus();
    const result = await sending;
    this.set({pending: false});
    if (result.ok) {
      clearDraft(this.draft);
      this.resetOnClose = true;
      emit(this.host, 'pdk-join-success', data);
      return this.showView('success');
    }
    this.set({sendFailure: result.kind === 'network' && !navigator.onLine ? 'offline' : result.kind, serverSaid: result.said ?? ''});
    emit(this.host, 'pdk-join-error', {message: result.message});
    await this.host.updateComplete;
    this.host.shadowRoot!.querySelector<HTMLElement>('[part~="retry-button"]')?.focus();
  }

  private async openMail(data: JoinData) {
    const {url, text} = buildMail(data, this.to, this.t, {
      category: (id) => this.localize.shared.category[id as PartnerCategory] ?? id,
      area: (id) => this.areas.find((a) => a.id === id)?.name ?? id,
    });
    mailer.open(url);
    this.set({mailText: text, mailUrl: url, copyStatus: ''});
    await this.showView('mail');
  }

  private async handleCopy() {
    const copied = await copyText(this.state.mailText, this.host.shadowRoot!.getElementById('join-mail-text') as HTMLTextAreaElement);
    this.set({copyStatus: copied ? 'copied' : 'failed'});
  }

  private async showView(view: View) {
    this.set({view});
    await this.host.updateComplete;
    this.focus();
  }

  private focusField(field: FieldName) {
    this.host.shadowRoot!.getElementById(fieldId(field))?.focus();
  }

  private summaryText(count: number) {
    return this.t.summary(count, this.localize.plural(count));
  }

  /** Summary links to those of `fields` that are invalid, each with its current message. */
  private linksTo(fields: readonly FieldName[]): SummaryLink[] {
    return fields.flatMap((field) => {
      const message = this.state.errors[field];
      return message ? [{field, message}] : [];
    });
  }

  /**
   * Checks one field and shows or removes its message. A field put right
   * leaves the summary; the summary goes with the last one. Nothing else in
   * the summary changes, as it is a live region: the count stays the one
   * announced, and a message stays as it was, rather than being read out
   * again at every keystroke.
   */
  private setError(field: FieldName) {
    const errors = {...this.state.errors};
    const message = validateField(field, this.state.values, this.t.errors);
    if (message) errors[field] = message;
    else delete errors[field];
    const summaryLinks = this.state.summaryLinks.filter((link) => errors[link.field]);
    this.set({errors, summaryLinks, summary: summaryLinks.length ? this.state.summary : ''});
  }
}

/** Where the form was sent from, without the #fragment: single-page sign-ins put tokens there. */
const pageAddress = () => location.href.split('#')[0];
