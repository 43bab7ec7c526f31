import {html, nothing, type PropertyValues} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {property, state} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {formatDay} from '../feed/format-when.js';
import type {FeedResult} from '../feed/load-feed.js';
import {EVENT_TYPES, type DayKey, type Feed, type PdkEvent} from '../feed/types.js';
import {DEFAULT_TIME_ZONE, todayKey} from '../feed/zoned-dates.js';
import {LocalizeController} from '../i18n/localize.js';
import {LocalizedElement} from '../i18n/localized-element.js';
import {onDayChange} from '../shared/day-change.js';
import {booleanAttribute} from '../shared/boolean-attribute.js';
import {headingLevelAttribute} from '../shared/heading-level.js';
import {VERSION} from '../shared/define.js';
import {emit} from '../shared/events.js';
import {parseIds, warnUnknownIds} from '../shared/preset-ids.js';
import {renderError, renderLoading, renderStale} from '../shared/states.js';
import {baseStyles} from '../theme/base.styles.js';
import {DetailDialog} from './dialog.js';
import {CalendarModel} from './calendar-model.js';
import type {Attendance} from './filter.js';
import {JsonLdSync} from './json-ld-sync.js';
import {NarrowController, PartnerFollower} from './host-controllers.js';
import {dayForKey} from './keyboard.js';
import {TimeRanges, timeOnDay, timeRange, type ViewContext} from './labels.js';
import {messages} from './messages.js';
import * as grid from './month-grid.js';
import {MonthListPages} from './month-list-page.js';
import {isLong, monthAsList, renderDayGroups, renderNoEvents, renderGrid} from './month-view.js';
import {renderPagedDays, type PagedDays} from './paged-days.js';
import {PrintCopy} from './print-copy.js';
import {renderFilters, renderFollowing, renderToolbar, renderTypeKey, type CalendarView} from './toolbar.js';
import {styles} from './event-calendar.styles.js';

const HEADING_ID = 'month-heading';
/** Below this host width (em: 480 px at the usual 16 px) the month reads as a list of days: the DOM changes, not only the CSS. */
const NARROW_EM = 30;
const MONTH_YEAR: Intl.DateTimeFormatOptions = {month: 'long', year: 'numeric'};

