/**
 * Turns untrusted JSON into a typed `Feed`. This is the one boundary where
 * feed data is checked: a bad entry is skipped and recorded with its JSON
 * path, and the rest of the feed renders. Only a feed that is not an object
 * or not of version 1 is rejected as a whole (`FeedError`).
 *
 * No DOM here: the CLI runs this same module in Node.
 */
import {
  EVENT_STATUSES,
  EVENT_TYPES,
  PARTNER_CATEGORIES,
  type Area,
  type EventLocation,
  type Feed,
  type FeedIssue,
  type IssueCode,
  type JoinConfig,
  type Partner,
  type PdkEvent,
  type Text,
} from './types.js';
import {FeedError} from './feed-error.js';
import {
  DEFAULT_TIME_ZONE,
  addDays,
  dayKeyOf,
  isValidTimeZone,
  parseDayKey,
  parseFeedDate,
  startOfDay,
} from './zoned-dates.js';

export const SUPPORTED_VERSION = 1;

export interface ValidationResult {
  readonly feed: Feed;
  readonly issues: readonly FeedIssue[];
}

type Json = Record<string, unknown>;

/** A reason to skip an entry, with the JSON path of the field at fault. */
interface EntryError {
  readonly path: string;
  readonly message: string;
}

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * An absolute http(s) URL already in the form the URL parser returns: a
 * lowercase host name (not an IP address, no port, no user), a path, and
 * nothing the parser would encode, resolve or map. Nearly every feed URL
 * looks like this, and parsing thousands with `new URL` was the largest single
 * cost of validating a 5,000-event feed in Chromium; these pass as they are.
 * (A property test in test/feed/fuzz.test.ts checks the two agree.)
 */
