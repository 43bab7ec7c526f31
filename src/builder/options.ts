/**
 * The preset filters a feed offers, by name: only the categories, event
 * types, areas and partners it actually holds. Pure; names are sorted with
 * Polish collation (Ł after L) in both languages, as the widgets sort them.
 */
import {EVENT_TYPES, PARTNER_CATEGORIES, type EventType, type Feed, type Lang, type PartnerCategory} from '../feed/types.js';
import type {SharedMessages} from '../i18n/messages.js';
import {textIn} from '../i18n/text.js';
import {polishCollator} from '../partner-list/search.js';
import type {Settings} from './settings.js';

export interface Option {
  readonly id: string;
  readonly label: string;
}

export interface FeedOptions {
  readonly categories: readonly Option[];
  readonly areas: readonly Option[];
  readonly types: readonly Option[];
  readonly partners: readonly Option[];
}

export const NO_OPTIONS: FeedOptions = {categories: [], areas: [], types: [], partners: []};

const byLabel = (a: Option, b: Option) => polishCollator.compare(a.label, b.label);

export function feedOptions(feed: Feed, lang: Lang, shared: SharedMessages): FeedOptions {
  const usedCategories = new Set<string>(feed.partners.map((p) => p.category));
  const usedTypes = new Set<string>(feed.events.map((e) => e.type));
  return {
    // Categories and types keep SPEC's order: it groups alike kinds together.
    categories: PARTNER_CATEGORIES.filter((c) => usedCategories.has(c)).map((c: PartnerCategory) => ({
      id: c,
      label: shared.category[c],
    })),
    types: EVENT_TYPES.filter((t) => usedTypes.has(t)).map((t: EventType) => ({id: t, label: shared.eventType[t]})),
    areas: feed.areas.map((a) => ({id: a.id, label: textIn(a.name, lang)})).sort(byLabel),
    partners: feed.partners.map((p) => ({id: p.id, label: textIn(p.name, lang)})).sort(byLabel),
  };
}

/** The settings with every preset id the feed does not hold left out (a feed changed under them). */
export function withinFeed(settings: Settings, options: FeedOptions): Settings {
  const keep = (ids: readonly string[], offered: readonly Option[]) => ids.filter((id) => offered.some((o) => o.id === id));
  return {
    ...settings,
    category: keep(settings.category, options.categories),
    area: keep(settings.area, options.areas),
    type: keep(settings.type, options.types),
    partner: keep(settings.partner, options.partners),
  };
}