/**
 * The partnership's events as a month grid or a list, with filters and an event detail dialog.
 *
 * @fires {CustomEvent<{id: string}>} pdk-event-select - An event was opened (click, or Enter on a day); `detail.id` is its id.
 * @fires {CustomEvent<void>} pdk-ready - The events are rendered (again after a retry or a new `src`).
 * @fires {CustomEvent<{message: string}>} pdk-error - The feed could not be loaded; `detail.message` says why.
 * @slot - Fallback content: shown until the element upgrades, and again when the feed fails.
 * @csspart toolbar - The bar with the month heading, the month buttons and the view switch.
 * @csspart heading - The month's heading (in the list view: "Upcoming events").
 * @csspart prev-button - The previous month button.
 * @csspart next-button - The next month button.
 * @csspart today-button - The button back to today's month.
 * @csspart view-button - A button of the month / list switch (with `controls`); also `pressed` for the view shown.
 * @csspart grid - The month grid (a table with role="grid").
 * @csspart day - A day cell; extra tokens `today`, `outside` (another month's day) and `selected` (the grid's focused day).
 * @csspart event - An event: a chip in the grid, an item in a list; extra token `cancelled`.
 * @csspart more - The "+N more" button of a crowded day.
 * @csspart legend - The key to the event type markers under the grid.
 * @csspart list - A list of days (the list view, the month on a narrow container), or the events of a day in the dialog.
 * @csspart list-day - One day in a list, with its date as a heading; extra token `today` on today's.
 * @csspart show-more - The list view's button for the next events (a long list comes 100 events at a time).
 * @csspart show-earlier - The list view's button for earlier events (with `past`).
 * @csspart filter - A group of filters, a fieldset (with `controls`).
 * @csspart filter-button - A type or area filter toggle; also `pressed` while it is on.
 * @csspart count - The number of events shown, announced when it changes.
 * @csspart following - The "Events: partner ✕ show all" chip (with `follow`).
 * @csspart show-all-button - The chip's button.
 * @csspart detail - The modal dialog with an event or a day's events.
 * @csspart close-button - The dialog's close button.
 * @csspart back-button - The dialog's button back to the day's events.
 * @csspart detail-content - The opened event's content.
 * @csspart detail-title - The event's title (heading) in the detail.
 * @csspart cancelled-badge - The "Cancelled" label in a cancelled event's detail (in chips and lists, style `event cancelled`).
 * @csspart detail-when - The date and time row.
 * @csspart detail-location - The place row (name, address, map link).
 * @csspart detail-online - The online-link row.
 * @csspart detail-organisers - The organisers row.
 * @csspart detail-areas - The areas row.
 * @csspart detail-description - The event's description.
 * @csspart detail-link - The link to the event's own page.
 * @csspart add-to-calendar - The "Add to calendar" box (not shown for cancelled events).
 * @csspart ics-link - The .ics file download link.
 * @csspart google-link - The Google Calendar link.
 * @csspart empty - The message for a month, a list or an open day without events.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button; also the saved-copy notice's, and the detail's when it could not be loaded.
 * @csspart stale - The notice above a saved copy of the feed, with its age and a retry button.
 * @cssprop [--pdk-color-accent=#00693e] - Buttons, links, focus ring, today's marker.
 * @cssprop [--pdk-color-accent-contrast=#fff] - Text on the accent colour.
 * @cssprop [--pdk-color-text=#1b1f1d] - Text.
 * @cssprop [--pdk-color-muted=#4f5753] - Weekday names, counts, other months' days.
 * @cssprop [--pdk-color-bg=#fff] - Day cells and the dialog.
 * @cssprop [--pdk-color-surface=#f4f7f5] - Days of other months.
 * @cssprop [--pdk-color-border=#6e7a74] - Grid lines and filter buttons.
 * @cssprop [--pdk-color-danger=#b3261e] - The "cancelled" label.
 * @cssprop [--pdk-color-accent-soft=#e1f0e8] - Highlights (today's cell by default).
 * @cssprop [--pdk-color-focus=#00693e] - Focus ring (default: --pdk-color-accent).
 * @cssprop [--pdk-radius=0.5em] - Corner radius (the "today" label, a pill: twice this).
 * @cssprop [--pdk-color-scheme=light] - The colour scheme of native parts (checkboxes, lists of options, scrollbars): `dark` with dark colours.
 * @cssprop [--pdk-spacing=1em] - Spacing.
 * @cssprop [--pdk-calendar-today-bg=#e1f0e8] - Today's cell (default: --pdk-color-accent-soft).
 * @cssprop [--pdk-calendar-event-bg=#f4f7f5] - Event chips (default: --pdk-color-surface).
 * @cssprop [--pdk-calendar-type-conference=#00693e] - Marker colour of conferences.
 * @cssprop [--pdk-calendar-type-debate=#1d4ed8] - Marker colour of debates.
 * @cssprop [--pdk-calendar-type-happening=#b45309] - Marker colour of happenings.
 * @cssprop [--pdk-calendar-type-exhibition=#7c3aed] - Marker colour of exhibitions.
 * @cssprop [--pdk-calendar-type-workshop=#be185d] - Marker colour of workshops.
 * @cssprop [--pdk-calendar-type-other=#4f5753] - Marker colour of other events.
 */
export class PdkEventCalendar extends LocalizedElement {
  static version = VERSION;
  static override styles = [baseStyles, styles];

