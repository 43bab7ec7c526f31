/**
 * Spreadsheet rows → feed entries (the JSON of SPEC's "Feed format"). Each
 * cell is checked as an editor would want: a problem names its column and
 * says what to write instead. A row with an error is marked bad and left out.
 */
import {EVENT_STATUSES, EVENT_TYPES, PARTNER_CATEGORIES} from '../feed/types.js';
import {safeUrl} from '../feed/validate.js';
import {addDays} from '../feed/zoned-dates.js';
import {en} from '../i18n/en.js';
import {pl} from '../i18n/pl.js';
import type {BuildMessages} from './build-messages.js';
import {endTimeOnStartDay, isTimeAlone, parseSheetDate, type SheetDate} from './sheet-dates.js';
import {normalizeName, type SheetRow} from './sheet.js';

export interface RowProblem {
  readonly severity: 'error' | 'warning';
  readonly line?: number;
  /** The column's header as the file writes it. */
  readonly column?: string;
  readonly message: string;
}

type Entry = Record<string, unknown>;

/** Ids, their English and Polish labels, and a few words editors use, all → the id. */
function enumAliases<T extends string>(ids: readonly T[], labels: Record<T, string>[], extra: Record<string, T> = {}): Map<string, T> {
  const map = new Map<string, T>();
  const add = (name: string, id: T) => map.set(normalizeName(name).replace(/_/g, ' '), id);
  for (const id of ids) {
    add(id, id);
    for (const label of labels) add(label[id], id);
  }
  for (const [name, id] of Object.entries(extra)) add(name, id);
  return map;
}

const CATEGORY = enumAliases(PARTNER_CATEGORIES, [en.category, pl.category], {
  rząd: 'government',
  ministerstwo: 'government',
  samorząd: 'local-government',
  'urząd miasta': 'local-government',
  dzielnica: 'local-government',
  fundacja: 'ngo',
  stowarzyszenie: 'ngo',
  uczelnia: 'education',
  szkoła: 'education',
  biznes: 'business',
  przedsiębiorstwo: 'business',
});
const TYPE = enumAliases(EVENT_TYPES, [en.eventType, pl.eventType], {warsztat: 'workshop'});
const STATUS = enumAliases(EVENT_STATUSES, [], {
  canceled: 'cancelled',
  zaplanowane: 'scheduled',
  planowane: 'scheduled',
  odwołane: 'cancelled',
  odwołany: 'cancelled',
});

/** Reads one row's cells, recording problems against the row's line. */
class RowReader {
  bad = false;

  constructor(
    private readonly row: SheetRow,
    private readonly headers: ReadonlyMap<string, string>,
    private readonly t: BuildMessages,
    private readonly problems: RowProblem[],
  ) {}

  header(column: string): string {
    return this.headers.get(column) ?? column;
  }

  cell(column: string): string {
    return this.row.cells[column] ?? '';
  }

  error(column: string | undefined, message: string) {
    this.bad = true;
    this.problems.push({severity: 'error', line: this.row.line, column: column && this.header(column), message});
  }

  warn(column: string, message: string) {
    this.problems.push({severity: 'warning', line: this.row.line, column: this.header(column), message});
  }

  required(column: string): string {
    const value = this.cell(column);
    if (!value) this.error(column, column === 'id' ? this.t.requiredId : this.t.required(this.header(column)));
    return value;
  }

  /** `column` and `column_en`: one string when they agree or English is empty. */
  text(column: string, required = false): string | {pl?: string; en?: string} | undefined {
    const polish = this.cell(column);
    const english = this.cell(`${column}_en`);
    if (!polish && !english) {
      if (required) this.error(column, this.t.required(this.header(column)));
      return undefined;
    }
    if (!polish) {
      this.warn(column, this.t.onlyEnglish(this.header(column)));
      return {en: english};
    }
    return !english || english === polish ? polish : {pl: polish, en: english};
  }

  /** Ids separated by ";" or "|", trimmed, without empties or repeats. */
  list(column: string): string[] | undefined {
    const ids = [...new Set(this.cell(column).split(/[;|]/).map((s) => s.trim()).filter(Boolean))];
    return ids.length ? ids : undefined;
  }

  oneOf<T extends string>(column: string, aliases: Map<string, T>, allowed: readonly T[], polish: readonly string[]): T | undefined {
    const value = this.cell(column);
    if (!value) return undefined;
    const id = aliases.get(normalizeName(value).replace(/_/g, ' '));
    if (id === undefined) this.error(column, this.t.badEnum(value, allowed, polish));
    return id;
  }

