import {html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {FeedController} from '../feed/feed-controller.js';
import type {FeedResult} from '../feed/load-feed.js';
import {PARTNER_CATEGORIES, type Lang, type PartnerCategory} from '../feed/types.js';
import {LocalizeController} from '../i18n/localize.js';
import {LocalizedElement} from '../i18n/localized-element.js';
import {onDayChange} from '../shared/day-change.js';
import {booleanAttribute} from '../shared/boolean-attribute.js';
import {headingLevelAttribute} from '../shared/heading-level.js';
import {VERSION} from '../shared/define.js';
import {emit} from '../shared/events.js';
import {parseIds, warnUnknownIds} from '../shared/preset-ids.js';
import {renderEmpty, renderError, renderLoading, renderStale} from '../shared/states.js';
import {baseStyles} from '../theme/base.styles.js';
import {messages} from './messages.js';
import {queryTerms} from './search.js';
import {buildEntries, categoryOptions, filterEntries, sameEntries, sortEntries, type PartnerEntry} from './select.js';
import {CardCache} from './card-cache.js';
import {loadLogos} from './deferred-logos.js';
import {CardLists, listId} from './card-lists.js';
import {renderControls, type CardContext, type PartnerListLayout} from './templates.js';
import {styles} from './partner-list.styles.js';

export type {PartnerListLayout};

/** How long typing must pause before the live region speaks the new count. */
const ANNOUNCE_DELAY_MS = 500;
/**
 * Cards put in at once, in the keystroke's frame: those in view, at most
 * about a screenful of a wide page (logo tiles are smaller: more of them).
 * Each card costs about a millisecond of layout and paint on a slow machine,
 * so a phone's one column gets a few, not a screenful of a desktop. The rest
 * follow in later tasks (see card-lists.ts), so input is never blocked by
 * thousands of cards; `updateComplete` (and so `pdk-ready`) waits until
 * every card is in.
 */
const FIRST_CARDS = 24;
const FIRST_LOGOS = 60;

/**
 * The partnership's member organisations, from the feed: cards, a list or a logo wall,
 * sorted with Polish collation, with optional search and filters.
 *
 * @fires {CustomEvent<void>} pdk-ready - The partners are rendered (again after a retry or a new `src`).
 * @fires {CustomEvent<{message: string}>} pdk-error - The feed could not be loaded; `detail.message` says why.
 * @fires {CustomEvent<{id: string}>} pdk-partner-select - A partner's upcoming-events count was clicked; `detail.id` is the partner's id.
 * @slot - Fallback content: shown until the element upgrades, and again when the feed fails.
 * @csspart controls - The box around the search field and filters.
 * @csspart search - The search field (`input type="search"`).
 * @csspart filters - A fieldset of filter toggles (category, area).
 * @csspart filter - A filter toggle button; also `pressed` while it is on.
 * @csspart status - The visible "how many match" line (with `controls`).
 * @csspart list - The list of partners.
 * @csspart card - One partner (in `logos`, one logo tile).
 * @csspart logo - A partner's logo image.
 * @csspart monogram - The initials shown for a partner without a (working) logo.
 * @csspart name - A partner's name heading.
 * @csspart link - The link to a partner's website (opens a new tab).
 * @csspart category - A partner's category label.
 * @csspart areas - The list of a partner's areas; each item is part `area`.
 * @csspart area - One area tag.
 * @csspart description - A partner's description (`list` layout); over 320 characters, its opening until the visitor asks for the whole text.
 * @csspart description-toggle - The button under a long description that shows the whole text, or its opening again.
 * @csspart since - The year the partner joined (`list` layout).
 * @csspart count - The upcoming-events count, a button that fires `pdk-partner-select`; `count none` at 0.
 * @csspart show-more - The "show more" button (with `limit`).
 * @csspart clear-button - The "clear filters" button of an empty result.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button, and the saved-copy notice's.
 * @csspart empty - The message shown when there is nothing to list (also `empty no-results` for a search with no match).
 * @csspart no-results - The message that no partner matches the search and filters, with a "clear filters" button (also `empty`).
 * @csspart stale - The notice above a saved copy of the feed, with its age and a retry button.
 * @cssprop [--pdk-color-text=#1b1f1d] - Text colour.
 * @cssprop [--pdk-color-muted=#4f5753] - Secondary text (category, year).
 * @cssprop [--pdk-color-bg=#fff] - Card and field background.
 * @cssprop [--pdk-color-surface=#f4f7f5] - Area tags and monogram background.
 * @cssprop [--pdk-color-border=#6e7a74] - Borders of fields and filter toggles.
 * @cssprop [--pdk-color-accent=#00693e] - Links, buttons, pressed filters.
 * @cssprop [--pdk-color-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--pdk-color-danger=#b3261e] - The error state.
 * @cssprop [--pdk-color-focus=#00693e] - Focus ring (default: --pdk-color-accent).
 * @cssprop [--pdk-radius=0.5em] - Corner radius of cards, fields and buttons (area tags, pills: twice this).
 * @cssprop [--pdk-color-scheme=light] - The colour scheme of native parts (checkboxes, lists of options, scrollbars): `dark` with dark colours.
 * @cssprop [--pdk-spacing=1em] - Gap between cards and inside them.
 * @cssprop [--pdk-partner-list-columns-min=14em] - Narrowest card in the grid; decides the number of columns.
 * @cssprop [--pdk-partner-list-logo-height=4em] - Height of the logo box (cards and logo wall).
 */
export class PdkPartnerList extends LocalizedElement {
  static version = VERSION;
  static override styles = [baseStyles, styles];

  /** Feed URL; falls back to `<meta name="pdk-feed" content="URL">`. */
  @property() src = '';
  /** `grid` (cards, default), `list` (with descriptions and the year joined) or `logos` (a logo wall). */
  @property({reflect: true}) layout: PartnerListLayout = 'grid';
  /** Preset filter: category ids, comma-separated (e.g. `ngo,education`). */
  @property() category = '';
  /** Preset filter: area ids, comma-separated. */
  @property() area = '';
  /** Shows a search box and category/area filters. */
  @property({type: Boolean, reflect: true, converter: booleanAttribute}) controls = false;
  /** Shows this many partners, then a "show more" button (0: all). */
  @property({type: Number}) limit = 0;
  /** The level of the partners' names as headings, 1–6 (default 3), to fit the page's outline. */
  @property({attribute: 'heading-level', converter: headingLevelAttribute}) headingLevel?: number;

  @state() private query = '';
  @state() private selectedCategories: ReadonlySet<string> = new Set();
  @state() private selectedAreas: ReadonlySet<string> = new Set();
  @state() private shown = Infinity;
  @state() private announcement = '';
  @state() private failedLogos: ReadonlySet<string> = new Set();

  private readonly localize = new LocalizeController(this);
  private readonly feed = new FeedController(this, () => this.src);
  private readonly cards = new CardCache(this);
  private readonly lists = new CardLists(this);
  /** Set at midnight in the feed's zone: events that ended yesterday stop counting as upcoming. */
  private newDay = false;

  private result?: FeedResult;
  private entries: PartnerEntry[] = [];
  private sorted: PartnerEntry[] = [];
  private sortedLang?: Lang;
  private matching: PartnerEntry[] = [];
  private areaNames = new Map<string, string>();
  private categories: PartnerCategory[] = [];
  private announceTimer?: ReturnType<typeof setTimeout>;

  /** Index of the first card a "show more" revealed, to focus after the update. */
  private focusIndex = -1;
  /** How many cards a new list puts in at once. */
  private firstCards = FIRST_CARDS;

  constructor() {
    super();
    onDayChange(this, () => this.result?.feed.timezone, () => {
      this.newDay = true;
      this.requestUpdate();
    });
  }

  override connectedCallback() {
    super.connectedCallback();
    addEventListener('beforeprint', this.handleBeforePrint);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.announceTimer);
    removeEventListener('beforeprint', this.handleBeforePrint);
  }

  protected override willUpdate(changed: PropertyValues) {
    const result = this.feed.value;
    const feedChanged = result !== this.result;
    if (feedChanged) {
      this.result = result;
      this.failedLogos = new Set();
    }
    // Search strings and event counts: once per feed (and day), never per keystroke.
    const recounted = feedChanged || this.newDay;
    this.newDay = false;
    if (recounted) this.entries = result ? buildEntries(result.feed, Date.now()) : [];
    // Without controls, only the presets filter: what the visitor chose there goes with them.
    const presetsOnly = changed.has('controls') && !this.controls;
    if (presetsOnly) this.query = '';
    if (changed.has('category') || presetsOnly) this.selectedCategories = new Set(parseIds(this.category));
    if (changed.has('area') || presetsOnly) this.selectedAreas = new Set(parseIds(this.area));
    if (feedChanged || changed.has('category')) this.categories = categoryOptions(result?.feed.partners ?? [], parseIds(this.category));
    if (result && (feedChanged || changed.has('category'))) warnUnknownIds(this, 'category', parseIds(this.category), PARTNER_CATEGORIES);
    if (result && (feedChanged || changed.has('area'))) warnUnknownIds(this, 'area', parseIds(this.area), result.feed.areas.map((a) => a.id));
    const langChanged = this.localize.lang !== this.sortedLang;
    if (recounted || langChanged) {
      this.sortedLang = this.localize.lang;
      this.sorted = sortEntries(this.entries, this.sortedLang);
      this.areaNames = new Map(result?.feed.areas.map((a) => [a.id, this.localize.text(a.name)]));
    }
    // Cards are built once per feed, language, layout and heading level (card-cache.ts).
    const cardsRemade = recounted || langChanged || changed.has('layout') || changed.has('headingLevel');
    if (cardsRemade) this.cards.forget();
    const criteriaChanged = changed.has('query') || changed.has('selectedCategories') || changed.has('selectedAreas');
    const [matchingBefore, shownBefore] = [this.matching, this.shown];
    if (recounted || langChanged || criteriaChanged) {
      const criteria = {terms: queryTerms(this.query), categories: this.selectedCategories, areas: this.selectedAreas};
      this.matching = filterEntries(this.sorted, criteria);
    }
    if (feedChanged || criteriaChanged || changed.has('limit')) this.shown = this.pageSize;
    // A list only grows; anything else starts a new one (a space typed at the end changes nothing).
    const grows = this.shown >= shownBefore && sameEntries(matchingBefore, this.matching);
    if (cardsRemade || !grows) {
      const screenful = this.layout === 'logos' ? FIRST_LOGOS : FIRST_CARDS;
      // The list shown now tells how many cards the new one needs at once (not after a layout change).
      this.firstCards = changed.has('layout') ? screenful : this.lists.cardsInView(screenful);
      const label = this.localize.pick(messages).listLabel;
      this.lists.renew(this.matching.length ? {layout: this.layout, label} : undefined);
    }
    if (feedChanged || langChanged) this.announce(0);
    else if (criteriaChanged) this.announce(ANNOUNCE_DELAY_MS);
  }

  protected override updated() {
    // A "show more" puts its first cards in at once, to focus the first of them.
    const now = Math.max(this.focusIndex, 0) + this.firstCards;
    const ctx = this.cardContext();
    this.lists.show(this.matching.slice(0, this.shown), now, (entry) => this.cards.get(entry, ctx));
    // The first cards are on screen or about to be: their logos load now, the others' as they near it.
    for (let i = 0; i < now && this.lists.cardAt(i); i++) loadLogos(this.lists.cardAt(i)!);
    if (this.focusIndex < 0) return;
    const card = this.lists.cardAt(this.focusIndex);
    this.focusIndex = -1;
    card?.querySelector<HTMLElement>('.focus-target')?.focus();
  }

  /** Resolves once every card is in (not only the first ones) and old lists are gone. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.isUpdatePending || this.lists.busy) {
      await this.lists.settled();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override render() {
    return this.feed.render({
      pending: () => renderLoading(this.localize),
      error: (error) => renderError(this.localize, error, () => this.feed.retry()),
      ready: (result) => this.renderPartners(result),
    });
  }

  private renderPartners(result: FeedResult) {
    if (!result.feed.partners.length) return html`${renderStale(this.localize, result, () => this.feed.retry())}${renderEmpty(this.localize)}`;
    const t = this.localize.pick(messages);
    const shown = Math.min(this.shown, this.matching.length);
    const hidden = this.matching.length - shown;
    // Only the lists are rendered here; CardLists puts the cards in them.
    return html`${renderStale(this.localize, result, () => this.feed.retry())} ${this.controls ? this.renderControls() : nothing}
      ${repeat(
        this.lists.shells,
        (list) => list.id,
        (list) =>
          html`<ul id=${listId(list)} class="partners ${list.layout}${list.retired ? ' retired' : ''}" part="list" aria-label=${list.label}></ul>`,
      )}
      ${shown
        ? nothing
        : html`<div class="state empty no-results" part="empty no-results">
            <p>${t.noResults}</p>
            ${this.controls
              ? html`<button class="button" part="clear-button" type="button" @click=${this.handleClearClick}>
                  ${t.clearFilters}
                </button>`
              : nothing}
          </div>`}
      ${hidden > 0
        ? html`<button class="button show-more" part="show-more" type="button" @click=${this.handleShowMoreClick}>
              ${t.showMore(hidden)}
            </button>
            <p class="print-only" aria-hidden="true">${t.notPrinted(hidden, this.localize.plural(hidden))}</p>`
        : nothing}`;
  }

  private renderControls() {
    const t = this.localize.pick(messages);
    const feed = this.result!.feed;
    const n = this.matching.length;
    return html`${renderControls({
        localize: this.localize,
        t,
        query: this.query,
        categories: this.categories,
        areas: feed.areas.map((a) => ({id: a.id, name: this.areaNames.get(a.id) ?? a.id})),
        selectedCategories: this.selectedCategories,
        selectedAreas: this.selectedAreas,
        onSearch: this.handleSearchInput,
        onToggle: this.handleFilterClick,
      })}
      <p class="status" part="status" aria-hidden="true">${t.found(n, this.localize.plural(n))}</p>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private handleSearchInput(event: Event) {
    this.query = (event.target as HTMLInputElement).value;
  }

  private handleFilterClick(event: Event) {
    const {kind, id} = (event.currentTarget as HTMLElement).dataset;
    if (!id) return;
    const key = kind === 'area' ? 'selectedAreas' : 'selectedCategories';
    const next = new Set(this[key]);
    if (!next.delete(id)) next.add(id);
    this[key] = next;
  }

  private async handleClearClick() {
    this.query = '';
    this.selectedCategories = new Set();
    this.selectedAreas = new Set();
    await this.updateComplete;
    // The button is gone with the empty result; the search field is where one starts again.
    this.renderRoot.querySelector<HTMLInputElement>('[part~="search"]')?.focus();
  }

  private handleShowMoreClick() {
    this.focusIndex = this.shown;
    this.shown += this.pageSize;
  }

  /** How many `limit` shows at a time: whole partners; none, 0 or a bad value: all. */
  private get pageSize(): number {
    const size = Math.floor(this.limit);
    return size > 0 ? size : Infinity;
  }

  private handleCountClick(event: Event) {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (id) emit(this, 'pdk-partner-select', {id});
  }

  /** Paper gets every card (print styles), with its logo. */
  private readonly handleBeforePrint = () => loadLogos(this.renderRoot);

  private handleLogoError(event: Event) {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    if (!id) return;
    this.cards.forget(id);
    this.failedLogos = new Set(this.failedLogos).add(id);
  }

  private cardContext(): CardContext {
    return {
      layout: this.layout,
      localize: this.localize,
      t: this.localize.pick(messages),
      areaNames: this.areaNames,
      failedLogos: this.failedLogos,
      onLogoError: this.handleLogoError,
      onCountClick: this.handleCountClick,
      headingLevel: this.headingLevel ?? 3,
    };
  }

  /** Updates the polite live region; typing is debounced so it speaks once the visitor pauses. */
  private announce(delay: number) {
    clearTimeout(this.announceTimer);
    const n = this.matching.length;
    const text = this.localize.pick(messages).found(n, this.localize.plural(n));
    if (!delay) this.announcement = text;
    else this.announceTimer = setTimeout(() => (this.announcement = text), delay);
  }
}
