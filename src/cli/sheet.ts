/**
 * Reading one spreadsheet exported as CSV by Excel or LibreOffice: UTF-8 with
 * or without a BOM, comma or semicolon (or tab) between cells, quoted cells
 * with line breaks and doubled quotes, CRLF or LF. Parsing is csv-parse's;
 * this module finds the delimiter, maps the header (English or Polish names)
 * to the feed's column names, and numbers each row by its physical line.
 */
import {parse} from 'csv-parse/sync';
import {withoutDiacritics} from '../i18n/text.js';

export type SheetKind = 'partners' | 'events' | 'areas';

/**
 * Column names per SPEC ("Spreadsheets"), each with the Polish names editors
 * may write instead. Aliases are compared after `normalizeName`, so case,
 * spaces, hyphens and Polish diacritics do not matter.
 */
export const COLUMNS: Readonly<Record<SheetKind, Readonly<Record<string, readonly string[]>>>> = {
  partners: {
    id: ['identyfikator'],
    name: ['nazwa'],
    name_en: ['nazwa_en'],
    category: ['kategoria'],
    areas: ['obszary'],
    url: ['strona', 'www', 'link', 'adres_www'],
    logo: [],
    description: ['opis'],
    description_en: ['opis_en'],
    since: ['od', 'partner_od', 'data_przystapienia'],
  },
  events: {
    id: ['identyfikator'],
    title: ['tytul', 'nazwa'],
    title_en: ['tytul_en', 'nazwa_en'],
    type: ['typ', 'rodzaj'],
    start: ['poczatek', 'od'],
    end: ['koniec', 'do'],
    location_name: ['miejsce'],
    location_address: ['adres'],
    online: [],
    partners: ['partnerzy', 'organizatorzy', 'organizator'],
    areas: ['obszary'],
    url: ['link', 'strona', 'www'],
    description: ['opis'],
    description_en: ['opis_en'],
    status: [],
  },
  areas: {
    id: ['identyfikator'],
    name: ['nazwa'],
    name_en: ['nazwa_en'],
  },
};

/** Columns a sheet cannot do without. */
export const REQUIRED_COLUMNS: Readonly<Record<SheetKind, readonly string[]>> = {
  partners: ['id', 'name', 'category'],
  events: ['id', 'title', 'start'],
  areas: ['id', 'name'],
};

/** Lower case, no diacritics, words joined by "_". */
export function normalizeName(value: string): string {
  return withoutDiacritics(value.trim().toLowerCase()).replace(/[\s_-]+/g, '_');
}

const ALIASES = new Map<SheetKind, Map<string, string>>(
  (Object.keys(COLUMNS) as SheetKind[]).map((kind) => {
    const map = new Map<string, string>();
    for (const [column, aliases] of Object.entries(COLUMNS[kind])) {
      for (const name of [column, ...aliases]) map.set(normalizeName(name), column);
    }
    return [kind, map];
  }),
);

/** One data row: its physical line (1 = the header) and its cells by column name. */
export interface SheetRow {
  readonly line: number;
  readonly cells: Readonly<Record<string, string>>;
  /** Cells beyond the header's width (a list with the file's delimiter, unquoted, shifts the rest). */
  readonly extraCells: number;
}

export interface Sheet {
  readonly rows: readonly SheetRow[];
  /** Column name → the header as the file writes it, for messages. */
  readonly headers: ReadonlyMap<string, string>;
  readonly delimiter: string;
}

/** Something wrong with the file as a whole, or its header. */
export type SheetProblem =
  | {readonly code: 'csv-quote'; readonly line: number}
  | {readonly code: 'csv-other'; readonly line: number; readonly detail: string}
  | {readonly code: 'empty-file'}
  | {readonly code: 'missing-column'; readonly column: string}
  /** Not one cell of the first row names a column: a title row above the header, or another kind of file. */
  | {readonly code: 'no-header'}
  | {readonly code: 'unknown-column'; readonly header: string}
  /** Text under a column with no header (the `position`-th, from 1), first seen on `line`: it goes nowhere. */
  | {readonly code: 'unnamed-column'; readonly position: number; readonly line: number; readonly text: string}
  | {readonly code: 'duplicate-column'; readonly header: string; readonly column: string};

