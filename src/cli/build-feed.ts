/**
 * The heart of `pdk-feed build`, without any file system: spreadsheets'
 * text in, the feed's JSON and every problem (file, line, column, message)
 * out. The built feed then goes through `validate`'s own checks (strict), and
 * what they find is traced back to the row and column it came from.
 */
import {DEFAULT_TIME_ZONE, isoInZone} from '../feed/zoned-dates.js';
import {buildMessages, type BuildMessages} from './build-messages.js';
import type {CliLang} from './messages.js';
import {convertArea, convertEvent, convertPartner, type Converter, type RowProblem} from './rows.js';
import {COLUMNS, REQUIRED_COLUMNS, readSheet, type SheetKind, type SheetProblem} from './sheet.js';
import {LOCAL_BASE, checkFeedJson, type CliIssue} from './validate-command.js';

export interface SheetInput {
  /** The name to report problems under, as the editor typed it. */
  readonly file: string;
  readonly text: string;
}

export interface BuildOptions {
  readonly partners: SheetInput;
  readonly events: SheetInput;
  readonly areas: SheetInput;
  readonly join?: SheetInput;
  readonly timeZone?: string;
  readonly lang: CliLang;
  readonly now?: number;
  /** Where the feed will be written: relative logos are checked next to it. */
  readonly output?: string;
  /** Called every `progressEvery` rows of a sheet. */
  readonly onProgress?: (file: string, rows: number) => void;
  readonly progressEvery?: number;
}

export interface BuildProblem extends RowProblem {
  readonly file: string;
}

export interface BuildResult {
  /** The feed, without the rows that had errors. */
  readonly feed: Record<string, unknown>;
  readonly problems: readonly BuildProblem[];
  /** Rows left out for their errors. */
  readonly droppedRows: number;
  /** A problem with a whole file (unreadable, a missing column): never written, even with --keep-going. */
  readonly fatal: boolean;
}

const CONVERTERS: Record<SheetKind, Converter> = {areas: convertArea, partners: convertPartner, events: convertEvent};
const KINDS: readonly SheetKind[] = ['areas', 'partners', 'events'];

function sheetProblem(p: SheetProblem, kind: SheetKind, t: BuildMessages): RowProblem {
  switch (p.code) {
    case 'csv-quote':
      return {severity: 'error', line: p.line, message: t.csvQuote(p.line)};
    case 'csv-other':
      return {severity: 'error', line: p.line, message: t.csvOther(p.detail)};
    case 'empty-file':
      return {severity: 'error', message: t.emptyFile(`templates/${kind}.csv`)};
    case 'missing-column':
      return {severity: 'error', line: 1, message: t.missingColumn(p.column, COLUMNS[kind][p.column])};
    case 'no-header':
      return {severity: 'error', line: 1, message: t.noHeader(REQUIRED_COLUMNS[kind], `templates/${kind}.csv`)};
    case 'unknown-column':
      return {severity: 'warning', line: 1, column: p.header, message: t.unknownColumn(p.header, Object.keys(COLUMNS[kind]))};
    case 'unnamed-column':
      return {severity: 'warning', line: p.line, message: t.unnamedColumn(p.position, p.text)};
    case 'duplicate-column':
      return {severity: 'warning', line: 1, column: p.header, message: t.duplicateColumn(p.header, p.column)};
  }
}

interface Traced {
  readonly entries: Record<string, unknown>[];
  /** The line each entry came from. */
  readonly lines: number[];
  readonly headers: ReadonlyMap<string, string>;
}

/** `$.events[3].title.en` → events.csv, that row's line, column title_en (as the file names it). */
function locate(path: string | null, traced: Record<SheetKind, Traced>, options: BuildOptions): {file: string; line?: number; column?: string} {
  const m = path ? /^\$\.(areas|partners|events)(?:\[(\d+)\](?:\.(.+))?)?$/.exec(path) : null;
  if (m) {
    const kind = m[1] as SheetKind;
    const {lines, headers} = traced[kind];
    const column = m[3]?.replace(/^location\./, 'location_').replace(/\.en$/, '_en').replace(/\.pl$/, '');
    return {file: options[kind].file, line: m[2] === undefined ? undefined : lines[Number(m[2])], column: column && (headers.get(column) ?? column)};
  }
  if (path?.startsWith('$.join')) return {file: options.join?.file ?? 'join.json', column: path.slice('$.join.'.length) || undefined};
  return {file: options.output ?? 'feed.json'};
}

