/**
 * Templates of the dialog's views: the form, the thank-you and the e-mail
 * fallback. JoinFormPanel owns the state; these only draw it.
 */
import {html, nothing} from 'lit';
import {live} from 'lit/directives/live.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {newTabLink} from '../shared/new-tab-link.js';
import {COOPERATION_FORMS, type FieldName, type JoinValues, type TextField} from './join-data.js';
import type {JoinMessages} from './messages.js';
import type {FieldErrors} from './validate-join.js';

export interface Choice {
  readonly id: string;
  readonly name: string;
}

export interface FormContext {
  t: JoinMessages;
  values: JoinValues;
  errors: FieldErrors;
  categories: readonly Choice[];
  areas: readonly Choice[];
  privacyUrl?: string;
  opensInNewTab: string;
  pending: boolean;
  /** The error summary, '' when there is none. */
  summary: string;
  /** The summary's links, one per field still invalid of those it counted. */
  summaryLinks: readonly SummaryLink[];
  /** The send failure's message, '' when there is none. */
  sendError: string;
  /** What the endpoint said about it, quoted, or ''. */
  serverSaid: string;
  /** The form's submit, and the send button's click (see the button). */
  onSubmit: (e: Event) => void;
  onInput: (e: Event) => void;
  onFocusout: (e: FocusEvent) => void;
  onRetry: () => void;
  onSummaryLink: (field: FieldName) => void;
}

/** A line of the error summary: the field's message when the form was sent, leading to the field. */
export interface SummaryLink {
  readonly field: FieldName;
  readonly message: string;
}

export const fieldId = (name: FieldName) => `join-${name}`;

function describedBy(...ids: (string | false | undefined)[]) {
  return ids.filter(Boolean).join(' ') || nothing;
}

/**
 * "(wymagane)" after a required field's label. Text fields tell screen
 * readers "required" themselves (`required`), so there the word is hidden
 * from them rather than read twice. Chromium exposes no required state on a
 * `<select>` or a checkbox: their labels keep the word (`spoken`).
 */
const requiredMark = (ctx: FormContext, spoken = false) =>
  html` <span class="required" aria-hidden=${ifDefined(spoken ? undefined : 'true')}>${ctx.t.required}</span>`;

function label(ctx: FormContext, name: TextField, required: boolean, spoken = false) {
  return html`<label part="label" for=${fieldId(name)}>${ctx.t.labels[name]}${required ? requiredMark(ctx, spoken) : nothing}</label>`;
}

function fieldParts(ctx: FormContext, name: FieldName) {
  const id = fieldId(name);
  const error = ctx.errors[name];
  const hint = name !== 'consent' ? ctx.t.hints[name] : undefined;
  return {
    id,
    error,
    part: error ? 'field invalid' : 'field',
    // 'false', not absent: Chromium would otherwise expose an empty required select or checkbox as invalid before anything is typed.
    invalid: error ? ('true' as const) : ('false' as const),
    describedBy: describedBy(hint && `${id}-hint`, error && `${id}-error`),
    hint: hint ? html`<p class="hint" id="${id}-hint">${hint}</p>` : nothing,
    message: error ? html`<p class="field-error" part="field-error" id="${id}-error">${error}</p>` : nothing,
  };
}

type InputType = 'text' | 'url' | 'email' | 'tel';

function input(ctx: FormContext, name: TextField, type: InputType, autocomplete: 'organization' | 'url' | 'name' | 'email' | 'tel', required = false) {
  const f = fieldParts(ctx, name);
  return html`<div class="field" part=${f.part}>
    ${label(ctx, name, required)} ${f.hint} ${f.message}
    <input
      part="input"
      id=${f.id}
      name=${name}
      type=${type}
      autocomplete=${autocomplete}
      ?required=${required}
      aria-invalid=${f.invalid}
      aria-describedby=${f.describedBy}
      .value=${live(ctx.values[name])}
    />
  </div>`;
}

