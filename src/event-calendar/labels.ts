/**
 * Small pieces every view shares: how an event's time reads on a given day,
 * and the type marker / cancelled badge (text, never colour alone).
 */
import {html, nothing} from 'lit';
import type {DayKey, PdkEvent} from '../feed/types.js';
import {formatEventWhen, formatTime, formatTimeRange} from '../feed/format-when.js';
import type {LocalizeController} from '../i18n/localize.js';
import type {CalendarMessages} from './messages.js';

/** What views need to render events. */
export interface ViewContext {
  readonly localize: LocalizeController;
  readonly t: CalendarMessages;
  readonly timeZone: string;
  /** Opens an event; `origin` is the control that asked, for focus to return to. */
  readonly onOpenEvent: (id: string, origin: Event) => void;
}

/** The time on one day of the event: "18:00", "cały dzień", or "do 01:00" on the last day of a multi-day one. */
export function timeOnDay(event: PdkEvent, day: DayKey, locale: string, timeZone: string, t: CalendarMessages): string {
  if (event.allDay) return t.allDay;
  if (day === event.firstDay) return formatTime(event.startMs, locale, timeZone);
  if (day === event.lastDay) return t.until(formatTime(event.endMs, locale, timeZone));
  return t.allDay;
}

/**
 * Whether an event takes all of `day` (an all-day event, or a middle day of
 * a longer one). In the month grid its chip then shows only the title:
 * "cały dzień" before it left no room for the title in narrow columns, and
 * says so to screen readers only.
 */
export function fillsDay(event: PdkEvent, day: DayKey): boolean {
  return event.allDay || (day !== event.firstDay && day !== event.lastDay);
}

/** The time range for the list: "18:00–20:00", "cały dzień", or the full range of a multi-day event. */
export function timeRange(event: PdkEvent, locale: string, timeZone: string, t: CalendarMessages): string {
  if (event.firstDay !== event.lastDay) return formatEventWhen(event, locale, timeZone);
  if (event.allDay) return t.allDay;
  return event.end === undefined ? formatTime(event.startMs, locale, timeZone) : formatTimeRange(event.startMs, event.endMs, locale, timeZone);
}

/**
 * Events' time ranges in one language, each formatted once: a page more of
 * the list view would otherwise format every listed event again.
 */
export class TimeRanges {
  private locale = '';
  private texts = new WeakMap<PdkEvent, string>();

  get(event: PdkEvent, locale: string, timeZone: string, t: CalendarMessages): string {
    if (locale !== this.locale) [this.locale, this.texts] = [locale, new WeakMap()];
    let text = this.texts.get(event);
    if (text === undefined) this.texts.set(event, (text = timeRange(event, locale, timeZone, t)));
    return text;
  }
}

/** A coloured, shaped marker plus the type as text for screen readers. */
export function typeMarker(event: PdkEvent, ctx: ViewContext, visibleText = false) {
  const label = ctx.localize.shared.eventType[event.type];
  return html`<span class="marker type-${event.type}" aria-hidden="true"></span>${visibleText
      ? html`<span class="type-label">${label}</span>`
      : html`<span class="visually-hidden">${label}: </span>`}`;
}

export function cancelledBadge(event: PdkEvent, ctx: ViewContext) {
  return event.status === 'cancelled' ? html` <span class="cancelled-label">${ctx.t.cancelled}</span>` : nothing;
}

export function eventPart(event: PdkEvent): string {
  return event.status === 'cancelled' ? 'event cancelled' : 'event';
}
