/** Templates above the calendar: the toolbar, the filters and the "following a partner" chip. */
import {html, nothing} from 'lit';
import {EVENT_TYPES, type Area} from '../feed/types.js';
import type {LocalizeController} from '../i18n/localize.js';
import type {Attendance} from './filter.js';
import type {CalendarMessages} from './messages.js';
import {ariaLevel} from '../shared/heading-level.js';

export const CALENDAR_VIEWS = ['month', 'list'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];

export interface ToolbarContext {
  readonly t: CalendarMessages;
  readonly view: CalendarView;
  readonly heading: string;
  readonly headingId: string;
  /** Shows the month / list switch. */
  readonly switchable: boolean;
  readonly onPrev: () => void;
  readonly onNext: () => void;
  readonly onToday: () => void;
  readonly onView: (view: CalendarView) => void;
  /** The heading's level (the element's `heading-level`, else 2). */
  readonly headingLevel: number;
}

export function renderToolbar(ctx: ToolbarContext) {
  const {t} = ctx;
  return html`<div part="toolbar" class="toolbar">
    <h2 id=${ctx.headingId} class="heading" part="heading" aria-level=${ariaLevel(ctx.headingLevel, 2)} aria-live="polite" tabindex="-1">${ctx.heading}</h2>
    ${ctx.view === 'month'
      ? html`<div class="nav no-print">
          <button type="button" class="button icon" part="prev-button" @click=${ctx.onPrev}>
            <span aria-hidden="true">‹</span><span class="visually-hidden">${t.prevMonth}</span>
          </button>
          <button type="button" class="button" part="today-button" @click=${ctx.onToday}>${t.today}</button>
          <button type="button" class="button icon" part="next-button" @click=${ctx.onNext}>
            <span aria-hidden="true">›</span><span class="visually-hidden">${t.nextMonth}</span>
          </button>
        </div>`
      : nothing}
    ${ctx.switchable
      ? html`<div class="switch no-print" role="group" aria-label=${t.viewLabel}>
          ${(['month', 'list'] as const).map(
            (view) =>
              html`<button
                type="button"
                class="toggle"
                part=${view === ctx.view ? 'view-button pressed' : 'view-button'}
                aria-pressed=${view === ctx.view ? 'true' : 'false'}
                @click=${() => ctx.onView(view)}
              >
                ${view === 'month' ? t.viewMonth : t.viewList}
              </button>`,
          )}
        </div>`
      : nothing}
  </div>`;
}

export interface FilterContext {
  readonly t: CalendarMessages;
  readonly localize: LocalizeController;
  readonly areas: readonly Area[];
  readonly types: readonly string[];
  readonly selectedAreas: readonly string[];
  readonly attendance: Attendance;
  readonly onToggleType: (id: string) => void;
  readonly onToggleArea: (id: string) => void;
  readonly onAttendance: (value: Attendance) => void;
}

const toggle = (label: unknown, pressed: boolean, onClick: () => void) =>
  html`<button
    type="button"
    class="toggle"
    part=${pressed ? 'filter-button pressed' : 'filter-button'}
    aria-pressed=${pressed ? 'true' : 'false'}
    @click=${onClick}
  >
    ${label}
  </button>`;

/** Type and area toggle buttons (aria-pressed) and the attendance radios, each in a fieldset with a legend. */
export function renderFilters(ctx: FilterContext) {
  const {t, localize} = ctx;
  const attendance: [Attendance, string][] = [
    ['any', t.attendanceAny],
    ['online', t.attendanceOnline],
    ['in-person', t.attendanceInPerson],
  ];
  return html`<div class="filters no-print" role="group" aria-label=${t.filters}>
    <fieldset class="toggle-group" part="filter">
      <legend>${t.typeLegend}</legend>
      ${EVENT_TYPES.map((type) =>
        toggle(
          html`<span class="marker type-${type}" aria-hidden="true"></span>${localize.shared.eventType[type]}`,
          ctx.types.includes(type),
          () => ctx.onToggleType(type),
        ),
      )}
    </fieldset>
    ${ctx.areas.length
      ? html`<fieldset class="toggle-group" part="filter">
          <legend>${t.areaLegend}</legend>
          ${ctx.areas.map((area) => toggle(localize.text(area.name), ctx.selectedAreas.includes(area.id), () => ctx.onToggleArea(area.id)))}
        </fieldset>`
      : nothing}
    <fieldset class="toggle-group" part="filter">
      <legend>${t.attendanceLegend}</legend>
      ${attendance.map(
        ([value, label]) =>
          html`<label class="radio"
            ><input type="radio" name="attendance" .checked=${ctx.attendance === value} @change=${() => ctx.onAttendance(value)} />${label}</label
          >`,
      )}
    </fieldset>
  </div>`;
}

/** "Wydarzenia: Fundacja Przykład ✕ pokaż wszystkie". */
export function renderFollowing(t: CalendarMessages, name: string, onClear: () => void) {
  return html`<p part="following" class="following">
    <span>${t.following} <bdi>${name}</bdi></span>
    <button type="button" class="button small" part="show-all-button" @click=${onClear}><span aria-hidden="true">✕</span> ${t.showAll}</button>
  </p>`;
}

/**
 * A visible key to the month grid's markers. Hidden from screen readers:
 * every event already says its type to them in text.
 */
export function renderTypeKey(localize: LocalizeController) {
  return html`<ul part="legend" class="legend" aria-hidden="true">
    ${EVENT_TYPES.map((type) => html`<li><span class="marker type-${type}" aria-hidden="true"></span>${localize.shared.eventType[type]}</li>`)}
  </ul>`;
}
