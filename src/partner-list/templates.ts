/**
 * Template pieces of <pdk-partner-list>: one card per layout, and the
 * search and filter controls. Feed text is always bound as text.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import type {PartnerCategory} from '../feed/types.js';
import type {LocalizeController} from '../i18n/localize.js';
import type {PartnerListMessages} from './messages.js';
import {ariaLevel} from '../shared/heading-level.js';
import {newTabLink} from '../shared/new-tab-link.js';
import {defersLogo, handleCardVisibility} from './deferred-logos.js';
import {descriptionOpening} from './description.js';
import {monogram, sinceYear, type PartnerEntry} from './select.js';

export const PARTNER_LIST_LAYOUTS = ['grid', 'list', 'logos'] as const;
export type PartnerListLayout = (typeof PARTNER_LIST_LAYOUTS)[number];

/** Intrinsic logo box, so the browser reserves the space before the image arrives. */
const LOGO_WIDTH = 160;
const LOGO_HEIGHT = 80;

export interface CardContext {
  readonly layout: PartnerListLayout;
  readonly localize: LocalizeController;
  readonly t: PartnerListMessages;
  readonly areaNames: ReadonlyMap<string, string>;
  readonly failedLogos: ReadonlySet<string>;
  /** Both read the partner id from the target's `data-id`: one listener for every card. */
  readonly onLogoError: (event: Event) => void;
  readonly onCountClick: (event: Event) => void;
  /** The names' heading level. */
  readonly headingLevel: number;
}

export function renderCard(entry: PartnerEntry, ctx: CardContext) {
  return ctx.layout === 'logos' ? renderLogoTile(entry, ctx) : renderFullCard(entry, ctx);
}

function renderLogo(entry: PartnerEntry, ctx: CardContext, alt: string, title?: string) {
  const {partner} = entry;
  if (partner.logo && !ctx.failedLogos.has(partner.id)) {
    const deferred = defersLogo(entry.index);
    return html`<img
      class="logo"
      part="logo"
      src=${ifDefined(deferred ? undefined : partner.logo)}
      data-src=${ifDefined(deferred ? partner.logo : undefined)}
      alt=${alt}
      title=${ifDefined(title)}
      lang=${ifDefined(ctx.localize.fallbackLang(partner.name))}
      width=${LOGO_WIDTH}
      height=${LOGO_HEIGHT}
      loading="lazy"
      decoding="async"
      data-id=${partner.id}
      @error=${ctx.onLogoError}
    />`;
  }
  return nothing;
}

/** A partner's website, in a new tab; screen readers are told so, sighted users see the ↗. */
const websiteLink = (url: string, ctx: CardContext, content: unknown) =>
  newTabLink(url, content, ctx.localize.shared.opensInNewTab, {part: 'link', className: 'link focus-target'});

/**
 * A logo wall tile. The name's tooltip is on the image, where it equals the
 * alt text: on the link, a screen reader would read it again as the link's
 * description, as it differs from the link's name ("…, opens in a new tab").
 */
function renderLogoTile(entry: PartnerEntry, ctx: CardContext) {
  const {partner} = entry;
  const name = ctx.localize.text(partner.name);
  const logo = renderLogo(entry, ctx, name, name);
  const content =
    logo === nothing
      ? html`<span class="monogram" part="monogram" role="img" aria-label=${name} title=${name} lang=${ifDefined(ctx.localize.fallbackLang(partner.name))}
          >${monogram(name)}</span
        >`
      : logo;
  return html`<li class="card tile" part="card" @contentvisibilityautostatechange=${handleCardVisibility}>
    ${partner.url ? websiteLink(partner.url, ctx, content) : html`<span class="focus-target" tabindex="-1">${content}</span>`}
  </li>`;
}

function renderFullCard(entry: PartnerEntry, ctx: CardContext) {
  const {partner} = entry;
  const {t, localize} = ctx;
  const name = localize.text(partner.name);
  const logo = renderLogo(entry, ctx, name);
  const year = ctx.layout === 'list' ? sinceYear(partner.since) : undefined;
  const description = ctx.layout === 'list' ? localize.text(partner.description) : '';
  const areas = partner.areas.map((id) => ctx.areaNames.get(id)).filter((area): area is string => !!area);
  // The count button is described by the name alone (not by the heading, which says the link opens a new tab).
  const nameId = `name-${entry.index}`;
  // dir="auto" here and on all feed text: an embassy's name in Arabic or Hebrew takes its own direction.
  const nameText = html`<span id=${nameId} dir="auto" lang=${ifDefined(localize.fallbackLang(partner.name))}>${name}</span>`;
  return html`<li class="card" part="card" @contentvisibilityautostatechange=${handleCardVisibility}>
    <div class="logo-box">
      ${logo === nothing
        ? html`<span class="monogram" part="monogram" aria-hidden="true">${monogram(name)}</span>`
        : logo}
    </div>
    <div class="body">
      <h3
        class=${partner.url ? 'name' : 'name focus-target'}
        part="name"
        aria-level=${ariaLevel(ctx.headingLevel, 3)}
        tabindex=${ifDefined(partner.url ? undefined : -1)}
      >
        ${partner.url ? websiteLink(partner.url, ctx, nameText) : nameText}
      </h3>
      <p class="category" part="category">
        <span class="visually-hidden">${t.categoryPrefix} </span>${localize.shared.category[partner.category]}
      </p>
      ${areas.length
        ? html`<ul class="areas" part="areas" aria-label=${t.areasLabel}>
            ${areas.map((area) => html`<li class="area" part="area">${area}</li>`)}
          </ul>`
        : nothing}
      ${description ? renderDescription(entry, description, ctx) : nothing}
      ${year ? html`<p class="since" part="since">${t.since(year)}</p>` : nothing}
      ${renderCount(entry, ctx, nameId)}
    </div>
  </li>`;
}