  /** Feed URL; falls back to `<meta name="pdk-feed" content="URL">`. */
  @property() src = '';
  /** `month` (a grid) or `list` (upcoming events grouped by day). */
  @property({reflect: true}) view: CalendarView = 'month';
  /** The month shown, `YYYY-MM`; default this month in the feed's time zone. Follows navigation. */
  @property() month = '';
  /** Only events organised by these partner ids (comma-separated). */
  @property() partner = '';
  /** Only these event types (comma-separated). */
  @property() type = '';
  /** Only events in these areas (comma-separated ids). */
  @property() area = '';
  /** Shows type, area and online / in-person filters, and a month / list switch. */
  @property({type: Boolean, converter: booleanAttribute}) controls = false;
  /** List view: at most this many events (0: all). */
  @property({type: Number}) limit = 0;
  /** List view: include events that have ended. */
  @property({type: Boolean, converter: booleanAttribute}) past = false;
  /** Follows `pdk-partner-select` on the page and shows that partner's events, scrolling into view when out of sight. */
  @property({type: Boolean, converter: booleanAttribute}) follow = false;
  /** The level of the calendar's heading, 1–6 (default 2), to fit the page's outline; the days' headings in a list are one below. */
  @property({attribute: 'heading-level', converter: headingLevelAttribute}) headingLevel?: number;

  @state() private focusedDay: DayKey = '';
  @state() private types: readonly string[] = [];
  @state() private areas: readonly string[] = [];
  @state() private attendance: Attendance = 'any';
  @state() private followed = '';

  private readonly localize = new LocalizeController(this);
  private readonly feed = new FeedController(this, () => this.src);
  private readonly dialog = new DetailDialog(this, () => this.dayOrHeading());
  private readonly width = new NarrowController(this, NARROW_EM);
  private readonly follower = new PartnerFollower(this, () => this.follow, (id) => (this.followed = id));
  private readonly model = new CalendarModel();
  private readonly jsonLd = new JsonLdSync(this, () => ({feed: this.model.feed, shown: this.model.inPage, lang: this.localize.lang}));
  private readonly printCopy = new PrintCopy(
    this,
    () => (this.model.feed && this.view === 'month' && !this.width.narrow ? this.model.weeks : undefined),
    () => this.performUpdate(),
  );
  private readonly monthListPages = new MonthListPages();
  private focusDay = false;
  /** The list view's event to focus after the render (the first a page more brought in). */
  private focusEvent?: string;
  /** The narrow month's day whose first event to focus after the render (the first a page more brought in). */
  private focusListDay = -1;
  /** "Today" pressed in the narrow month: after the render, focus the first event listed from this day on. */
  private focusListFrom?: DayKey;
  /** The feed whose preset ids were last checked (warnAboutPresets). */
  private presetsCheckedFor?: Feed;
  private readonly listTimes = new TimeRanges();

  constructor() {
    super();
    // At midnight in the feed's zone "today" moves on: willUpdate reads the date.
    onDayChange(this, () => this.model.feed?.timezone, () => this.requestUpdate());
  }