  /** An http(s) address; "www.example.org" gets "https://www.example.org" as its fix. */
  url(column: string): string | undefined {
    const value = this.cell(column);
    if (!value) return undefined;
    if (/^https?:\/\//i.test(value) && safeUrl(value)) return value;
    const looksLikeHost = /^[\w-]+(\.[\w-]+)+(:\d+)?([/?#]\S*)?$/i.test(value) && !/^[a-z][\w+.-]*:/i.test(value);
    this.error(column, this.t.notAUrl(value, looksLikeHost ? `https://${value}` : undefined));
    return undefined;
  }

  /** A logo: http(s), or a path relative to the feed. */
  logo(column: string): string | undefined {
    const value = this.cell(column);
    if (!value) return undefined;
    if (/^[a-z][\w+.-]*:/i.test(value) && !/^https?:\/\//i.test(value)) {
      this.error(column, this.t.notAUrl(value));
      return undefined;
    }
    return value;
  }

  date(column: string, value: string, timeZone: string): (SheetDate & {ok: true}) | undefined {
    const parsed = parseSheetDate(value, timeZone);
    if (parsed.ok && !parsed.allDay && parsed.repeated) this.warn(column, this.t.repeatedHour(value, timeZone, parsed.value, parsed.repeated));
    if (parsed.ok) return parsed;
    if (parsed.reason === 'dst-gap') this.error(column, this.t.dstGap(value, timeZone, parsed.jumpMinutes, parsed.suggestion));
    else if (parsed.reason === 'no-such-day') this.error(column, this.t.noSuchDay(value));
    else this.error(column, this.t.notADate(value, parsed.suggestion));
    return undefined;
  }

  checkWidth(delimiter: string) {
    if (this.row.extraCells > 0) this.error(undefined, this.t.extraCells(this.row.extraCells, delimiter));
  }
}

/**
 * A copy without the undefined values, so the JSON has only what the sheet
 * says (copied rather than `delete`d: deleting turns V8 objects slow).
 */
function entry(fields: Entry): Entry {
  const result: Entry = {};
  for (const key in fields) if (fields[key] !== undefined) result[key] = fields[key];
  return result;
}

export interface ConvertContext {
  readonly headers: ReadonlyMap<string, string>;
  readonly delimiter: string;
  readonly t: BuildMessages;
  readonly timeZone: string;
  readonly problems: RowProblem[];
  /** id → line of its first row, for duplicates. */
  readonly seen: Map<string, number>;
}

/** One row to an entry, or null when the row has an error. */
export type Converter = (row: SheetRow, context: ConvertContext) => Entry | null;

function begin(row: SheetRow, c: ConvertContext): {r: RowReader; id: string} {
  const r = new RowReader(row, c.headers, c.t, c.problems);
  r.checkWidth(c.delimiter);
  const id = r.required('id');
  const first = c.seen.get(id);
  if (id && first !== undefined) r.error('id', c.t.duplicateId(id, first));
  else if (id) c.seen.set(id, row.line);
  return {r, id};
}

export const convertArea: Converter = (row, c) => {
  const {r, id} = begin(row, c);
  const area = entry({id, name: r.text('name', true)});
  return r.bad ? null : area;
};

export const convertPartner: Converter = (row, c) => {
  const {r, id} = begin(row, c);
  const name = r.text('name', true);
  r.required('category');
  const category = r.oneOf('category', CATEGORY, PARTNER_CATEGORIES, Object.values(pl.category));
  const since = r.cell('since');
  let sinceDay: string | undefined;
  if (since) {
    const parsed = parseSheetDate(since, c.timeZone);
    if (parsed.ok && parsed.allDay) sinceDay = parsed.day;
    else r.error('since', c.t.sinceNotADate(since, !parsed.ok && parsed.reason === 'not-a-date' ? parsed.suggestion?.slice(0, 10) : undefined));
  }
  const partner = entry({
    id,
    name,
    category,
    areas: r.list('areas'),
    url: r.url('url'),
    logo: r.logo('logo'),
    description: r.text('description'),
    since: sinceDay,
  });
  return r.bad ? null : partner;
};

const endsBefore = (end: SheetDate & {ok: true}, start: SheetDate & {ok: true}) =>
  end.allDay && start.allDay ? end.day < start.day : !end.allDay && !start.allDay && end.ms < start.ms;

/** "2026-12-31 01:00" → "2027-01-01 01:00". */
const nextDay = (dayAndTime: string) => `${addDays(dayAndTime.slice(0, 10), 1)}${dayAndTime.slice(10)}`;

export const convertEvent: Converter = (row, c) => {
  const {r, id} = begin(row, c);
  const title = r.text('title', true);
  const startCell = r.required('start');
  const start = startCell ? r.date('start', startCell, c.timeZone) : undefined;
  const typedEnd = r.cell('end');
  const onStartDay = start && !start.allDay && typedEnd ? endTimeOnStartDay(typedEnd, start, c.timeZone) : null;
  const endCell = onStartDay ?? typedEnd;
  // A time alone is read on the start's day: with no start to read, it says nothing wrong of its own.
  const end = endCell && (start || !isTimeAlone(endCell)) ? r.date('end', endCell, c.timeZone) : undefined;
  if (start && end && start.allDay !== end.allDay) r.error('end', c.t.endFormMismatch(start.allDay));
  else if (start && end && endsBefore(end, start)) {
    // In the editor's words, not the feed's ISO form; "22:00 – 01:00" most often means the next day.
    r.error('end', c.t.endBeforeStart(typedEnd, startCell, onStartDay ? nextDay(onStartDay) : undefined));
  }
  const locationName = r.cell('location_name');
  const locationAddress = r.cell('location_address');
  const event = entry({
    id,
    title,
    type: r.oneOf('type', TYPE, EVENT_TYPES, Object.values(pl.eventType)),
    start: start?.value,
    end: end?.value,
    location: locationName || locationAddress ? entry({name: locationName || undefined, address: locationAddress || undefined}) : undefined,
    online: r.url('online'),
    partners: r.list('partners'),
    areas: r.list('areas'),
    url: r.url('url'),
    description: r.text('description'),
    status: r.oneOf('status', STATUS, EVENT_STATUSES, ['zaplanowane', 'odwołane']),
  });
  return r.bad ? null : event;
};
