import {html, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {Task, TaskStatus} from '@lit/task';
import {LocalizeController} from '../i18n/localize.js';
import {LocalizedElement} from '../i18n/localized-element.js';
import {copyText} from '../shared/copy-text.js';
import {VERSION} from '../shared/define.js';
import {baseStyles} from '../theme/base.styles.js';
import {checkFeed, type FeedCheck} from './feed-check.js';
import {renderElementChoice, renderFeed, renderFilters, renderOptions, renderTheme, type FormContext} from './form.js';
import {en, pl} from './messages.js';
import {NO_OPTIONS, feedOptions, withinFeed, type FeedOptions} from './options.js';
import {cdnFolder, renderPreview, renderSnippet, type SnippetView} from './output.js';
import {
  DEFAULT_SETTINGS,
  DEFAULT_THEME,
  MAX_RADIUS_EM,
  elementAttributes,
  type PreviewWidth,
  type Settings,
  type Theme,
  type ThemeColour,
} from './settings.js';
import {normalizeHex} from './contrast.js';
import {themeDeclarations} from './palette.js';
import {fromHash, toHash} from './saved-settings.js';
import {buildSnippet, type HashedFile} from './snippet.js';
import {hashBuild} from './sri.js';
import {styles} from './embed-builder.styles.js';

const absolute = (url: string) => {
  try {
    return new URL(url, document.baseURI).href;
  } catch {
    return url;
  }
};

/**
 * The feed's absolute URL from what was typed: a full http(s) address, or a
 * path on this site (`/…`, `./…`, `../…`). Else null: "example.org/feed.json"
 * or a few words would otherwise become a path on the builder's own site.
 */
const feedAddress = (typed: string): string | null => (/^(https?:\/\/|\.{0,2}\/)/i.test(typed) ? absolute(typed) : null);

/**
 * The embed builder: a form for one widget's settings and theme, a live preview
 * of the real element, and the snippet to paste (with Subresource Integrity
 * hashes of the build it is served with). Not part of the CDN bundles.
 *
 * @csspart preview - The container the previewed element is placed in.
 * @csspart feed-problem - The explanation of a feed that failed the check.
 * @cssprop [--pdk-color-accent=#00693e] - Buttons and focus ring of the builder itself.
 */
export class PdkEmbedBuilder extends LocalizedElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, styles];

  /** The feed URL to start with, relative to the page. */
  @property() feed = '';
  /** Where this build's CDN files are, relative to the page: the snippet's hashes are computed from them. */
  @property() cdn = '../dist/cdn/';
  /** Keeps the choices in the page's address (`#…`): a reload keeps them, and the link can be shared. */
  @property({type: Boolean}) remember = false;

  /** What the editor chose (public for tests and for pages that preset it). */
  @state() settings: Settings = DEFAULT_SETTINGS;
  @state() private width: PreviewWidth = 'column';
  /** The base URL field; empty until edited, meaning the builder's own CDN files. */
  @state() private baseField = '';
  /** What was typed in the feed field when it is no address (the field keeps it; the snippet does not). */
  @state() private unusableSrc = '';
  /** Colour code fields that hold no colour, with what they hold. */
  @state() private badColourCodes: Partial<Record<ThemeColour, string>> = {};
  @state() private copyStatus: 'copied' | 'failed' | '' = '';

  /** The settings as they go into the preview and the snippet (presets the feed does not hold left out). */
  effective: Settings = DEFAULT_SETTINGS;
  /** The snippet to paste. */
  snippet = '';
  private options: FeedOptions = NO_OPTIONS;
  private cdnUrl = '';
  private previewKey = '';

  @query('[part="preview"]') private previewFrame?: HTMLElement;
  @query('#code') private codeBox?: HTMLTextAreaElement;

  private readonly localize = new LocalizeController(this);

  /** The feed check; re-runs when the feed URL changes. */
  readonly feedCheck = new Task(this, {
    task: ([url], {signal}): Promise<FeedCheck | null> => (url ? checkFeed(url, signal) : Promise.resolve(null)),
    args: () => [this.settings.src] as const,
  });

  /** The CDN folder typed, once the field is left (not on every key), unless it is the builder's own: its files are compared with this build's. */
  @state() private baseToCheck = '';

  /** The files at the typed CDN folder, hashed: other files there would fail the snippet's integrity check. */
  readonly baseFiles = new Task(this, {
    task: ([folder, element], {signal}) => (folder ? hashBuild(folder, `${element}.js`, signal) : Promise.resolve(undefined)),
    args: () => [this.baseToCheck, this.settings.element] as const,
  });

  /** The hashes of the chosen element's entry file and its chunks. */
  readonly hashes = new Task(this, {
    task: ([cdn, element], {signal}) => hashBuild(cdn, `${element}.js`, signal),
    args: () => [this.cdnUrl, this.settings.element] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>) {
    const saved = !this.hasUpdated && this.remember ? fromHash(location.hash) : undefined;
    if (saved) [this.settings, this.baseField] = [saved.settings, saved.base];
    if (changed.has('feed') && !this.settings.src && this.feed) this.settings = {...this.settings, src: absolute(this.feed)};
    if (changed.has('cdn')) this.cdnUrl = absolute(this.cdn.endsWith('/') ? this.cdn : `${this.cdn}/`);
    const check = this.feedCheck.value;
    this.options = check?.ok ? feedOptions(check.feed, this.localize.lang, this.localize.shared) : NO_OPTIONS;
    this.effective = check?.ok ? withinFeed(this.settings, this.options) : this.settings;
    this.snippet = buildSnippet({settings: this.effective, base: this.base, files: this.hashes.value ?? []});
  }

  /** The base URL the snippet names, ending in `/`: the typed folder if it is one, else the builder's own. */
  get base(): string {
    return cdnFolder(this.baseField) ?? this.cdnUrl;
  }

  /** The feed check as the form shows it: undefined while it runs, null when there is nothing to show. */
  private get currentCheck(): FeedCheck | null | undefined {
    if (this.unusableSrc) return {ok: false, problem: 'not-url'};
    if (this.feedCheck.status === TaskStatus.PENDING) return undefined;
    return this.feedCheck.status === TaskStatus.COMPLETE ? (this.feedCheck.value ?? null) : null;
  }

  /** A list or calendar without a feed shows nothing; any element on a failing feed, its error. (A join button needs none.) */
  private get codeWarning(): SnippetView['warning'] {
    if (!this.settings.src) return this.settings.element === 'pdk-join-button' ? undefined : 'no-feed';
    return this.currentCheck?.ok === false ? 'feed-fails' : undefined;
  }

  override render() {
    const m = this.localize.pick({pl, en});
    const ctx: FormContext = {
      m,
      localize: this.localize,
      settings: this.settings,
      srcField: this.unusableSrc || this.settings.src,
      badColourCodes: this.badColourCodes,
      check: this.currentCheck,
      options: this.options,
      onRecheck: () => void this.feedCheck.run(),
      onResetTheme: () => {
        this.badColourCodes = {};
        this.patch({theme: DEFAULT_THEME});
      },
    };
    return html`
      <header class="top">
        <h1>${m.title}</h1>
        <div role="group" aria-label=${m.languageSwitch} class="langs">
          <button type="button" class="button" lang="pl" aria-pressed=${this.localize.lang === 'pl'} @click=${this.handleLangClick}>Polski</button>
          <button type="button" class="button" lang="en" aria-pressed=${this.localize.lang === 'en'} @click=${this.handleLangClick}>English</button>
        </div>
        <p class="intro">${m.intro}</p>
      </header>
      <div class="layout">
        <form class="settings" @change=${this.handleChange} @input=${this.handleInput} @submit=${this.handleSubmit}>
          ${renderElementChoice(ctx)} ${renderFeed(ctx)} ${renderOptions(ctx)} ${renderFilters(ctx)} ${renderTheme(ctx)}
        </form>
        <div class="output" @change=${this.handleChange} @input=${this.handleInput}>
          ${renderPreview(m, this.width)}
          ${renderSnippet({
            m,
            snippet: this.snippet,
            base: this.baseField || this.cdnUrl,
            baseUnusable: cdnFolder(this.baseField) === null,
            baseStatus: this.baseStatus,
            hashing: this.hashes.status === TaskStatus.PENDING,
            hashError: this.hashes.status === TaskStatus.ERROR ? String((this.hashes.error as Error)?.message ?? this.hashes.error) : '',
            copyStatus: this.copyStatus,
            warning: this.codeWarning,
            onCopy: () => void this.handleCopyClick(),
          })}
        </div>
      </div>
    `;
  }

  protected override updated() {
    this.syncPreview();
    if (this.remember) this.saveInAddress();
  }

  private saveInAddress() {
    const hash = toHash({settings: this.settings, base: this.baseField});
    if (hash === location.hash || (!hash && !location.hash)) return;
    history.replaceState(history.state, '', hash || location.pathname + location.search);
  }

  /** Puts the real element in the preview, made with createElement: nothing typed is parsed as HTML. */
  private syncPreview() {
    const frame = this.previewFrame;
    if (!frame) return;
    const theme = themeDeclarations(this.effective.theme, this.effective.element);
    for (const name of [...frame.style]) if (!theme.some(([n]) => n === name)) frame.style.removeProperty(name);
    for (const [name, value] of theme) frame.style.setProperty(name, value);
    const attributes = elementAttributes(this.effective);
    // A new element per change of attributes (or of the builder's language, which it may inherit):
    // each starts as a page's would, with no state left from the last settings.
    const key = JSON.stringify([this.effective.element, attributes, this.localize.lang]);
    if (key === this.previewKey) return;
    this.previewKey = key;
    const el = document.createElement(this.effective.element);
    for (const [name, value] of attributes) el.setAttribute(name, value);
    frame.replaceChildren(el);
  }

  private handleLangClick(event: Event) {
    this.lang = (event.currentTarget as HTMLElement).lang;
  }

  private handleSubmit(event: Event) {
    event.preventDefault();
  }

  /** Typing updates the preview and snippet at once; the feed URL and colour codes are read on change only. */
  private handleInput(event: Event) {
    const input = event.target as HTMLInputElement;
    if (input.name !== 'src' && !input.name.endsWith('-code')) this.apply(input);
  }

  private handleChange(event: Event) {
    const input = event.target as HTMLInputElement | HTMLSelectElement;
    this.apply(input);
    if (input.name !== 'base') return;
    const folder = cdnFolder(this.baseField) ?? '';
    this.baseToCheck = folder === this.cdnUrl ? '' : folder;
  }

  /** Whether the typed CDN folder holds this build's files (said under the field; nothing when none is typed). */
  private get baseStatus(): SnippetView['baseStatus'] {
    if (!this.baseToCheck || this.baseToCheck !== cdnFolder(this.baseField)) return undefined;
    if (this.baseFiles.status === TaskStatus.PENDING) return 'checking';
    if (this.baseFiles.status === TaskStatus.ERROR) return 'unreadable';
    const theirs = this.baseFiles.value;
    const ours = this.hashes.value;
    if (!theirs || !ours) return undefined;
    const key = (files: readonly HashedFile[]) => files.map((f) => `${f.path} ${f.integrity}`).sort().join('\n');
    return key(theirs) === key(ours) ? 'same' : 'other-version';
  }

  private apply(input: HTMLInputElement | HTMLSelectElement) {
    const {name, value} = input;
    const checked = input instanceof HTMLInputElement && input.checked;
    const theme = (patch: Partial<Theme>) => this.patch({theme: {...this.settings.theme, ...patch}});
    switch (name) {
      case 'element':
      case 'layout':
      case 'view':
      case 'lang':
      case 'month':
      case 'action':
      case 'email':
        return this.patch({[name]: value} as Partial<Settings>);
      case 'src': {
        const typed = value.trim();
        const url = typed ? feedAddress(typed) : '';
        this.unusableSrc = url === null ? typed : '';
        return this.patch({src: url ?? ''});
      }
      case 'limit':
        return this.patch({limit: Math.max(0, Math.floor(Number(value) || 0))});
      case 'controls':
      case 'past':
      case 'follow':
        return this.patch({[name]: checked} as Partial<Settings>);
      case 'category':
      case 'area':
      case 'type':
      case 'partner': {
        const ids = this.settings[name].filter((id) => id !== value);
        return this.patch({[name]: checked ? [...ids, value] : ids} as Partial<Settings>);
      }
      case 'theme-accent':
      case 'theme-text':
      case 'theme-bg':
        return this.applyColour(name.slice(6) as ThemeColour, value);
      case 'theme-accent-code':
      case 'theme-text-code':
      case 'theme-bg-code':
        return this.applyColour(name.slice(6, -5) as ThemeColour, value, input);
      case 'theme-radius': {
        // The field's own max is only a hint to the browser: 5 or a mistyped 15 would reach the code.
        const radius = Number(value);
        return Number.isFinite(radius) && radius >= 0 ? theme({radius: Math.min(radius, MAX_RADIUS_EM)}) : undefined;
      }
      case 'width':
        this.width = value as PreviewWidth;
        return;
      case 'base':
        this.baseField = value.trim();
        return;
    }
  }

  /** A picked or typed colour; a typed one that is no colour stays in its field, marked, and changes nothing. */
  private applyColour(name: ThemeColour, typed: string, codeField?: HTMLInputElement | HTMLSelectElement) {
    const colour = normalizeHex(typed);
    const bad = {...this.badColourCodes};
    if (colour) delete bad[name];
    else bad[name] = typed;
    this.badColourCodes = bad;
    if (!colour) return;
    // Shown as it goes into the code: "1A7F5A" reads "#1a7f5a".
    if (codeField) codeField.value = colour;
    this.patch({theme: {...this.settings.theme, [name]: colour}});
  }

  private patch(patch: Partial<Settings>) {
    this.settings = {...this.settings, ...patch};
    this.copyStatus = '';
  }

  private async handleCopyClick() {
    // Cleared first, so a second "Copied" is announced again.
    this.copyStatus = '';
    await this.updateComplete;
    const box = this.codeBox;
    this.copyStatus = box && (await copyText(this.snippet, box)) ? 'copied' : 'failed';
  }
}