  /**
   * Also waits for the work that follows a render: an opened event's detail
   * (it loads on demand, and renders when it arrives), the print copy and
   * the JSON-LD of what is shown.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.dialog.loading || this.printCopy.pending || this.jsonLd.pending) {
      await Promise.all([this.dialog.loading, this.printCopy.pending, this.jsonLd.pending]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Any other value, or none (the attribute removed), is the default: the month.
    if (this.view !== 'list') this.view = 'month';
    // Without controls, only the presets filter: what the visitor chose there goes with them.
    const presetsOnly = changed.has('controls') && !this.controls;
    if (changed.has('type') || presetsOnly) this.types = parseIds(this.type);
    if (changed.has('area') || presetsOnly) this.areas = parseIds(this.area);
    if (presetsOnly) this.attendance = 'any';
    if (changed.has('follow') && !this.follow) this.followed = '';
    const model = this.model;
    const now = Date.now();
    const partners = this.followed ? [this.followed] : parseIds(this.partner);
    model.setFeed(this.feed.value?.feed, {partners, types: this.types, areas: this.areas, attendance: this.attendance}, now);
    if (!model.feed) return;
    this.warnAboutPresets(model.feed, changed);
    const month = grid.parseMonth(this.month) ?? grid.monthOf(model.today);
    if (!this.focusedDay || grid.monthOf(this.focusedDay) !== month) {
      this.focusedDay = grid.monthOf(model.today) === month ? model.today : grid.firstOfMonth(month);
    }
    model.setView({view: this.view, month, past: this.past, limit: this.limit}, now);
    this.width.measureOnce();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('follow')) this.follower.sync();
    if (this.focusDay) {
      this.focusDay = false;
      // The month as a list (narrow) has no day cells: the month's heading takes focus.
      this.dayOrHeading()?.focus();
    }
    if (this.focusEvent !== undefined) {
      // At once: the button pressed may be gone (the last page), and focus must not fall to the page.
      this.renderRoot.querySelector<HTMLElement>(`.list-event [data-event="${CSS.escape(this.focusEvent)}"]`)?.focus();
      this.focusEvent = undefined;
    }
    if (this.focusListFrom) {
      const from = this.focusListFrom;
      this.focusListFrom = undefined;
      const day = [...this.renderRoot.querySelectorAll<HTMLElement>('.list-day')].find((li) => li.dataset.day! >= from);
      day?.querySelector<HTMLElement>('[data-event]')?.focus();
    }
    if (this.focusListDay >= 0) {
      // By position: an event of a few days is also listed under days already in the page.
      this.renderRoot.querySelectorAll('.list-day')[this.focusListDay]?.querySelector<HTMLElement>('[data-event]')?.focus();
      this.focusListDay = -1;
    }
  }

  override render() {
    return this.feed.render({
      pending: () => renderLoading(this.localize, 6, `weeks-${grid.weekCount(this.loadingMonth())}`),
      error: (error) => renderError(this.localize, error, () => this.feed.retry()),
      ready: (result) => this.renderCalendar(result),
    });
  }

  private renderCalendar(result: FeedResult) {
    const t = this.localize.pick(messages);
    const month = grid.monthOf(this.focusedDay);
    const followedName = this.followed && this.localize.text(result.feed.partners.find((p) => p.id === this.followed)?.name ?? this.followed);
    const heading = this.view === 'list' ? (this.past ? t.listHeadingPast : t.listHeading) : formatDay(grid.firstOfMonth(month), this.localize.locale, MONTH_YEAR);
    return html`<div class="calendar ${this.width.narrow ? 'narrow' : ''}">
      ${renderStale(this.localize, result, () => this.feed.retry())}
      ${renderToolbar({
        t,
        view: this.view,
        heading,
        headingId: HEADING_ID,
        switchable: this.controls,
        onPrev: () => this.moveTo(grid.shiftMonthKeepDay(this.focusedDay, -1)),
        onNext: () => this.moveTo(grid.shiftMonthKeepDay(this.focusedDay, 1)),
        onToday: () => {
          this.moveTo(this.model.today);
          // A phone's month is a long list, with today far down it: go there, as the grid shows it.
          if (this.view === 'month' && this.width.narrow) this.focusListFrom = this.model.today;
        },
        onView: (view) => (this.view = view),
        headingLevel: this.topLevel,
      })}
      ${followedName ? renderFollowing(t, followedName, () => (this.followed = '')) : nothing}
      ${this.controls ? this.renderControls() : nothing}
      <p part="count" class="count" role="status">
        ${followedName ? html`<span class="visually-hidden">${followedName}: </span>` : nothing}${t.count(this.model.shown.length, this.localize.plural(this.model.shown.length))}
      </p>
      ${this.view === 'list' ? this.renderList() : this.renderMonth()}
      ${this.dialog.render({
        ...this.viewContext(),
        feed: result.feed,
        eventsOf: (day) => this.model.eventsOn(day),
        timeOf: this.timeOnDay,
      })}
    </div>`;
  }

  private renderControls() {
    return renderFilters({
      t: this.localize.pick(messages),
      localize: this.localize,
      areas: this.model.feed!.areas,
      types: this.types,
      selectedAreas: this.areas,
      attendance: this.attendance,
      onToggleType: (id) => (this.types = toggled(this.types, id)),
      onToggleArea: (id) => (this.areas = toggled(this.areas, id)),
      onAttendance: (value) => (this.attendance = value),
    });
  }

  private renderMonth() {
    const ctx = this.viewContext();
    const printCopy = (weeks: grid.MonthDay[][]) => {
      const groups = monthAsList(weeks);
      return groups.length ? renderDayGroups(groups, ctx, {interactive: false, timeOf: this.listTime, eachDay: true, headingLevel: this.topLevel + 1}) : nothing;
    };
    const t = ctx.t;
    const next = this.model.next;
    return html`${this.model.shown.length
      ? nothing
      : renderNoEvents(t.emptyMonth, next && {label: t.nextEvent, day: next.firstDay, locale: this.localize.locale, onClick: () => this.moveTo(next.firstDay, true)}, t.noLaterEvents)}
    ${this.width.narrow
      ? this.renderMonthList()
      : html`${renderGrid({
            ...ctx,
            weeks: this.model.weeks,
            focusedDay: this.focusedDay,
            labelId: HEADING_ID,
            timeOf: this.timeOnDay,
            onKeydown: (e) => this.handleGridKeydown(e),
            onFocusin: (e) => this.handleGridFocusin(e),
            onOpenDay: (day, origin) => this.openDay(day, origin),
          })}${renderTypeKey(this.localize)}
          <div class="print-only" aria-hidden="true">
            ${
              // Rebuilt when the copy catches up, not with every render (a day focused, a month turned).
              this.unlessChanged(this.printCopy.weeks, () => printCopy(this.printCopy.weeks ?? []))
            }
          </div>`}`;
  }

  /** The month as a list (narrow containers), a page at a time (month-list-page.ts). */
  private renderMonthList() {
    const t = this.localize.pick(messages);
    const page = this.monthListPages.page(grid.monthOf(this.focusedDay), this.model.weeks);
    const days = page.days.length
      ? this.unlessChanged(page.days, () =>
          renderDayGroups(page.days, this.viewContext(), {interactive: true, timeOf: this.listTime, eachDay: true, headingLevel: this.topLevel + 1, today: this.model.today}),
        )
      : nothing;
    return this.renderPaged({
      days,
      later: {
        count: page.total - page.inPage,
        onShow: () => {
          this.focusListDay = this.monthListPages.widen();
          this.requestUpdate();
        },
      },
      inPage: page.widened && t.inPage(page.inPage, page.total),
    });
  }

