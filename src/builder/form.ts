/**
 * The builder's form, as template functions: the element, the feed check,
 * the element's options, the preset filters and the theme. Every control
 * carries `name` (and `value` for choices); the element reads them in one
 * change handler. Groups are fieldsets with legends, hints are tied to
 * their fields with `aria-describedby`.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {LocalizeController} from '../i18n/localize.js';
import {AA_TEXT, formatRatio} from './contrast.js';
import type {FeedCheck} from './feed-check.js';
import type {BuilderMessages} from './messages.js';
import type {FeedOptions, Option} from './options.js';
import {contrastPairs, palette} from './palette.js';
import {CALENDAR_VIEWS} from '../event-calendar/toolbar.js';
import {PARTNER_LIST_LAYOUTS} from '../partner-list/templates.js';
import {WIDGET_TAGS} from '../shared/widget-tags.js';
import {MAX_RADIUS_EM, joinActionProblem, joinEmailOk, type Settings, type ThemeColour} from './settings.js';

export interface FormContext {
  readonly m: BuilderMessages;
  readonly localize: LocalizeController;
  readonly settings: Settings;
  /** What the feed field shows: the feed URL, or what was typed when it is no address. */
  readonly srcField: string;
  /** What a colour's code field shows when it holds no colour (it is then marked invalid). */
  readonly badColourCodes: Partial<Record<ThemeColour, string>>;
  /** The feed check: undefined while it runs. */
  readonly check: FeedCheck | null | undefined;
  readonly options: FeedOptions;
  readonly onRecheck: () => void;
  readonly onResetTheme: () => void;
}

const radio = (name: string, value: string, checked: boolean, label: string, hint?: string) => html`
  <label class="choice">
    <input type="radio" name=${name} .value=${value} .checked=${checked} />
    <span>${label}${hint ? html`<span class="hint">${hint}</span>` : nothing}</span>
  </label>
`;

const checkbox = (name: string, checked: boolean, label: string, value = 'on') => html`
  <label class="choice">
    <input type="checkbox" name=${name} .value=${value} .checked=${checked} />
    <span>${label}</span>
  </label>
`;

export function renderElementChoice({m, settings}: FormContext): TemplateResult {
  return html`
    <fieldset>
      <legend>${m.elementLegend}</legend>
      ${WIDGET_TAGS.map((tag) => radio('element', tag, settings.element === tag, m.elementName[tag], m.elementHint[tag]))}
    </fieldset>
  `;
}

/** An editor fixes a feed's errors one sheet at a time: the first ones say where to look. */
const LISTED_ISSUES = 20;

export function renderFeed(ctx: FormContext): TemplateResult {
  const {m, settings, check} = ctx;
  const invalid = check ? !check.ok : false;
  return html`
    <fieldset>
      <legend>${m.feedLegend}</legend>
      <label for="feed-url">${m.feedLabel}</label>
      <input
        id="feed-url"
        name="src"
        type="url"
        inputmode="url"
        autocomplete="url"
        .value=${ctx.srcField}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="feed-url-hint feed-status"
      />
      <p class="hint" id="feed-url-hint">${m.feedHint}</p>
      <div id="feed-status" role="status" class="feed-status">${renderFeedStatus(ctx)}</div>
      <button type="button" class="button" ?disabled=${check === undefined || !settings.src} @click=${ctx.onRecheck}>${m.check}</button>
    </fieldset>
  `;
}

