/**
 * The typed, validated feed. Everything past `validateFeed()` is one of these
 * readonly shapes; raw JSON never reaches an element.
 */

/** A language this library ships. */
export type Lang = 'pl' | 'en';

/** Text in the feed: one string for both languages, or one per language. */
export type Text = string | Readonly<Partial<Record<Lang, string>>>;

export const PARTNER_CATEGORIES = [
  'government',
  'local-government',
  'embassy',
  'ngo',
  'institution',
  'business',
  'education',
  'other',
] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

export const EVENT_TYPES = ['conference', 'debate', 'happening', 'exhibition', 'workshop', 'other'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_STATUSES = ['scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** A calendar day in the feed's time zone, `YYYY-MM-DD`. */
export type DayKey = string;

export interface Area {
  readonly id: string;
  readonly name: Text;
}

export interface Partner {
  readonly id: string;
  readonly name: Text;
  readonly category: PartnerCategory;
  readonly areas: readonly string[];
  readonly url?: string;
  /** Absolute URL (relative logos are resolved against the feed URL). */
  readonly logo?: string;
  readonly description?: Text;
  /** `YYYY-MM-DD`. */
  readonly since?: string;
}

export interface EventLocation {
  readonly name?: string;
  readonly address?: string;
}

export interface PdkEvent {
  readonly id: string;
  readonly title: Text;
  readonly type: EventType;
  /** The feed's `start` as written: a date-time with offset, or a date. */
  readonly start: string;
  readonly end?: string;
  /** True when `start` is a date without a time. */
  readonly allDay: boolean;
  /** Start instant (ms since epoch); for all-day events, midnight of the first day in the feed's zone. */
  readonly startMs: number;
  /** End instant (exclusive). Missing `end`: the end of the start day for all-day and timed events alike. */
  readonly endMs: number;
  /** First and last (inclusive) calendar day the event covers, in the feed's zone. */
  readonly firstDay: DayKey;
  readonly lastDay: DayKey;
  readonly location?: EventLocation;
  readonly online?: string;
  readonly partners: readonly string[];
  readonly areas: readonly string[];
  readonly url?: string;
  readonly description?: Text;
  readonly status: EventStatus;
}

export interface JoinConfig {
  readonly email?: string;
  readonly action?: string;
  readonly privacyUrl?: string;
}

export interface Feed {
  readonly version: 1;
  readonly updated?: string;
  /** IANA zone every date is shown in. */
  readonly timezone: string;
  readonly areas: readonly Area[];
  readonly partners: readonly Partner[];
  readonly events: readonly PdkEvent[];
  readonly join: JoinConfig;
}

/**
 * One thing validation found. `error`s make an entry (or the whole feed)
 * unusable; `warning`s are tolerated by the widgets but reported by `pdk-feed validate`.
 */
export interface FeedIssue {
  readonly path: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly code: IssueCode;
}

/**
 * What kind of issue: `skipped` (the entry is left out), `unknown-value` (an
 * enum value a newer feed may use; an error for `pdk-feed validate`),
 * `dropped-url`, `unknown-ref` (an id no entry has), `ignored-value` (a field
 * the widgets can do without, such as since or updated, is malformed and left
 * out), `other`.
 */
export type IssueCode = 'skipped' | 'unknown-value' | 'dropped-url' | 'unknown-ref' | 'ignored-value' | 'other';