  private renderList() {
    const t = this.localize.pick(messages);
    const {shown, listWindow, listDays, inPage, listWidened} = this.model;
    if (!shown.length) return renderNoEvents(this.past ? t.emptyListPast : t.emptyList);
    const timeOf = (event: PdkEvent) => this.listTimes.get(event, this.localize.locale, this.model.feed!.timezone, t);
    return this.renderPaged({
      days: this.unlessChanged(listDays, () => renderDayGroups(listDays, this.viewContext(), {interactive: true, timeOf, headingLevel: this.topLevel + 1, today: this.model.today})),
      earlier: {count: listWindow.from, onShow: () => this.widenList(true)},
      later: {count: shown.length - listWindow.to, onShow: () => this.widenList(false)},
      inPage: listWidened && t.inPage(inPage.length, shown.length),
    });
  }

  private renderPaged(paged: PagedDays) {
    return renderPagedDays(paged, this.localize.pick(messages), (n) => this.localize.plural(n));
  }

  private get topLevel() {
    return this.headingLevel ?? 2;
  }

  /** A page more of the list; focus goes to the first event it brings in, where reading goes on. */
  private widenList(earlier: boolean) {
    this.focusEvent = this.model.widenList(earlier)?.id;
    this.requestUpdate();
  }

  /**
   * A list of days as it was rendered last, until `days` (or the language)
   * change: with `past`, the list view can hold thousands of events, and
   * building and formatting each again on every render (an event opened, a
   * dialog closed) took seconds.
   */
  private unlessChanged(days: unknown, template: () => unknown) {
    return guard([days, this.localize.locale, this.localize.lang, this.topLevel, this.model.today], template);
  }