/** Builds the feed from the spreadsheets. */
export function buildFeed(options: BuildOptions): BuildResult {
  const t = buildMessages[options.lang];
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const now = options.now ?? Date.now();
  const problems: BuildProblem[] = [];
  let fatal = false;
  let droppedRows = 0;
  const traced = {} as Record<SheetKind, Traced>;

  for (const kind of KINDS) {
    const {file, text} = options[kind];
    const {sheet, problems: found} = readSheet(text, kind);
    for (const p of found) {
      const problem = sheetProblem(p, kind, t);
      if (problem.severity === 'error') fatal = true;
      problems.push({file, ...problem});
    }
    const entries: Record<string, unknown>[] = [];
    const lines: number[] = [];
    traced[kind] = {entries, lines, headers: sheet.headers};
    // Without a required column every row would repeat the same complaint.
    if (found.some((p) => p.code === 'missing-column' || p.code === 'no-header')) continue;
    const rowProblems: RowProblem[] = [];
    const context = {headers: sheet.headers, delimiter: sheet.delimiter, t, timeZone, problems: rowProblems, seen: new Map<string, number>()};
    const every = options.progressEvery ?? 2000;
    sheet.rows.forEach((row, index) => {
      const converted = CONVERTERS[kind](row, context);
      if (converted) {
        entries.push(converted);
        lines.push(row.line);
      } else {
        droppedRows++;
      }
      if (options.onProgress && (index + 1) % every === 0) options.onProgress(file, index + 1);
    });
    for (const p of rowProblems) problems.push({file, ...p});
  }

  let join: unknown;
  if (options.join) {
    try {
      join = JSON.parse(options.join.text.replace(/^\uFEFF/, ''));
      if (typeof join !== 'object' || join === null || Array.isArray(join)) {
        problems.push({file: options.join.file, severity: 'error', message: t.joinNotObject});
        fatal = true;
        join = undefined;
      }
    } catch (error) {
      problems.push({file: options.join.file, severity: 'error', message: t.joinNotJson((error as Error).message)});
      fatal = true;
    }
  } else {
    problems.push({file: options.output ?? 'feed.json', severity: 'warning', message: t.noJoin});
  }

  const feed: Record<string, unknown> = {
    version: 1,
    updated: isoInZone(Math.floor(now / 1000) * 1000, timeZone),
    timezone: timeZone,
    areas: traced.areas.entries,
    partners: traced.partners.entries,
    events: traced.events.entries,
    ...(join !== undefined && {join}),
  };

  // The validator's view, as `pdk-feed validate` would print it. Entries it
  // rejects are dropped too, and the rest checked again, so warnings speak of
  // the feed as written.
  const check = () => checkFeedJson(feed, {text: '', baseUrl: LOCAL_BASE, file: options.output}, options.lang, now);
  let issues = check();
  const rejected = issues.filter((i) => i.severity === 'error');
  if (rejected.length) {
    for (const issue of rejected) problems.push(trace(issue, traced, options));
    droppedRows += dropRejected(rejected, traced);
    if (rejected.some((i) => !/^\$\.(areas|partners|events)\[\d+\]/.test(i.path ?? ''))) fatal = true;
    issues = check().filter((i) => i.severity === 'warning');
  }
  for (const issue of issues) problems.push(trace(issue, traced, options));
  return {feed, problems, droppedRows, fatal};
}

function trace(issue: CliIssue, traced: Record<SheetKind, Traced>, options: BuildOptions): BuildProblem {
  return {...locate(issue.path, traced, options), severity: issue.severity, message: issue.message};
}

/** Removes the entries the validator rejected (in place); returns how many. */
function dropRejected(rejected: readonly CliIssue[], traced: Record<SheetKind, Traced>): number {
  let dropped = 0;
  for (const kind of KINDS) {
    const prefix = new RegExp(`^\\$\\.${kind}\\[(\\d+)\\]`);
    const indexes = new Set(rejected.flatMap((i) => {
      const m = prefix.exec(i.path ?? '');
      return m ? [Number(m[1])] : [];
    }));
    const {entries, lines} = traced[kind];
    for (const index of [...indexes].sort((a, b) => b - a)) {
      entries.splice(index, 1);
      lines.splice(index, 1);
      dropped++;
    }
  }
  return dropped;
}