function categorySelect(ctx: FormContext) {
  const f = fieldParts(ctx, 'category');
  return html`<div class="field" part=${f.part}>
    ${label(ctx, 'category', true, true)} ${f.message}
    <select part="input" id=${f.id} name="category" required aria-invalid=${f.invalid} aria-describedby=${f.describedBy}>
      <option value="" ?selected=${!ctx.values.category}>${ctx.t.categoryPlaceholder}</option>
      ${ctx.categories.map((c) => html`<option value=${c.id} ?selected=${ctx.values.category === c.id}>${c.name}</option>`)}
    </select>
  </div>`;
}

function checkboxes(legend: string, name: 'areas' | 'cooperation', choices: readonly Choice[], checked: readonly string[]) {
  if (!choices.length) return nothing;
  return html`<fieldset class="field choices" part="field">
    <legend part="label">${legend}</legend>
    ${choices.map(
      (c) => html`<label class="choice"
        ><input type="checkbox" part="input checkbox" name=${name} value=${c.id} .checked=${live(checked.includes(c.id))} />
        ${c.name}</label
      >`,
    )}
  </fieldset>`;
}

function consent(ctx: FormContext) {
  const f = fieldParts(ctx, 'consent');
  // Beside the label, not in it: inside, the link's text would be part of the checkbox's name.
  const privacy = ctx.privacyUrl
    ? html`<p class="privacy">
        ${newTabLink(ctx.privacyUrl, ctx.t.privacyLink, ctx.opensInNewTab)}
      </p>`
    : nothing;
  return html`<div class="field consent" part=${f.part}>
    ${f.message}
    <label part="label" class="choice"
      ><input
        type="checkbox"
        part="input checkbox"
        id=${f.id}
        name="consent"
        required
        aria-invalid=${f.invalid}
        aria-describedby=${f.describedBy}
        .checked=${live(ctx.values.consent)}
      />
      <span>${ctx.t.consent}${requiredMark(ctx, true)}</span></label
    >
    ${privacy}
  </div>`;
}

/**
 * A message with a line break allowed after each "@": on a phone an e-mail
 * address that does not fit breaks there ("partnerstwo@ / um.warszawa.pl"),
 * not inside its domain, which is the part people copy by hand.
 */
function breakAfterAt(text: string) {
  const [first, ...rest] = text.split('@');
  return html`${first}${rest.map((part) => html`@<wbr />${part}`)}`;
}

export function renderForm(ctx: FormContext) {
  const {t} = ctx;
  const cooperation = COOPERATION_FORMS.map((id) => ({id, name: t.cooperation[id]}));
  return html`<form
    part="form"
    novalidate
    aria-busy=${ctx.pending ? 'true' : 'false'}
    @submit=${ctx.onSubmit}
    @input=${ctx.onInput}
    @change=${ctx.onInput}
    @focusout=${ctx.onFocusout}
  >
    <div class="summary" part="error-summary" role="alert">${ctx.summary ? errorSummary(ctx) : nothing}</div>
    ${input(ctx, 'organisation', 'text', 'organization', true)} ${categorySelect(ctx)}
    ${input(ctx, 'website', 'url', 'url')} ${input(ctx, 'contactPerson', 'text', 'name', true)}
    ${input(ctx, 'email', 'email', 'email', true)} ${input(ctx, 'phone', 'tel', 'tel')}
    ${checkboxes(t.labels.areas, 'areas', ctx.areas, ctx.values.areas)}
    ${checkboxes(t.labels.cooperation, 'cooperation', cooperation, ctx.values.cooperation)} ${textarea(ctx)}
    ${consent(ctx)}
    <div class="trap" aria-hidden="true">
      <label for="join-website2">${t.honeypot}</label>
      <input id="join-website2" name="website2" type="text" tabindex="-1" autocomplete="off" .value=${live(ctx.values.honeypot)} />
    </div>
    ${ctx.sendError
      ? html`<div class="send-error" part="send-error" role="alert">
          <p class="title">${t.sendErrorTitle}</p>
          ${ctx.serverSaid ? html`<p dir="auto">${ctx.serverSaid}</p>` : nothing}
          <p>${breakAfterAt(ctx.sendError)}</p>
          <button class="button" part="retry-button" type="button" @click=${ctx.onRetry}>${t.retry}</button>
        </div>`
      : nothing}
    <div class="actions">
      <!-- Not disabled while sending: a disabled button drops the focus it has. A second send is refused anyway. -->
      <!-- Its click sends, not only the form's submit event: in an iframe sandboxed without allow-forms
           (some page builders' embeds) the browser blocks the submission before that event fires.
           Enter in a field clicks it too. -->
      <button
        class="button primary"
        part="submit"
        type="submit"
        aria-disabled=${ctx.pending ? 'true' : 'false'}
        @click=${ctx.onSubmit}
      >
        ${ctx.pending ? t.sending : t.submit}
      </button>
      <span class="visually-hidden" role="status">${ctx.pending ? t.sending : ''}</span>
    </div>
  </form>`;
}

