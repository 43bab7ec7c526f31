/**
 * Templates of the month: the ARIA date grid (WAI-ARIA APG date-picker
 * grid: one tab stop, roving tabindex on the focused day) and the lists of
 * days with events, used for narrow containers, print, the list view and
 * the day dialog.
 */
import {html, nothing} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {repeat} from 'lit/directives/repeat.js';
import type {DayKey, PdkEvent} from '../feed/types.js';
import {formatDay} from '../feed/format-when.js';
import {addDays, daysBetween} from '../feed/zoned-dates.js';
import {cancelledBadge, eventPart, fillsDay, typeMarker, type ViewContext} from './labels.js';
import type {MonthDay} from './month-grid.js';
import {ariaLevel} from '../shared/heading-level.js';

/** At most this many events show in a day cell; a fuller day shows one fewer and "+N more". */
export const MAX_PER_DAY = 3;

// Any Monday: the week's header names come from Intl, for the language.
const A_MONDAY = '2026-11-30';
const SHORT_WEEKDAY: Intl.DateTimeFormatOptions = {weekday: 'short'};
const LONG_WEEKDAY: Intl.DateTimeFormatOptions = {weekday: 'long'};

export interface GridContext extends ViewContext {
  readonly weeks: readonly (readonly MonthDay[])[];
  readonly focusedDay: DayKey;
  /** Id of the month heading, which labels the grid. */
  readonly labelId: string;
  readonly timeOf: (event: PdkEvent, day: DayKey) => string;
  readonly onKeydown: (e: KeyboardEvent) => void;
  readonly onFocusin: (e: FocusEvent) => void;
  /** Opens a day's events; `origin` gets focus back when they close. */
  readonly onOpenDay: (day: DayKey, origin: HTMLElement) => void;
}

/**
 * A click (a tap) on a day, outside its chips, opens the day as Enter does:
 * on a phone the chips are small, and a day is the natural target.
 */
function handleDayClick(e: MouseEvent, ctx: GridContext) {
  const target = e.target as Element;
  const cell = target.closest<HTMLElement>('td[data-day]');
  if (cell && !target.closest('button')) ctx.onOpenDay(cell.dataset.day!, cell);
}

export function renderGrid(ctx: GridContext) {
  const {locale} = ctx.localize;
  const headers = Array.from({length: 7}, (_, i) => addDays(A_MONDAY, i));
  return html`<table
    role="grid"
    part="grid"
    class="grid"
    aria-labelledby=${ctx.labelId}
    @keydown=${ctx.onKeydown}
    @focusin=${ctx.onFocusin}
    @click=${(e: MouseEvent) => handleDayClick(e, ctx)}
  >
    <thead>
      <tr role="row">
        ${headers.map(
          (day) =>
            html`<th role="columnheader" scope="col" abbr=${formatDay(day, locale, LONG_WEEKDAY)}>
              <span aria-hidden="true">${formatDay(day, locale, SHORT_WEEKDAY)}</span
              ><span class="visually-hidden">${formatDay(day, locale, LONG_WEEKDAY)}</span>
            </th>`,
        )}
      </tr>
    </thead>
    <tbody>
      ${ctx.weeks.map((week) => html`<tr role="row">${week.map((day) => renderDay(day, ctx))}</tr>`)}
    </tbody>
  </table>`;
}

function renderDay(day: MonthDay, ctx: GridContext) {
  const selected = day.key === ctx.focusedDay;
  const part = `day${day.isToday ? ' today' : ''}${day.inMonth ? '' : ' outside'}${selected ? ' selected' : ''}`;
  const crowded = day.events.length > MAX_PER_DAY;
  const shown = crowded ? day.events.slice(0, MAX_PER_DAY - 1) : day.events;
  return html`<td
    role="gridcell"
    part=${part}
    class="day ${day.inMonth ? '' : 'outside'} ${day.isToday ? 'today' : ''}"
    data-day=${day.key}
    tabindex=${selected ? 0 : -1}
    aria-current=${ifDefined(day.isToday ? 'date' : undefined)}
  >
    <span class="day-head"
      ><span class="day-number" aria-hidden="true">${day.day}</span
      ><span class="visually-hidden">${formatDay(day.key, ctx.localize.locale)}</span>${day.isToday
        ? // Read too, not only shown: some screen readers (TalkBack) do not announce aria-current.
          html`<span class="today-label"> ${ctx.t.todayMarker}</span>`
        : nothing}</span
    >
    ${shown.map(
      (event) =>
        html`<button type="button" tabindex="-1" part=${eventPart(event)} class="chip" @click=${(e: Event) => ctx.onOpenEvent(event.id, e)}>
          ${typeMarker(event, ctx)}<span class=${fillsDay(event, day.key) ? 'time visually-hidden' : 'time'}>${ctx.timeOf(event, day.key)}</span
          >${cancelledBadge(event, ctx)}
          <span class="title" dir="auto" lang=${ifDefined(ctx.localize.fallbackLang(event.title))}>${ctx.localize.text(event.title)}</span>
        </button>`,
    )}
    ${crowded ? renderMore(day, day.events.length - shown.length, ctx) : nothing}
  </td>`;
}

/** "+3 więcej", named with its day too: read out of its cell, "+3 more" alone says nothing. */
function renderMore(day: MonthDay, hidden: number, ctx: GridContext) {
  const label = ctx.t.more(hidden);
  return html`<button
    type="button"
    tabindex="-1"
    part="more"
    class="more"
    aria-label="${label}: ${formatDay(day.key, ctx.localize.locale)}"
    @click=${(e: Event) => ctx.onOpenDay(day.key, e.currentTarget as HTMLElement)}
  >
    ${label}
  </button>`;
}