function renderFeedStatus({m, check}: FormContext) {
  if (check === null) return nothing;
  if (check === undefined) return html`<p>${m.checking}</p>`;
  if (!check.ok) {
    return html`<div class="problem" part="feed-problem" data-problem=${check.problem}>
      <p class="problem-title">${m.problemTitle}</p>
      <p>${m.problem[check.problem](check.status)}</p>
    </div>`;
  }
  const {feed, issues} = check;
  return html`<div class="ok" data-problem="none">
    <p class="ok-title">${issues.length ? `⚠ ${m.feedOkWithProblems}` : `✓ ${m.feedOk}`}</p>
    <p>${m.feedCounts(feed.partners.length, feed.events.length, feed.areas.length)}</p>
    ${feed.partners.length || feed.events.length ? nothing : html`<p class="warning">⚠ ${m.feedEmpty}</p>`}
    <p>${m.feedIssues(issues.length)}</p>
    ${issues.length
      ? html`<details class="issues">
          <summary>${m.showIssues}</summary>
          <ul>
            ${issues.slice(0, LISTED_ISSUES).map((issue) => html`<li><code>${issue.path}</code> ${issue.message}</li>`)}
          </ul>
          ${issues.length > LISTED_ISSUES ? html`<p>${m.moreIssues(issues.length - LISTED_ISSUES)}</p>` : nothing}
        </details>`
      : nothing}
    <p class=${check.cors ? '' : 'warning'}>${check.cors ? `✓ ${m.corsOk}` : `⚠ ${m.corsMissing}`}</p>
  </div>`;
}

export function renderOptions({m, settings: s}: FormContext): TemplateResult {
  const isList = s.element === 'pdk-partner-list';
  const isCalendar = s.element === 'pdk-event-calendar';
  return html`
    <fieldset>
      <legend>${m.optionsLegend}</legend>
      ${isList
        ? html`<fieldset class="inner">
            <legend>${m.layout}</legend>
            ${PARTNER_LIST_LAYOUTS.map((l) => radio('layout', l, s.layout === l, m.layouts[l]))}
          </fieldset>`
        : nothing}
      ${isCalendar
        ? html`<fieldset class="inner">
            <legend>${m.view}</legend>
            ${CALENDAR_VIEWS.map((v) => radio('view', v, s.view === v, m.views[v]))}
          </fieldset>`
        : nothing}
      ${isCalendar && s.view === 'month'
        ? html`<label for="month">${m.month}</label>
            <input id="month" name="month" type="month" .value=${s.month} aria-describedby="month-hint" />
            <p class="hint" id="month-hint">${m.monthHint}</p>`
        : nothing}
      <label for="widget-lang">${m.widgetLang}</label>
      <select id="widget-lang" name="lang" .value=${s.lang}>
        ${(['', 'pl', 'en'] as const).map((l) => html`<option value=${l} ?selected=${s.lang === l}>${m.widgetLangs[l]}</option>`)}
      </select>
      ${isList || (isCalendar && s.view === 'list')
        ? html`<label for="limit">${isList ? m.limitPartners : m.limitEvents}</label>
            <input id="limit" name="limit" type="number" min="0" step="1" .value=${String(s.limit)} aria-describedby="limit-hint" />
            <p class="hint" id="limit-hint">${m.limitHint}</p>`
        : nothing}
      ${isList || isCalendar ? checkbox('controls', s.controls, isList ? m.controlsPartners : m.controlsEvents) : nothing}
      ${isCalendar && s.view === 'list' ? checkbox('past', s.past, m.past) : nothing}
      ${isCalendar ? checkbox('follow', s.follow, m.follow) : nothing}
      ${s.element === 'pdk-join-button' ? renderJoinFields(m, s) : nothing}
    </fieldset>
  `;
}

/** A labelled field with its hint and, when what was typed is left out of the code, why (the field marked invalid). */
function checkedField(f: {name: string; type: 'url' | 'email'; label: string; hint: string; value: string; problem: string}) {
  return html`<label for=${f.name}>${f.label}</label>
    <input
      id=${f.name}
      name=${f.name}
      type=${f.type}
      autocomplete=${f.type === 'email' ? 'email' : 'off'}
      .value=${f.value}
      aria-invalid=${f.problem ? 'true' : 'false'}
      aria-describedby="${f.name}-hint${f.problem ? ` ${f.name}-problem` : ''}"
    />
    <p class="hint" id="${f.name}-hint">${f.hint}</p>
    ${f.problem ? html`<p class="warning" id="${f.name}-problem">${f.problem}</p>` : nothing}`;
}