  private handleGridKeydown(e: KeyboardEvent) {
    const target = e.target as HTMLElement;
    if (e.key === 'Enter' || e.key === ' ') {
      if (!target.matches('td[data-day]')) return;
      e.preventDefault();
      this.openDay(target.dataset.day!, target);
      return;
    }
    // From the day that holds the focus: a chip of another month's day (focus back from its dialog) is not the tab stop.
    const from = target.closest<HTMLElement>('td[data-day]')?.dataset.day ?? this.focusedDay;
    const day = dayForKey(e.key, from, e.shiftKey);
    if (!day) return;
    e.preventDefault();
    this.moveTo(day, true);
  }

  /** A click focuses a day of this month: it becomes the grid's tab stop. Days of other months stay put. */
  private handleGridFocusin(e: FocusEvent) {
    const day = (e.target as HTMLElement).closest<HTMLElement>('td[data-day]')?.dataset.day;
    if (day && day !== this.focusedDay && grid.monthOf(day) === grid.monthOf(this.focusedDay)) this.focusedDay = day;
  }

  private moveTo(day: DayKey, focus = false) {
    this.focusedDay = day;
    this.month = grid.monthOf(day);
    this.focusDay = focus;
  }

  private openDay(day: DayKey, origin: HTMLElement | null) {
    const events = this.model.eventsOn(day);
    if (events.length === 1) this.openEvent(events[0].id, origin);
    else if (events.length > 1) this.dialog.show({day}, origin);
  }

  private openEvent(id: string, origin: HTMLElement | null) {
    const event = this.model.byId.get(id);
    if (!event) return;
    // From a day's list inside the dialog, the day stays for the back button.
    this.dialog.show({day: this.dialog.isOpen ? this.dialog.opened?.day : undefined, event}, origin);
    emit(this, 'pdk-event-select', {id});
  }

  /** The month the grid will show, while the feed (with its time zone) is not in yet. */
  private loadingMonth(): grid.MonthKey {
    return grid.parseMonth(this.month) ?? grid.monthOf(todayKey(DEFAULT_TIME_ZONE));
  }

  /** Names preset ids the feed does not know (console), once per feed and attribute value. */
  private warnAboutPresets(feed: Feed, changed: PropertyValues<this>) {
    const feedChanged = feed !== this.presetsCheckedFor;
    this.presetsCheckedFor = feed;
    if (feedChanged || changed.has('type')) warnUnknownIds(this, 'type', parseIds(this.type), EVENT_TYPES);
    if (feedChanged || changed.has('area')) warnUnknownIds(this, 'area', parseIds(this.area), feed.areas.map((a) => a.id));
    if (feedChanged || changed.has('partner')) warnUnknownIds(this, 'partner', parseIds(this.partner), feed.partners.map((p) => p.id));
  }

  /** The focused day's cell, or the heading where there is no grid (a list, a narrow month). */
  private dayOrHeading() {
    return this.shadowRoot?.querySelector<HTMLElement>(`td[data-day="${this.focusedDay}"]`) ?? this.shadowRoot?.getElementById(HEADING_ID);
  }

  private viewContext(): ViewContext {
    return {
      localize: this.localize,
      t: this.localize.pick(messages),
      timeZone: this.model.feed?.timezone ?? '',
      onOpenEvent: (id, e) => this.openEvent(id, e.currentTarget as HTMLElement),
    };
  }

  private readonly timeOnDay = (event: PdkEvent, day: DayKey) =>
    timeOnDay(event, day, this.localize.locale, this.model.feed!.timezone, this.localize.pick(messages));

  /** The time in the month's list: a long event, listed once, with its whole range. */
  private readonly listTime = (event: PdkEvent, day: DayKey) =>
    isLong(event) ? timeRange(event, this.localize.locale, this.model.feed!.timezone, this.localize.pick(messages)) : this.timeOnDay(event, day);
}

function toggled(list: readonly string[], id: string): readonly string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