export interface DayGroup {
  readonly day: DayKey;
  readonly events: readonly PdkEvent[];
}

/** Longer than a week: an exhibition, a campaign. */
export const isLong = (event: PdkEvent) => daysBetween(event.firstDay, event.lastDay) >= 7;

/**
 * The month as a list (narrow containers, print): its days with events. An
 * event of a few days is under each (a weekend festival reads so); a long one
 * only under its first day in the month, or a three-month exhibition under
 * each of 31 days would bury the rest.
 */
export function monthAsList(weeks: readonly (readonly MonthDay[])[]): DayGroup[] {
  const days = weeks.flat().filter((d) => d.inMonth);
  const first = days[0]?.key;
  const listedOn = (event: PdkEvent, day: DayKey) => !isLong(event) || event.firstDay === day || (day === first && event.firstDay < first);
  return days.map((d) => ({day: d.key, events: d.events.filter((e) => listedOn(e, d.key))})).filter((group) => group.events.length);
}

export interface GroupsOptions {
  /** Titles as buttons that open the event; false for the print copy. */
  readonly interactive: boolean;
  /** The month as a list: an event of a few days is under each of its days, its buttons named with their day. */
  readonly eachDay?: boolean;
  readonly timeOf: (event: PdkEvent, day: DayKey) => string;
  /** The days' headings' level (default 3). */
  readonly headingLevel?: number;
  /** Today in the feed's zone: its heading says so, as the grid's cell does. */
  readonly today?: DayKey;
}

/**
 * Days with their events, each day under an h3 with its long date. Keyed,
 * so that earlier events added to the list view go in before the others
 * rather than rewrite every item below them.
 */
export function renderDayGroups(groups: readonly DayGroup[], ctx: ViewContext, options: GroupsOptions) {
  return html`<ul part="list" class="list">
    ${repeat(
      groups,
      (group) => group.day,
      (group) => html`<li part=${group.day === options.today ? 'list-day today' : 'list-day'} class="list-day" data-day=${group.day}>
        <h3 aria-level=${ariaLevel(options.headingLevel ?? 3, 3)}>
          ${formatDay(group.day, ctx.localize.locale)}${group.day === options.today ? html` <span class="today-label">${ctx.t.todayMarker}</span>` : nothing}
        </h3>
        <ul class="list-events">
          ${repeat(group.events, (event) => event.id, (event) => renderListEvent(event, group.day, ctx, options))}
        </ul>
      </li>`,
    )}
  </ul>`;
}

/**
 * One event in a list: time, title, type, place or "online", cancelled. The
 * title's button is named with its time (and its day, for an event of
 * several days) and "cancelled" too: tabbing from button to button, a screen
 * reader hears only the button, and one event on two days would sound alike.
 */
export function renderListEvent(event: PdkEvent, day: DayKey, ctx: ViewContext, options: GroupsOptions) {
  const title = ctx.localize.text(event.title);
  const titleLang = ctx.localize.fallbackLang(event.title);
  const time = options.timeOf(event, day);
  const venue = event.location?.name ?? event.location?.address;
  const place = venue ?? (event.online ? ctx.t.online : '');
  // Listed under each of its days, an event's buttons are told apart by their day.
  const onDay = options.eachDay && event.firstDay !== event.lastDay && !isLong(event) ? formatDay(day, ctx.localize.locale) : '';
  const name = [title, onDay, time, event.status === 'cancelled' ? ctx.t.cancelled : ''].filter(Boolean).join(', ');
  // The button's name says the time and "cancelled": read again beside it, they would be heard twice.
  const saidByButton = options.interactive ? 'true' : undefined;
  return html`<li part=${eventPart(event)} class="list-event">
    <span class="time" aria-hidden=${ifDefined(saidByButton)}>${time}</span>
    ${options.interactive
      ? // On paper the title is text, not a button (SPEC: printed without buttons).
        html`<button
            type="button"
            class="title link-button no-print"
            dir="auto"
            data-event=${event.id}
            aria-label=${name}
            @click=${(e: Event) => ctx.onOpenEvent(event.id, e)}
          >
            ${title}</button
          ><span class="print-only" aria-hidden="true" dir="auto" lang=${ifDefined(titleLang)}>${title}</span>`
      : html`<span class="title" dir="auto" lang=${ifDefined(titleLang)}>${title}</span>`}
    <span class="meta"
      >${typeMarker(event, ctx, true)}${place ? html`<span class="where" dir="auto" lang=${ifDefined(ctx.localize.fallbackLang(venue))}>${place}</span>` : nothing}${event.status === 'cancelled'
        ? html`<span aria-hidden=${ifDefined(saidByButton)}>${cancelledBadge(event, ctx)}</span>`
        : nothing}</span
    >
  </li>`;
}

export interface NextEventLink {
  readonly label: string;
  readonly day: DayKey;
  /** The tag to format the day with (LocalizeController.locale). */
  readonly locale: string;
  readonly onClick: () => void;
}

const DATE: Intl.DateTimeFormatOptions = {day: 'numeric', month: 'long', year: 'numeric'};

/** "Brak wydarzeń w tym miesiącu. Najbliższe: 12 stycznia 2027" (a button to that month), or that there is none. */
export function renderNoEvents(message: string, next?: NextEventLink, none = '') {
  return html`<p part="empty" class="state empty" role="status">
    ${message}
    ${next
      ? // "Najbliższe:" is in the button: tabbed to, a date alone would not say where it leads.
        // One text node: Chromium names a button from two, with a space between them, without the space.
        html`<button type="button" class="link-button" @click=${next.onClick}>${`${next.label} ${formatDay(next.day, next.locale, DATE)}`}</button>`
      : none}
  </p>`;
}