/** The delimiter the header line uses: the most frequent of ; , and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const end = text.search(/[\r\n]/);
  const header = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best;
}

/** Line breaks inside a record's cells: each makes the record one physical line longer. */
function innerBreaks(record: readonly string[]): number {
  let n = 0;
  for (const cell of record) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) n++;
  }
  return n;
}

/**
 * Parses a sheet. Every line break is made LF first, so a record spans one
 * physical line plus one per line break inside its quoted cells: that gives
 * each row's line without csv-parse's `info` (slow on big sheets, and it
 * counts a CRLF inside quotes as two lines). Cells keep LF line breaks.
 */
export function readSheet(source: string, kind: SheetKind): {sheet: Sheet; problems: SheetProblem[]} {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const problems: SheetProblem[] = [];
  const delimiter = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, {delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false});
  } catch (error) {
    const e = error as Error & {code?: string; records?: number; lines?: number};
    // The broken record starts after the complete ones: parse those again to count their lines.
    const done: string[][] = e.records ? parse(text, {delimiter, relax_column_count: true, relax_quotes: true, to: e.records}) : [];
    const line = done.reduce((n, record) => n + 1 + innerBreaks(record), 1);
    problems.push(e.code === 'CSV_QUOTE_NOT_CLOSED' ? {code: 'csv-quote', line} : {code: 'csv-other', line: e.lines ?? line, detail: e.message});
    return {sheet: {rows: [], headers: new Map(), delimiter}, problems};
  }
  if (records.length === 0 || records[0].every((cell) => cell.trim() === '')) {
    problems.push({code: 'empty-file'});
    return {sheet: {rows: [], headers: new Map(), delimiter}, problems};
  }

  const aliases = ALIASES.get(kind)!;
  const headers = new Map<string, string>();
  const columnAt: (string | null)[] = records[0].map((raw) => {
    const header = raw.trim();
    if (header === '') return null;
    const column = aliases.get(normalizeName(header));
    if (column === undefined) {
      problems.push({code: 'unknown-column', header});
      return null;
    }
    if (headers.has(column)) {
      problems.push({code: 'duplicate-column', header, column});
      return null;
    }
    headers.set(column, header);
    return column;
  });
  if (headers.size === 0) {
    // One problem instead of a missing column each, and of the first row's cells each being unknown.
    problems.splice(0, problems.length, {code: 'no-header'});
  } else {
    for (const column of REQUIRED_COLUMNS[kind]) {
      if (!headers.has(column)) problems.push({code: 'missing-column', column});
    }
  }

  const rows: SheetRow[] = [];
  // Columns with no header: a note typed beside a row there would be lost without a word.
  const unnamed = new Set(records[0].flatMap((raw, c) => (raw.trim() === '' ? [c] : [])));
  let line = 2 + innerBreaks(records[0]);
  for (let i = 1; i < records.length; i++) {
    const record = records[i];
    const start = line;
    line += 1 + innerBreaks(record);
    // Blank rows, and rows of empty cells (";;;;" from a spreadsheet), are not entries.
    if (record.every((cell) => cell.trim() === '')) continue;
    const cells: Record<string, string> = {};
    for (let c = 0; c < columnAt.length; c++) {
      const column = columnAt[c];
      if (column !== null) cells[column] = (record[c] ?? '').trim();
      else if (unnamed.has(c) && record[c]?.trim()) {
        unnamed.delete(c);
        problems.push({code: 'unnamed-column', position: c + 1, line: start, text: record[c].trim()});
      }
    }
    // More cells than the header, even empty ones: the row's cells have shifted.
    rows.push({line: start, cells, extraCells: Math.max(0, record.length - columnAt.length)});
  }
  return {sheet: {rows, headers, delimiter}, problems};
}
