/**
 * The builder's choices in its page's address (`#…`), so that a reload keeps
 * them and an editor can send a colleague the link. Only what differs from
 * the defaults is written; what is read back is checked field by field, as
 * a link can be edited by hand.
 */
import {CALENDAR_VIEWS} from '../event-calendar/toolbar.js';
import {PARTNER_LIST_LAYOUTS} from '../partner-list/templates.js';
import {WIDGET_TAGS} from '../shared/widget-tags.js';
import {DEFAULT_SETTINGS, DEFAULT_THEME, MAX_RADIUS_EM, type Settings, type Theme} from './settings.js';

export interface SavedState {
  readonly settings: Settings;
  /** The CDN address field ('' for the builder's own files). */
  readonly base: string;
}

/** The address's fragment for these choices: '' when they are all the defaults. */
export function toHash({settings, base}: SavedState): string {
  const changed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    if (JSON.stringify(value) !== JSON.stringify(DEFAULT_SETTINGS[key as keyof Settings])) changed[key] = value;
  }
  if (base) changed.base = base;
  return Object.keys(changed).length ? `#${encodeURIComponent(JSON.stringify(changed))}` : '';
}

/** The choices a fragment holds, on top of the defaults; whatever is not a valid choice is left out. */
export function fromHash(hash: string): SavedState | undefined {
  let saved: unknown;
  try {
    saved = JSON.parse(decodeURIComponent(hash.replace(/^#/, '')));
  } catch {
    return undefined;
  }
  if (!saved || typeof saved !== 'object' || Array.isArray(saved)) return undefined;
  const read = saved as Record<string, unknown>;
  const settings: Record<string, unknown> = {...DEFAULT_SETTINGS};
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = read[key];
    if (key === 'theme') settings.theme = readTheme(value);
    else if (Array.isArray(fallback)) settings[key] = Array.isArray(value) ? value.filter((v) => typeof v === 'string') : fallback;
    else if (typeof value === typeof fallback) settings[key] = value;
  }
  const oneOf = <T extends string>(value: unknown, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);
  settings.element = oneOf(settings.element, WIDGET_TAGS, DEFAULT_SETTINGS.element);
  settings.layout = oneOf(settings.layout, PARTNER_LIST_LAYOUTS, DEFAULT_SETTINGS.layout);
  settings.view = oneOf(settings.view, CALENDAR_VIEWS, DEFAULT_SETTINGS.view);
  // A feed only by its full address, as the feed field takes it.
  if (!/^https?:\/\//i.test(String(settings.src))) settings.src = '';
  const limit = Number(settings.limit);
  settings.limit = Number.isInteger(limit) && limit >= 0 ? limit : 0;
  return {settings: settings as unknown as Settings, base: typeof read.base === 'string' ? read.base : ''};
}

function readTheme(value: unknown): Theme {
  if (!value || typeof value !== 'object') return DEFAULT_THEME;
  const theme = value as Partial<Record<keyof Theme, unknown>>;
  const colour = (v: unknown, fallback: string) => (typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v) ? v.toLowerCase() : fallback);
  const radius = Number(theme.radius);
  return {
    accent: colour(theme.accent, DEFAULT_THEME.accent),
    text: colour(theme.text, DEFAULT_THEME.text),
    bg: colour(theme.bg, DEFAULT_THEME.bg),
    radius: Number.isFinite(radius) && radius >= 0 ? Math.min(radius, MAX_RADIUS_EM) : DEFAULT_THEME.radius,
  };
}