/** The join button's endpoint and e-mail. */
function renderJoinFields(m: BuilderMessages, s: Settings) {
  const actionProblem = joinActionProblem(s.action);
  return html`${checkedField({name: 'action', type: 'url', label: m.action, hint: m.actionHint, value: s.action, problem: actionProblem ? m.actionProblem[actionProblem] : ''})}
  ${checkedField({name: 'email', type: 'email', label: m.email, hint: m.emailHint, value: s.email, problem: joinEmailOk(s.email) ? '' : m.emailProblem})}`;
}

export function renderFilters({m, settings: s, options, check}: FormContext): TemplateResult | typeof nothing {
  if (s.element === 'pdk-join-button') return nothing;
  const groups: Array<[name: 'category' | 'area' | 'type' | 'partner', legend: string, offered: readonly Option[]]> =
    s.element === 'pdk-partner-list'
      ? [
          ['category', m.categories, options.categories],
          ['area', m.areas, options.areas],
        ]
      : [
          ['type', m.types, options.types],
          ['area', m.areas, options.areas],
          ['partner', m.partners, options.partners],
        ];
  return html`
    <fieldset aria-describedby="filters-hint">
      <legend>${m.filtersLegend}</legend>
      <p class="hint" id="filters-hint">${check?.ok ? m.filtersHint : m.filtersNeedFeed}</p>
      ${check?.ok
        ? groups.map(
            ([name, legend, offered]) => html`<fieldset class="inner">
              <legend>${legend}</legend>
              <div class=${offered.length > 8 ? 'scroll' : ''}>
                ${offered.map((o) => checkbox(name, s[name].includes(o.id), o.label, o.id))}
              </div>
            </fieldset>`,
          )
        : nothing}
    </fieldset>
  `;
}

export function renderTheme({m, localize, settings: {theme}, badColourCodes, onResetTheme}: FormContext): TemplateResult {
  // A picker, and the same colour as a code: a brand book gives codes, and a picker is slow to type one into.
  const colour = (name: ThemeColour) => {
    const bad = badColourCodes[name];
    return html`
      <div class="colour">
        <label for="theme-${name}">
          <input id="theme-${name}" name="theme-${name}" type="color" .value=${theme[name]} />
          <span id="theme-${name}-label">${m[name]}</span>
        </label>
        <input
          id="theme-${name}-code"
          name="theme-${name}-code"
          class="colour-code"
          type="text"
          autocomplete="off"
          spellcheck="false"
          .value=${bad ?? theme[name]}
          aria-labelledby="theme-${name}-label colour-code-word"
          aria-invalid=${bad === undefined ? 'false' : 'true'}
          aria-describedby=${bad === undefined ? nothing : `theme-${name}-problem`}
        />
      </div>
      ${bad === undefined ? nothing : html`<p class="warning" id="theme-${name}-problem">${m.colourCodeProblem}</p>`}
    `;
  };
  return html`
    <fieldset>
      <legend>${m.themeLegend}</legend>
      <span id="colour-code-word" hidden>${m.colourCode}</span>
      ${colour('accent')} ${colour('text')} ${colour('bg')}
      <label for="theme-radius">${m.radius}</label>
      <input id="theme-radius" name="theme-radius" type="number" min="0" max=${MAX_RADIUS_EM} step="0.125" .value=${String(theme.radius)} />
      <p class="hint">${m.fontNote}</p>
      <div class="contrast" aria-live="polite">
        <p class="contrast-legend">${m.contrastLegend}</p>
        <ul>
          ${contrastPairs(palette(theme)).map(({pair, ratio}) => {
            const text = formatRatio(ratio, localize.lang);
            const pass = ratio >= AA_TEXT;
            return html`<li class=${pass ? 'pass' : 'fail'} data-pair=${pair}>
              ${m.contrastPairs[pair]}: <strong>${pass ? m.contrastPass(text) : m.contrastFail(text)}</strong>
            </li>`;
          })}
        </ul>
      </div>
      <button type="button" class="button" @click=${onResetTheme}>${m.resetTheme}</button>
    </fieldset>
  `;
}