const CANONICAL_URL = /^https?:\/\/(?:[a-z0-9-]+\.)+[a-z][a-z0-9-]*\/[\w\-.~!$&()*+,;=:@%/]*(?:\?[\w\-.~!$&()*+,;=:@%/?]*)?(?:#[\w\-.~!$&()*+,;=:@%/?]*)?$/;
/** The schema's pattern for join.email (test/node/schema-agreement.test.mjs checks they agree). */
const EMAIL_ADDRESS = /^[^\s@?&#/\\,;:<>"]+@[^\s@?&#/\\,;:<>".]+(?:\.[^\s@?&#/\\,;:<>".]+)+$/;

/** A plain e-mail address: nothing a `mailto:` URL would read as more headers (`?bcc=`) or more recipients. */
export const isEmailAddress = (value: string): boolean => EMAIL_ADDRESS.test(value);
/** Dot segments (also encoded) and punycode labels: left to the parser. */
const NEEDS_PARSER = /\/\.|%2e|xn--/i;

/** An absolute http(s) URL, or (with `base`) one relative to it; anything else is null. */
export function safeUrl(value: string, base?: string): string | null {
  if (CANONICAL_URL.test(value) && !NEEDS_PARSER.test(value)) return value;
  try {
    const url = base ? new URL(value, base) : new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Nothing but spaces (or nothing): shown, it would be an empty name, heading or button. */
const isBlank = (value: string) => !/\S/.test(value);

/** What a field that cannot be read reads as: empty if required (its entry is skipped anyway), else absent. */
const unread = (required: boolean) => (required ? '' : undefined);

/**
 * Reads one entry's fields. A missing or wrongly typed field is recorded in
 * `errors`, and the entry will be skipped; reading goes on (a required field
 * reads as empty), so that an editor sees every problem of an entry at once,
 * not one per run of `pdk-feed validate`.
 */
class EntryReader {
  /** Why the entry cannot be used; left undefined while it can (most entries: no array made). */
  errors?: EntryError[];

  constructor(
    private readonly entry: Json,
    readonly path: string,
    private readonly issues: FeedIssue[],
    /** A reader of an object inside an entry (its location) reports to the entry's reader. */
    private readonly parent?: EntryReader,
  ) {}

  /** Reads an object inside this entry. */
  child(key: string, value: Json): EntryReader {
    return new EntryReader(value, this.fieldPath(key), this.issues, this);
  }

  fieldPath(key: string) {
    return `${this.path}.${key}`;
  }

  warn(key: string, message: string, code: IssueCode = 'other') {
    this.issues.push(issue(this.fieldPath(key), message, 'warning', code));
  }

  /** Records why the entry cannot be used; `key` names the field at fault. */
  fail(key: string, message: string, path = this.fieldPath(key)): void {
    if (this.parent) this.parent.fail(key, message, path);
    else (this.errors ??= []).push({path, message});
  }

  raw(key: string): unknown {
    return this.entry[key];
  }

  string(key: string, required: true): string;
  string(key: string, required?: false): string | undefined;
  string(key: string, required = false): string | undefined {
    const value = this.entry[key];
    if (value === undefined || value === null || (typeof value === 'string' && isBlank(value))) {
      if (required) this.fail(key, `"${key}" is required`);
      return unread(required);
    }
    if (typeof value !== 'string') {
      this.fail(key, `"${key}" must be a string, not ${describe(value)}`);
      return unread(required);
    }
    return value;
  }

  text(key: string, required: true): Text;
  text(key: string, required?: false): Text | undefined;
  text(key: string, required = false): Text | undefined {
    const value = this.entry[key];
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const {pl, en} = value as Json;
      const text: {pl?: string; en?: string} = {};
      let wrongType = false;
      for (const [lang, v] of [['pl', pl], ['en', en]] as const) {
        if (v === undefined || v === null || (typeof v === 'string' && isBlank(v))) continue;
        if (typeof v === 'string') {
          text[lang] = v;
        } else {
          wrongType = true;
          this.fail(key, `"${key}.${lang}" must be a string, not ${describe(v)}`, `${this.fieldPath(key)}.${lang}`);
        }
      }
      if (text.pl !== undefined || text.en !== undefined) return text;
      if (required && !wrongType) this.fail(key, `"${key}" needs "pl" or "en" text`);
      return unread(required);
    }
    if (Array.isArray(value)) {
      this.fail(key, `"${key}" must be text or {"pl", "en"}, not an array`);
      return unread(required);
    }
    return this.string(key, required as false);
  }

  stringList(key: string): string[] {
    const value = this.entry[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.fail(key, `"${key}" must be a list of ids`);
      return [];
    }
    return value as string[];
  }

  oneOf<T extends string>(key: string, allowed: readonly T[], fallback: T, required = false): T {
    const value = this.string(key, required as false);
    // Missing (an error, if required, is recorded).
    if (!value) return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.warn(key, `unknown ${key} "${value}" (this version knows ${allowed.join(', ')}); shown as "${fallback}"`, 'unknown-value');
    return fallback;
  }

  email(key: string): string | undefined {
    const value = this.string(key);
    if (value === undefined || isEmailAddress(value)) return value;
    this.warn(key, `"${value}" is not an e-mail address; ignored`, 'ignored-value');
    return undefined;
  }

  url(key: string, base?: string): string | undefined {
    const value = this.string(key);
    if (value === undefined) return undefined;
    const url = safeUrl(value, base);
    if (url === null) this.warn(key, `"${value}" is not an http(s) URL; dropped`, 'dropped-url');
    return url ?? undefined;
  }
}

export type {IssueCode};

function issue(path: string, message: string, severity: FeedIssue['severity'], code: IssueCode): FeedIssue {
  return {path, message, severity, code};
}

/** An error that costs the feed an entry (or a section): `outcome` says which. */
function skipped(path: string, message: string, outcome: string): FeedIssue {
  return issue(path, `${message}; ${outcome}`, 'error', 'skipped');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Validation steps: a generator that pauses (yields) between groups of entries. */
type Steps<T> = Generator<void, T, void>;

/** Entries read between two pauses. */
const ENTRIES_PER_STEP = 128;

/**
 * Validates one list of entries: each entry is read by `readEntry`; a bad one
 * or a later duplicate id is skipped and recorded. Pauses every few entries.
 */
function* readList<T extends {id: string}>(
  root: Json,
  key: string,
  issues: FeedIssue[],
  paths: Map<object, string>,
  readEntry: (reader: EntryReader) => T,
): Steps<T[]> {
  const raw = root[key];
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    issues.push(issue(`$.${key}`, `"${key}" must be a list, not ${describe(raw)}`, 'error', 'skipped'));
    return [];
  }
  const seen = new Set<string>();
  const entries: T[] = [];
  for (let index = 0; index < raw.length; index++) {
    if (index % ENTRIES_PER_STEP === ENTRIES_PER_STEP - 1) yield;
    const entry: unknown = raw[index];
    const path = `$.${key}[${index}]`;
    if (!isObject(entry)) {
      issues.push(skipped(path, `entry must be an object, not ${describe(entry)}`, 'entry skipped'));
      continue;
    }
    const reader = new EntryReader(entry, path, issues);
    let value: T;
    try {
      value = readEntry(reader);
    } catch (error) {
      // Whatever a reader did not foresee costs this entry only, never the feed.
      issues.push(skipped(path, `entry could not be read (${String(error)})`, 'entry skipped'));
      continue;
    }
    if (!reader.errors && seen.has(value.id)) reader.fail('id', `duplicate id "${value.id}" (the later copy is skipped)`);
    if (reader.errors) {
      for (const error of reader.errors) issues.push(skipped(error.path, error.message, 'entry skipped'));
      continue;
    }
    seen.add(value.id);
    paths.set(value, path);
    entries.push(value);
  }
  return entries;
}

function readArea(r: EntryReader): Area {
  return {id: r.string('id', true), name: r.text('name', true)};
}

function readPartner(r: EntryReader, feedUrl: string | undefined): Partner {
  const since = r.string('since');
  if (since !== undefined && !parseDayKey(since)) r.warn('since', `"${since}" is not a date (YYYY-MM-DD); ignored`, 'ignored-value');
  return {
    id: r.string('id', true),
    name: r.text('name', true),
    category: r.oneOf('category', PARTNER_CATEGORIES, 'other', true),
    areas: r.stringList('areas'),
    url: r.url('url'),
    logo: r.url('logo', feedUrl),
    description: r.text('description'),
    since: since && parseDayKey(since) ? since : undefined,
  };
}

function readLocation(r: EntryReader): EventLocation | undefined {
  const value = r.raw('location');
  if (value === undefined || value === null) return undefined;
  if (!isObject(value)) {
    r.fail('location', `"location" must be an object with "name" and "address"`);
    return undefined;
  }
  const inner = r.child('location', value);
  const location = withoutUndefined({name: inner.string('name'), address: inner.string('address')});
  return location.name || location.address ? location : undefined;
}

type EventTimes = Pick<PdkEvent, 'allDay' | 'startMs' | 'endMs' | 'firstDay' | 'lastDay'>;

/** The times of an entry that is skipped anyway (its start or end is bad). */
const NO_TIMES: EventTimes = {allDay: false, startMs: 0, endMs: 0, firstDay: '', lastDay: ''};

/** When an event is, in instants and in days of the feed's zone; an end that cannot be is recorded. */
function readTimes(r: EntryReader, start: string, end: string | undefined, timeZone: string): EventTimes {
  // An empty `start` is missing, and already recorded.
  const startDate = start === '' ? undefined : parseFeedDate(start);
  if (startDate === null) {
    r.fail('start', `"start" must be a date-time with an offset (2026-12-03T18:00:00+01:00) or a date (2026-12-03), in the years 0100–9998, not "${start}"`);
  }
  const endDate = end === undefined ? undefined : parseFeedDate(end);
  if (endDate === null) r.fail('end', `"end" must be a date-time with an offset or a date, in the years 0100–9998, not "${end}"`);
  if (!startDate || endDate === null) return NO_TIMES;
  if (endDate && endDate.allDay !== startDate.allDay) {
    r.fail('end', `"end" must have the same form as "start" (both dates, or both date-times)`);
    return NO_TIMES;
  }
  const endsBeforeStart = () => {
    r.fail('end', `"end" (${end}) is before "start" (${start})`);
    return NO_TIMES;
  };
  if (startDate.allDay) {
    const lastDay = endDate?.allDay ? endDate.day : startDate.day;
    if (lastDay < startDate.day) return endsBeforeStart();
    return {
      allDay: true,
      firstDay: startDate.day,
      lastDay,
      startMs: startOfDay(startDate.day, timeZone),
      endMs: startOfDay(addDays(lastDay, 1), timeZone),
    };
  }
  const firstDay = dayKeyOf(startDate.ms, timeZone);
  const endMs = endDate && !endDate.allDay ? endDate.ms : startOfDay(addDays(firstDay, 1), timeZone);
  if (endMs < startDate.ms) return endsBeforeStart();
  // An event that ends exactly at midnight does not cover the next day.
  const lastDay = endDate && endMs > startDate.ms ? dayKeyOf(endMs - 1, timeZone) : firstDay;
  return {allDay: false, firstDay, lastDay, startMs: startDate.ms, endMs};
}

function readEvent(r: EntryReader, timeZone: string): PdkEvent {
  const id = r.string('id', true);
  const title = r.text('title', true);
  const start = r.string('start', true);
  const end = r.string('end');
  const {allDay, firstDay, lastDay, startMs, endMs} = readTimes(r, start, end, timeZone);
  return {
    id,
    title,
    type: r.oneOf('type', EVENT_TYPES, 'other'),
    start,
    end,
    allDay,
    firstDay,
    lastDay,
    startMs,
    endMs,
    location: readLocation(r),
    online: r.url('online'),
    partners: r.stringList('partners'),
    areas: r.stringList('areas'),
    url: r.url('url'),
    description: r.text('description'),
    status: r.oneOf('status', EVENT_STATUSES, 'scheduled'),
  };
}

function readJoin(root: Json, issues: FeedIssue[]): JoinConfig {
  const value = root.join;
  if (value === undefined || value === null) return {};
  if (!isObject(value)) {
    issues.push(issue('$.join', `"join" must be an object, not ${describe(value)}`, 'error', 'skipped'));
    return {};
  }
  const r = new EntryReader(value, '$.join', issues);
  const join = withoutUndefined({email: r.email('email'), action: r.url('action'), privacyUrl: r.url('privacyUrl')});
  if (!r.errors) return join;
  for (const error of r.errors) issues.push(skipped(error.path, error.message, '"join" ignored'));
  return {};
}

function readTimeZone(root: Json, issues: FeedIssue[]): string {
  const value = root.timezone;
  if (value === undefined || value === null) return DEFAULT_TIME_ZONE;
  if (typeof value === 'string' && isValidTimeZone(value)) return value;
  issues.push(issue('$.timezone', `"${String(value)}" is not an IANA time zone; ${DEFAULT_TIME_ZONE} used`, 'error', 'other'));
  return DEFAULT_TIME_ZONE;
}

/** When the feed was last changed: a date-time with its offset; anything else is left out with a warning. */
function readUpdated(root: Json, issues: FeedIssue[]): string | undefined {
  const value = root.updated;
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && parseFeedDate(value)?.allDay === false) return value;
  issues.push(issue('$.updated', `${JSON.stringify(value)} is not a date-time with an offset (2026-11-20T09:00:00+01:00); ignored`, 'warning', 'ignored-value'));
  return undefined;
}

/** Warns about area and organiser ids that no entry has; `paths` holds each entry's JSON path. */
function checkReferences(feed: Feed, issues: FeedIssue[], paths: Map<object, string>) {
  const areaIds = new Set(feed.areas.map((a) => a.id));
  const partnerIds = new Set(feed.partners.map((p) => p.id));
  const check = (kind: 'partners' | 'events', ids: Set<string>, field: 'areas' | 'partners') =>
    (feed[kind] as ReadonlyArray<{id: string} & Partial<Record<'areas' | 'partners', readonly string[]>>>).forEach((entry) => {
      for (const id of entry[field] ?? []) {
        if (!ids.has(id)) {
          issues.push(issue(`${paths.get(entry)}.${field}`, `unknown ${field === 'areas' ? 'area' : 'partner'} id "${id}"`, 'warning', 'unknown-ref'));
        }
      }
    });
  if (feed.areas.length) {
    check('partners', areaIds, 'areas');
    check('events', areaIds, 'areas');
  }
  check('events', partnerIds, 'partners');
}

/**
 * Checks and normalises a parsed feed. `feedUrl` resolves relative logo URLs.
 * @throws FeedError when the feed as a whole is unusable.
 */
export function validateFeed(json: unknown, feedUrl?: string): ValidationResult {
  const steps = validationSteps(json, feedUrl);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Steps (of ENTRIES_PER_STEP entries) a page validates before its first pause: a small feed goes in one go. */
const STEPS_BEFORE_PAUSING = 2;

/**
 * `validateFeed` for a page: past its first few hundred entries, it gives
 * the main thread back (`pause`) whenever it has run for `sliceMs`, so a big
 * feed (10,000 events take a few hundred ms) never blocks input for long. A
 * small one is not held up: a pause lets the browser paint a frame first.
 * `startedAt`: when the task began, if before this call: the JSON.parse of
 * a 5 MB feed takes a slice or more of its own, and then it pauses first.
 */
export async function validateFeedInSlices(
  json: unknown,
  feedUrl: string | undefined,
  pause: () => Promise<void>,
  sliceMs = 40,
  startedAt?: number,
): Promise<ValidationResult> {
  const steps = validationSteps(json, feedUrl);
  if (startedAt !== undefined && performance.now() - startedAt >= sliceMs) await pause();
  let sliceStart = performance.now();
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (count >= STEPS_BEFORE_PAUSING && performance.now() - sliceStart >= sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}

function* validationSteps(json: unknown, feedUrl?: string): Steps<ValidationResult> {
  if (!isObject(json)) throw new FeedError('invalid', `The feed must be a JSON object, not ${describe(json)}.`);
  const version = json.version;
  if (version === undefined) throw new FeedError('invalid', 'The feed has no "version"; this library reads version 1.');
  if (typeof version !== 'number' || Math.trunc(version) !== SUPPORTED_VERSION) {
    throw new FeedError('version', `The feed is version ${JSON.stringify(version)}; this library reads version ${SUPPORTED_VERSION}.`);
  }
  const issues: FeedIssue[] = [];
  const paths = new Map<object, string>();
  const timezone = readTimeZone(json, issues);
  const updated = readUpdated(json, issues);
  const events = yield* readList(json, 'events', issues, paths, (r) => readEvent(r, timezone));
  events.sort((a, b) => a.startMs - b.startMs || a.endMs - b.endMs);
  const areas = yield* readList(json, 'areas', issues, paths, readArea);
  const partners = yield* readList(json, 'partners', issues, paths, (r) => readPartner(r, feedUrl));
  const feed: Feed = withoutUndefined({
    version: SUPPORTED_VERSION as 1,
    updated,
    timezone,
    areas,
    partners,
    events,
    join: readJoin(json, issues),
  });
  checkReferences(feed, issues, paths);
  return {feed, issues};
}

/** One line per issue, for the single console warning and the CLI. */
export function formatIssues(issues: readonly FeedIssue[]): string {
  return issues.map((i) => `  ${i.path}: ${i.message}`).join('\n');
}

/**
 * A copy without the fields left out, for the feed's few one-off objects.
 * Copying rather than `delete`: objects that lose properties fall back to
 * slow dictionary mode in V8. Events and partners keep their empty fields
 * instead: thousands of objects of one shape are faster to make and to read
 * (validating 5,000 events took a third longer with the copies).
 */
function withoutUndefined<T extends object>(value: T): T {
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (value[key] !== undefined) copy[key] = value[key];
  }
  return copy as T;
}
