/**
 * `pdk-feed stats`: what a feed holds, counted so an editor sees at a glance
 * what they are about to publish. Pure: a validated `Feed` in, numbers out,
 * and a plain-text table of them.
 */
import {EVENT_TYPES, PARTNER_CATEGORIES, type Feed, type Lang} from '../feed/types.js';
import {textIn} from '../i18n/text.js';
import {en} from '../i18n/en.js';
import {pl} from '../i18n/pl.js';

export interface FeedStats {
  readonly partners: number;
  readonly events: number;
  readonly areas: number;
  readonly partnersByCategory: Readonly<Record<string, number>>;
  readonly partnersByArea: Readonly<Record<string, number>>;
  readonly eventsByType: Readonly<Record<string, number>>;
  readonly eventsByArea: Readonly<Record<string, number>>;
  /** `YYYY-MM` (the month an event starts, in the feed's zone) → events, in order. */
  readonly eventsByMonth: Readonly<Record<string, number>>;
  /** Not over yet (ongoing ones included), cancelled or not. */
  readonly upcoming: number;
  readonly past: number;
  readonly cancelled: number;
  /** Ids of partners that organise no event. */
  readonly partnersWithoutEvents: readonly string[];
}

function tally(keys: Iterable<string>, into: Record<string, number> = {}): Record<string, number> {
  for (const key of keys) into[key] = (into[key] ?? 0) + 1;
  return into;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

export function computeStats(feed: Feed, now: number): FeedStats {
  const areaIds = feed.areas.map((a) => a.id);
  const organisers = new Set(feed.events.flatMap((e) => e.partners));
  const months = tally(feed.events.map((e) => e.firstDay.slice(0, 7)));
  const upcoming = feed.events.filter((e) => e.endMs > now).length;
  return {
    partners: feed.partners.length,
    events: feed.events.length,
    areas: feed.areas.length,
    partnersByCategory: tally(feed.partners.map((p) => p.category), zeros(PARTNER_CATEGORIES)),
    partnersByArea: tally(feed.partners.flatMap((p) => p.areas), zeros(areaIds)),
    eventsByType: tally(feed.events.map((e) => e.type), zeros(EVENT_TYPES)),
    eventsByArea: tally(feed.events.flatMap((e) => e.areas), zeros(areaIds)),
    eventsByMonth: Object.fromEntries(Object.entries(months).sort(([a], [b]) => (a < b ? -1 : 1))),
    upcoming,
    past: feed.events.length - upcoming,
    cancelled: feed.events.filter((e) => e.status === 'cancelled').length,
    partnersWithoutEvents: feed.partners.filter((p) => !organisers.has(p.id)).map((p) => p.id),
  };
}

interface StatsLabels {
  heading(partners: number, events: number, areas: number): string;
  byCategory: string;
  partnersByArea: string;
  byType: string;
  eventsByArea: string;
  byMonth: string;
  when: string;
  upcoming: string;
  past: string;
  cancelled: string;
  withoutEvents: string;
  more(n: number): string;
}

const LABELS: Record<Lang, StatsLabels> = {
  en: {
    heading: (p, e, a) => `Partners: ${p}   Events: ${e}   Areas: ${a}`,
    byCategory: 'Partners by category',
    partnersByArea: 'Partners by area (a partner counts in each of its areas)',
    byType: 'Events by type',
    eventsByArea: 'Events by area (an event counts in each of its areas)',
    byMonth: 'Events by month (when they start)',
    when: 'Events by date',
    upcoming: 'upcoming or ongoing',
    past: 'over',
    cancelled: 'of which cancelled',
    withoutEvents: 'Partners without events',
    more: (n) => `… and ${n} more`,
  },
  pl: {
    heading: (p, e, a) => `Partnerzy: ${p}   Wydarzenia: ${e}   Obszary: ${a}`,
    byCategory: 'Partnerzy według kategorii',
    partnersByArea: 'Partnerzy według obszaru (partner liczy się w każdym swoim obszarze)',
    byType: 'Wydarzenia według typu',
    eventsByArea: 'Wydarzenia według obszaru (wydarzenie liczy się w każdym swoim obszarze)',
    byMonth: 'Wydarzenia według miesiąca (rozpoczęcia)',
    when: 'Wydarzenia według terminu',
    upcoming: 'nadchodzące lub trwające',
    past: 'zakończone',
    cancelled: 'w tym odwołane',
    withoutEvents: 'Partnerzy bez wydarzeń',
    more: (n) => `… i jeszcze ${n}`,
  },
};

/** Partners without events listed by id, at most this many. */
const LISTED = 15;
const BAR_WIDTH = 30;

/** A titled table: label, count right-aligned, and a bar relative to the section's largest count. */
function table(title: string, rows: readonly (readonly [string, number])[]): string[] {
  const labelWidth = Math.max(...rows.map(([label]) => label.length), 0);
  const countWidth = Math.max(...rows.map(([, n]) => String(n).length), 1);
  const max = Math.max(...rows.map(([, n]) => n), 0);
  return [
    title,
    ...rows.map(([label, n]) => {
      const bar = max ? '█'.repeat(Math.round((n / max) * BAR_WIDTH)) : '';
      return `  ${label.padEnd(labelWidth)}  ${String(n).padStart(countWidth)}  ${bar}`.trimEnd();
    }),
  ];
}

/** The stats as the readable text `pdk-feed stats` prints. */
export function formatStats(stats: FeedStats, feed: Feed, lang: Lang): string {
  const l = LABELS[lang];
  const names = lang === 'pl' ? pl : en;
  const areaName = (id: string) => {
    const area = feed.areas.find((a) => a.id === id);
    return area ? `${textIn(area.name, lang)} (${id})` : id;
  };
  const month = new Intl.DateTimeFormat(lang, {month: 'long', year: 'numeric', timeZone: 'UTC'});
  const monthName = (key: string) => month.format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1));
  const sections = [
    [l.heading(stats.partners, stats.events, stats.areas)],
    table(l.byCategory, Object.entries(stats.partnersByCategory).map(([id, n]) => [`${names.category[id as keyof typeof names.category] ?? id} (${id})`, n])),
    table(l.partnersByArea, Object.entries(stats.partnersByArea).map(([id, n]) => [areaName(id), n])),
    table(l.byType, Object.entries(stats.eventsByType).map(([id, n]) => [`${names.eventType[id as keyof typeof names.eventType] ?? id} (${id})`, n])),
    table(l.eventsByArea, Object.entries(stats.eventsByArea).map(([id, n]) => [areaName(id), n])),
    table(l.byMonth, Object.entries(stats.eventsByMonth).map(([key, n]) => [monthName(key), n])),
    table(l.when, [
      [l.upcoming, stats.upcoming],
      [l.past, stats.past],
      [l.cancelled, stats.cancelled],
    ]),
  ];
  const without = stats.partnersWithoutEvents;
  const listed = without.slice(0, LISTED).map((id) => `  ${id}`);
  if (without.length > LISTED) listed.push(`  ${l.more(without.length - LISTED)}`);
  sections.push([`${l.withoutEvents}: ${without.length}`, ...listed]);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