/**
 * The count, then each error as a link to its field (the GOV.UK error
 * summary). The links are in-page anchors that move focus themselves: the
 * fields are in a shadow root, where following `#id` would only change the
 * host page's address.
 */
function errorSummary(ctx: FormContext) {
  const follow = (e: Event, field: FieldName) => {
    e.preventDefault();
    ctx.onSummaryLink(field);
  };
  return html`<p>${ctx.summary}</p>
    <ul>
      ${ctx.summaryLinks.map(
        (link) => html`<li><a part="error-link" href="#${fieldId(link.field)}" @click=${(e: Event) => follow(e, link.field)}>${link.message}</a></li>`,
      )}
    </ul>`;
}

function textarea(ctx: FormContext) {
  const f = fieldParts(ctx, 'message');
  return html`<div class="field" part=${f.part}>
    ${label(ctx, 'message', false)} ${f.message}
    <textarea part="input" id=${f.id} name="message" rows="4" aria-invalid=${f.invalid} aria-describedby=${f.describedBy} .value=${live(ctx.values.message)}></textarea>
  </div>`;
}

export function renderSuccess(t: JoinMessages, reply: string, to: string) {
  return html`<div class="panel" part="success">
    <h3 id="join-panel-title" tabindex="-1">${t.successTitle}</h3>
    <p>${breakAfterAt(t.successBody(reply, to))}</p>
  </div>`;
}

export interface MailContext {
  t: JoinMessages;
  to: string;
  /** The `mailto:` URL opened, for a link that opens it again (the first try may have been blocked). */
  url: string;
  text: string;
  copyStatus: '' | 'copied' | 'failed';
  onCopy: () => void;
  onBack: () => void;
}

export function renderMail(ctx: MailContext) {
  const {t} = ctx;
  return html`<div class="panel" part="mail">
    <h3 id="join-panel-title" tabindex="-1">${t.mailTitle}</h3>
    <p>${breakAfterAt(t.mailBody(ctx.to))}</p>
    <label part="label" for="join-mail-text">${t.mailTextLabel}</label>
    <textarea part="input mail-text" id="join-mail-text" readonly rows="10" .value=${ctx.text}></textarea>
    <div class="actions">
      <button class="button primary" part="copy-button" type="button" @click=${ctx.onCopy}>${t.copy}</button>
      <a class="button" part="mail-link" href=${ctx.url}>${t.openMailAgain}</a>
      <button class="button" part="back-button" type="button" @click=${ctx.onBack}>${t.backToForm}</button>
      <span role="status">${ctx.copyStatus === 'copied' ? t.copied : ctx.copyStatus === 'failed' ? t.copyFailed : ''}</span>
    </div>
  </div>`;
}
