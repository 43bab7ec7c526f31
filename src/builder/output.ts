/**
 * The builder's right-hand side, as template functions: the preview frame
 * (the element and the theme's properties are put in by the builder, with
 * `document.createElement` and CSSOM)
 * and the snippet with its copy button and instructions.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {classMap} from 'lit/directives/class-map.js';
import type {BuilderMessages} from './messages.js';
import {PREVIEW_WIDTHS, type PreviewWidth} from './settings.js';

export function renderPreview(m: BuilderMessages, width: PreviewWidth): TemplateResult {
  return html`
    <section class="preview" aria-labelledby="preview-heading">
      <h2 id="preview-heading">${m.previewHeading}</h2>
      <fieldset class="widths">
        <legend>${m.width}</legend>
        ${PREVIEW_WIDTHS.map(
          (w) => html`<label class="choice">
            <input type="radio" name="width" .value=${w} .checked=${width === w} />
            <span>${m.widths[w]}</span>
          </label>`,
        )}
      </fieldset>
      <!-- Scrolls on its own, so the form and the code stay beside it; focusable so keyboards can scroll it. -->
      <div class="stage" tabindex="0" role="group" aria-label=${m.previewHeading}>
        <div class=${classMap({frame: true, [w(width)]: true})} part="preview"></div>
      </div>
    </section>
  `;
}

const w = (width: PreviewWidth) => `width-${width}`;

/**
 * The folder the typed CDN address names, ending in `/`: an http(s) address
 * or a path on the site; a script's address (…/pdk-widgets.js, as README's
 * example shows it) names its folder. `undefined` for an empty field, `null`
 * for anything else (a bare host name would make the script's address
 * relative to the page it is pasted in).
 */
export function cdnFolder(typed: string): string | null | undefined {
  const value = typed.trim();
  if (!value) return undefined;
  if (!/^(https?:\/\/[^\s/]+|\/(?!\/))\S*$/i.test(value)) return null;
  const folder = value.replace(/[^/]*\.m?js(?:[?#].*)?$/, '');
  return folder.endsWith('/') ? folder : `${folder}/`;
}

export interface SnippetView {
  readonly m: BuilderMessages;
  readonly snippet: string;
  /** The base URL field's value. */
  readonly base: string;
  /** The field holds no folder address: the code keeps the builder's own. */
  readonly baseUnusable: boolean;
  /** Whether the typed folder holds this build's files. */
  readonly baseStatus?: 'checking' | 'unreadable' | 'other-version' | 'same';
  readonly hashing: boolean;
  readonly hashError: string;
  readonly copyStatus: 'copied' | 'failed' | '';
  /** Why the code cannot show data yet, if so: said beside the copy button (copying still works). */
  readonly warning?: 'no-feed' | 'feed-fails';
  readonly onCopy: () => void;
}

export function renderSnippet(v: SnippetView): TemplateResult {
  const {m} = v;
  return html`
    <section class="snippet" aria-labelledby="snippet-heading">
      <h2 id="snippet-heading">${m.snippetHeading}</h2>
      <label for="base">${m.base}</label>
      <input
        id="base"
        name="base"
        type="url"
        .value=${v.base}
        aria-invalid=${v.baseUnusable ? 'true' : 'false'}
        aria-describedby="base-hint${v.baseUnusable ? ' base-problem' : ''}"
      />
      <p class="hint" id="base-hint">${m.baseHint}</p>
      ${v.baseUnusable ? html`<p class="warning" id="base-problem">${m.baseProblem}</p>` : nothing}
      <p role="status" class=${v.baseStatus === 'same' || v.baseStatus === 'checking' ? 'hint' : 'warning'} id="base-status">
        ${v.baseStatus ? m.baseStatus[v.baseStatus] : nothing}
      </p>
      <p role="status" class="hash-status">${v.hashing ? m.hashing : v.hashError ? m.hashFailed(v.hashError) : nothing}</p>
      <label for="code">${m.code}</label>
      <textarea id="code" readonly rows="8" spellcheck="false" .value=${v.snippet}></textarea>
      ${v.warning ? html`<p class="warning" id="code-warning">⚠ ${m.codeWarning[v.warning]}</p>` : nothing}
      <div class="copy-row">
        <button type="button" class="button primary" aria-describedby=${v.warning ? 'code-warning' : nothing} @click=${v.onCopy}>${m.copy}</button>
        <p role="status" class="copy-status">
          ${v.copyStatus === 'copied' ? `✓ ${m.copied}` : v.copyStatus === 'failed' ? m.copyFailed : nothing}
        </p>
      </div>
      <p class="hint">${m.sriNote}</p>
      <p class="hint">${m.styleNote}</p>
      <h3>${m.howToHeading}</h3>
      <div class="howto">
        <section aria-labelledby="howto-wp">
          <h4 id="howto-wp">${m.wordpressHeading}</h4>
          <ol>${m.wordpressSteps.map((step) => html`<li>${step}</li>`)}</ol>
        </section>
        <section aria-labelledby="howto-cms">
          <h4 id="howto-cms">${m.cmsHeading}</h4>
          <ol>${m.cmsSteps.map((step) => html`<li>${step}</li>`)}</ol>
        </section>
      </div>
    </section>
  `;
}
