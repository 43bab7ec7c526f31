/**
 * Selectors from the feed to what the list shows, DOM-free: entries with
 * their search strings and upcoming-event counts (computed once per feed),
 * sorting for a language, and filtering.
 */
import {PARTNER_CATEGORIES, type Feed, type Lang, type Partner, type PartnerCategory, type PdkEvent, type Text} from '../feed/types.js';
import {textIn} from '../i18n/text.js';
import {matchesTerms, normalize, polishCollator} from './search.js';

export interface PartnerEntry {
  readonly partner: Partner;
  /** Position in the feed: a stable key for DOM ids. */
  readonly index: number;
  /** Names and descriptions in both languages, normalized for search. */
  readonly search: string;
  /** Upcoming, not cancelled events this partner organises. */
  readonly upcoming: number;
}

export interface Criteria {
  /** Normalized query terms (see `queryTerms`). */
  readonly terms: readonly string[];
  /** Category ids; empty means all. */
  readonly categories: ReadonlySet<string>;
  /** Area ids; empty means all. A partner matches when it works in any of them. */
  readonly areas: ReadonlySet<string>;
}

const bothLangs = (text: Text | undefined) =>
  text === undefined ? '' : typeof text === 'string' ? text : `${text.pl ?? ''}\n${text.en ?? ''}`;

/**
 * How many upcoming events each partner organises: not cancelled and not yet
 * over (an event is upcoming until it ends).
 */
export function countUpcoming(events: readonly PdkEvent[], now: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (event.status === 'cancelled' || event.endMs <= now) continue;
    for (const id of new Set(event.partners)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** The work done once per feed, so a keystroke only compares strings. */
export function buildEntries(feed: Feed, now: number): PartnerEntry[] {
  const counts = countUpcoming(feed.events, now);
  return feed.partners.map((partner, index) => ({
    partner,
    index,
    search: normalize(`${bothLangs(partner.name)}\n${bothLangs(partner.description)}`),
    upcoming: counts.get(partner.id) ?? 0,
  }));
}

/** Entries by name as shown in `lang`, with Polish collation. */
export function sortEntries(entries: readonly PartnerEntry[], lang: Lang): PartnerEntry[] {
  const keyed = entries.map((entry) => ({entry, key: textIn(entry.partner.name, lang)}));
  keyed.sort((a, b) => polishCollator.compare(a.key, b.key) || a.entry.index - b.entry.index);
  return keyed.map(({entry}) => entry);
}

export function filterEntries(entries: readonly PartnerEntry[], {terms, categories, areas}: Criteria): PartnerEntry[] {
  if (!terms.length && !categories.size && !areas.size) return entries.slice();
  return entries.filter(
    ({partner, search}) =>
      (!categories.size || categories.has(partner.category)) &&
      (!areas.size || partner.areas.some((area) => areas.has(area))) &&
      matchesTerms(search, terms),
  );
}

/** Whether two filter results hold the same entries in the same order. */
export function sameEntries(a: readonly PartnerEntry[], b: readonly PartnerEntry[]): boolean {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}

/** The categories to offer as filters: those in use, plus any preset, in the feed format's order. */
export function categoryOptions(partners: readonly Partner[], preset: Iterable<string>): PartnerCategory[] {
  const used = new Set<string>(preset);
  for (const partner of partners) used.add(partner.category);
  return PARTNER_CATEGORIES.filter((category) => used.has(category));
}

/** Two letters for a partner without a logo: "Fundacja Czyste Powietrze" → "FC". */
export function monogram(name: string): string {
  // Quotation marks and brackets before a word are not its initial: „Zielona Praga” → "ZP".
  const words = name
    .split(/[\s\-–—/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+/u, ''))
    .filter((word) => /^\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word));
  const pick = capitalised.length ? capitalised : words;
  const letters = pick.slice(0, 2).map((word) => [...word][0].toLocaleUpperCase('pl'));
  return letters.join('') || '?';
}

/** The year from a `since` date ("2019-05-01" → "2019"), or undefined. */
export function sinceYear(since: string | undefined): string | undefined {
  const match = since ? /^(\d{4})/.exec(since) : null;
  return match ? match[1] : undefined;
}