/**
 * A description, or a long one's opening with a disclosure button for the
 * whole text (the WAI-ARIA disclosure pattern). The button's aria-expanded is
 * the only state, and CSS shows the text and the button's words that go with
 * it: cards are built once and kept (card-cache.ts), not rendered again.
 */
function renderDescription(entry: PartnerEntry, description: string, ctx: CardContext) {
  const {t, localize} = ctx;
  const opening = descriptionOpening(description);
  const id = `description-${entry.index}`;
  // No white space around the text: descriptions keep their line breaks (white-space: pre-line).
  const content = opening ? html`<span class="opening">${opening}</span><span class="whole">${description}</span>` : description;
  const lang = localize.fallbackLang(entry.partner.description);
  const text = html`<p class="description" part="description" id=${id} dir="auto" lang=${ifDefined(lang)}>${content}</p>`;
  if (!opening) return text;
  return html`<div class="about">
    ${text}
    <button type="button" class="disclosure" part="description-toggle" aria-expanded="false" aria-controls=${id} @click=${toggleDescription}>
      <span class="show-whole">${t.wholeDescription}</span><span class="show-opening">${t.shorterDescription}</span>
    </button>
  </div>`;
}

function toggleDescription(event: Event) {
  const button = event.currentTarget as HTMLButtonElement;
  button.setAttribute('aria-expanded', String(button.getAttribute('aria-expanded') !== 'true'));
}

/**
 * The count of upcoming events, a button that selects the partner (a paired
 * calendar shows its events). Also at 0: the calendar still shows the
 * partner's past events of the month, or says there are none.
 */
function renderCount(entry: PartnerEntry, ctx: CardContext, nameId: string) {
  const n = entry.upcoming;
  return html`<button
    type="button"
    class=${n ? 'count' : 'count none'}
    part=${n ? 'count' : 'count none'}
    data-id=${entry.partner.id}
    aria-describedby=${nameId}
    @click=${ctx.onCountClick}
  >
    ${ctx.t.upcoming(n, ctx.localize.plural(n))}
  </button>`;
}

export interface ControlsContext {
  readonly localize: LocalizeController;
  readonly t: PartnerListMessages;
  readonly query: string;
  readonly categories: readonly PartnerCategory[];
  readonly areas: readonly {readonly id: string; readonly name: string}[];
  readonly selectedCategories: ReadonlySet<string>;
  readonly selectedAreas: ReadonlySet<string>;
  readonly onSearch: (event: Event) => void;
  /** Reads `data-kind` (category | area) and `data-id` from the toggle. */
  readonly onToggle: (event: Event) => void;
}

function toggle(kind: 'category' | 'area', id: string, label: string, pressed: boolean, ctx: ControlsContext) {
  return html`<button
    type="button"
    class="toggle"
    part=${pressed ? 'filter pressed' : 'filter'}
    aria-pressed=${pressed ? 'true' : 'false'}
    data-kind=${kind}
    data-id=${id}
    @click=${ctx.onToggle}
  >
    ${label}
  </button>`;
}

export function renderControls(ctx: ControlsContext) {
  const {t} = ctx;
  return html`<div class="controls" part="controls" role="search" aria-label=${t.filtersLabel}>
    <div class="search-field">
      <label for="search">${t.searchLabel}</label>
      <input
        id="search"
        class="search"
        part="search"
        type="search"
        autocomplete="off"
        spellcheck="false"
        .value=${live(ctx.query)}
        @input=${ctx.onSearch}
      />
    </div>
    ${ctx.categories.length > 1 || ctx.selectedCategories.size
      ? html`<fieldset class="filters toggle-group" part="filters">
          <legend>${t.categoryLegend}</legend>
          ${ctx.categories.map((c) =>
            toggle('category', c, ctx.localize.shared.category[c], ctx.selectedCategories.has(c), ctx),
          )}
        </fieldset>`
      : nothing}
    ${ctx.areas.length
      ? html`<fieldset class="filters toggle-group" part="filters">
          <legend>${t.areaLegend}</legend>
          ${ctx.areas.map((a) => toggle('area', a.id, a.name, ctx.selectedAreas.has(a.id), ctx))}
        </fieldset>`
      : nothing}
  </div>`;
}
