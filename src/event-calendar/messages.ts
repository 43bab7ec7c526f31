/** The calendar's own strings; the shared ones (types, states) live in src/i18n. */
import type {Lang} from '../feed/types.js';
import {plWord} from '../i18n/plural.js';

export interface CalendarMessages {
  prevMonth: string;
  nextMonth: string;
  today: string;
  /** The visible marker on today's cell. */
  todayMarker: string;
  allDay: string;
  /** A multi-day event on its last day: "do 01:00". */
  until: (time: string) => string;
  cancelled: string;
  more: (n: number) => string;
  online: string;
  /** "12 wydarzeń": the count of shown events, with its CLDR plural category. */
  count: (n: number, plural: Intl.LDMLPluralRule) => string;
  emptyMonth: string;
  /** An open day's list after a script's filter left it without events. */
  emptyDay: string;
  nextEvent: string;
  noLaterEvents: string;
  emptyList: string;
  emptyListPast: string;
  /** The list view's buttons for a page more; `n` is how many are not in the page on that side. */
  showEarlier: (n: number) => string;
  showMore: (n: number) => string;
  /** On paper, where those buttons are not: how many listed events are not printed, after the page and before it. */
  notPrinted: (n: number, plural: Intl.LDMLPluralRule) => string;
  notPrintedEarlier: (n: number, plural: Intl.LDMLPluralRule) => string;
  /** Announced after a page more: how many of the list's events are in the page now (always more than 100). */
  inPage: (n: number, total: number) => string;
  listHeading: string;
  listHeadingPast: string;
  close: string;
  backToDay: string;
  /** In the dialog when the event's detail could not be loaded (a retry button follows). */
  detailFailed: string;
  typeLegend: string;
  areaLegend: string;
  attendanceLegend: string;
  attendanceAny: string;
  attendanceOnline: string;
  attendanceInPerson: string;
  /** Before the followed partner's name. */
  following: string;
  showAll: string;
  viewLabel: string;
  viewMonth: string;
  viewList: string;
  filters: string;
}

const plEvents = (plural: Intl.LDMLPluralRule) => plWord(plural, 'wydarzenie', 'wydarzenia', 'wydarzeń');

export const pl: CalendarMessages = {
  prevMonth: 'Poprzedni miesiąc',
  nextMonth: 'Następny miesiąc',
  today: 'Dziś',
  todayMarker: 'dziś',
  allDay: 'cały dzień',
  until: (time) => `do ${time}`,
  cancelled: 'odwołane',
  more: (n) => `+${n} więcej`,
  online: 'online',
  count: (n, plural) => `${n} ${plEvents(plural)}`,
  emptyMonth: 'Brak wydarzeń w tym miesiącu.',
  emptyDay: 'Tego dnia nie ma wydarzeń, które pasują do filtrów.',
  nextEvent: 'Najbliższe wydarzenie:',
  noLaterEvents: 'Nie zaplanowano kolejnych wydarzeń.',
  emptyList: 'Brak nadchodzących wydarzeń.',
  emptyListPast: 'Brak wydarzeń.',
  showEarlier: (n) => `Pokaż wcześniejsze (${n})`,
  showMore: (n) => `Pokaż więcej (${n})`,
  notPrinted: (n, plural) => `…i jeszcze ${n} ${plEvents(plural)}`,
  // The adjective agrees with the count as the noun does: 1 wcześniejsze, 2 wcześniejsze, 5 wcześniejszych.
  notPrintedEarlier: (n, plural) => `…oraz ${n} ${plWord(plural, 'wcześniejsze', 'wcześniejsze', 'wcześniejszych')} ${plEvents(plural)}`,
  inPage: (n, total) => `Pokazano ${n} z ${total} wydarzeń`,
  listHeading: 'Nadchodzące wydarzenia',
  listHeadingPast: 'Wydarzenia',
  close: 'Zamknij',
  backToDay: 'Wszystkie wydarzenia tego dnia',
  detailFailed: 'Nie udało się wczytać szczegółów wydarzenia.',
  typeLegend: 'Rodzaj wydarzenia',
  areaLegend: 'Obszar tematyczny',
  attendanceLegend: 'Forma udziału',
  attendanceAny: 'Wszystkie',
  attendanceOnline: 'Online',
  attendanceInPerson: 'Na miejscu',
  following: 'Wydarzenia partnera:',
  showAll: 'Pokaż wszystkie wydarzenia',
  viewLabel: 'Widok',
  viewMonth: 'Miesiąc',
  viewList: 'Lista',
  filters: 'Filtry',
};

export const en: CalendarMessages = {
  prevMonth: 'Previous month',
  nextMonth: 'Next month',
  today: 'Today',
  todayMarker: 'today',
  allDay: 'all day',
  until: (time) => `until ${time}`,
  cancelled: 'cancelled',
  more: (n) => `+${n} more`,
  online: 'online',
  count: (n, plural) => `${n} ${plural === 'one' ? 'event' : 'events'}`,
  emptyMonth: 'No events this month.',
  emptyDay: 'No events on this day match the filters.',
  nextEvent: 'Next event:',
  noLaterEvents: 'No later events are planned.',
  emptyList: 'No upcoming events.',
  emptyListPast: 'No events.',
  showEarlier: (n) => `Show earlier (${n})`,
  showMore: (n) => `Show more (${n})`,
  notPrinted: (n, plural) => `…and ${n} more ${plural === 'one' ? 'event' : 'events'}`,
  notPrintedEarlier: (n, plural) => `…and ${n} earlier ${plural === 'one' ? 'event' : 'events'}`,
  inPage: (n, total) => `Showing ${n} of ${total} events`,
  listHeading: 'Upcoming events',
  listHeadingPast: 'Events',
  close: 'Close',
  backToDay: 'All events on this day',
  detailFailed: 'The event details could not be loaded.',
  typeLegend: 'Event type',
  areaLegend: 'Theme',
  attendanceLegend: 'How to attend',
  attendanceAny: 'All',
  attendanceOnline: 'Online',
  attendanceInPerson: 'In person',
  following: 'Events by:',
  showAll: 'Show all events',
  viewLabel: 'View',
  viewMonth: 'Month',
  viewList: 'List',
  filters: 'Filters',
};

export const messages: Record<Lang, CalendarMessages> = {pl, en};
