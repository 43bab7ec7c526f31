/**
 * `pdk-feed build --partners P.csv --events E.csv [--areas A.csv] [--join J.json] -o feed.json`:
 * reads the files, builds (build-feed.ts), prints every problem on stderr,
 * and writes the feed only when there are no errors (or with --keep-going).
 */
import {readFile} from 'node:fs/promises';
import {buildFeed, type BuildProblem, type SheetInput} from './build-feed.js';
import {buildMessages, type BuildMessages} from './build-messages.js';
import {decodeText} from './decode-text.js';
import {writeOutput} from './write-output.js';
import {messages, type CliLang} from './messages.js';

export interface BuildCommandOptions {
  readonly partners: string;
  readonly events: string;
  readonly areas?: string;
  readonly join?: string;
  readonly timeZone?: string;
  readonly output?: string;
  readonly keepGoing: boolean;
  /** Show progress even when stderr is not a terminal. */
  readonly progress: boolean;
  readonly lang: CliLang;
  readonly now?: number;
}

/** Problems shown per file and column before "… and N more". */
export const SHOWN_PER_COLUMN = 20;

/** The areas.csv that ships in templates/: the partnership's four areas. */
const DEFAULT_AREAS = new URL('../../templates/areas.csv', import.meta.url);

class ReadError extends Error {}

async function read(file: string | URL, label: string, t: BuildMessages): Promise<SheetInput & {utf8: boolean}> {
  try {
    return {file: label, ...decodeText(await readFile(file))};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(t.cannotRead(label, code === 'ENOENT' ? t.fileNotFound : (error as Error).message));
  }
}

/** Problems in file order, then line; past SHOWN_PER_COLUMN in one file and column, a count. */
export function formatProblems(problems: readonly BuildProblem[], fileOrder: readonly string[], lang: CliLang): string[] {
  const t = buildMessages[lang];
  const m = messages[lang];
  const rank = (p: BuildProblem) => {
    const index = fileOrder.indexOf(p.file);
    return index === -1 ? fileOrder.length : index;
  };
  const sorted = problems
    .map((p, i) => ({p, i}))
    .sort((a, b) => rank(a.p) - rank(b.p) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({p}) => p);
  const width = Math.max(m.errorLabel.length, m.warningLabel.length);
  const shown = new Map<string, number>();
  const lines: string[] = [];
  for (const p of sorted) {
    const key = `${p.severity}|${p.file}|${p.column ?? ''}`;
    const n = (shown.get(key) ?? 0) + 1;
    shown.set(key, n);
    if (n <= SHOWN_PER_COLUMN) {
      const label = (p.severity === 'error' ? m.errorLabel : m.warningLabel).padEnd(width);
      lines.push(`${label}  ${t.where(p.file, p.line, p.column)}: ${p.message}`);
    }
  }
  for (const [key, n] of shown) {
    if (n <= SHOWN_PER_COLUMN) continue;
    const [, file, column] = key.split('|');
    lines.push(t.moreInSameColumn(n - SHOWN_PER_COLUMN, t.where(file, undefined, column || undefined)));
  }
  return lines;
}

/**
 * The feed's JSON with one entry per line: compact for the partner sites that
 * download it, and a change to one spreadsheet row is a one-line diff.
 */
export function serializeFeed(feed: Record<string, unknown>): string {
  const fields = Object.entries(feed).map(([key, value]) => {
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0) return `  ${name}: ${JSON.stringify(value)}`;
    return `  ${name}: [\n${value.map((entry) => `    ${JSON.stringify(entry)}`).join(',\n')}\n  ]`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}

/** Runs the command; resolves to the exit code (0 written, 1 errors, 2 a file cannot be read or written). */
export async function buildCommand(options: BuildCommandOptions): Promise<number> {
  const t = buildMessages[options.lang];
  const showProgress = options.progress || process.stderr.isTTY === true;
  let inputs;
  try {
    inputs = await Promise.all([
      read(options.partners, options.partners, t),
      read(options.events, options.events, t),
      options.areas ? read(options.areas, options.areas, t) : read(DEFAULT_AREAS, 'templates/areas.csv', t),
      options.join ? read(options.join, options.join, t) : undefined,
    ]);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    process.stderr.write(`pdk-feed: ${error.message}\n`);
    return 2;
  }
  const [partners, events, areas, join] = inputs;
  let progressShown = false;
  const result = buildFeed({
    partners,
    events,
    areas,
    join,
    timeZone: options.timeZone,
    lang: options.lang,
    now: options.now,
    output: options.output,
    onProgress: showProgress
      ? (file, rows) => {
          progressShown = true;
          // On a terminal the line rewrites itself; in a log, one line each.
          process.stderr.write(process.stderr.isTTY ? `\r${t.progress(file, rows)}` : `${t.progress(file, rows)}\n`);
        }
      : undefined,
  });
  if (progressShown && process.stderr.isTTY) process.stderr.write('\r\x1b[K');

  const encodingWarnings = inputs.flatMap((input): BuildProblem[] => (input && !input.utf8 ? [{file: input.file, severity: 'warning', message: t.notUtf8}] : []));
  const problems = [...encodingWarnings, ...result.problems];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const order = [areas.file, partners.file, events.file, join?.file ?? '', options.output ?? 'feed.json'];
  const report = formatProblems(problems, order, options.lang);
  let code = errors ? 1 : 0;
  if (errors === 0 || (options.keepGoing && !result.fatal)) {
    const target = options.output ?? 'stdout';
    try {
      await writeOutput(options.output, serializeFeed(result.feed));
      const feed = result.feed as {partners: unknown[]; events: unknown[]; areas: unknown[]};
      report.push(t.wrote(target, feed.partners.length, feed.events.length, feed.areas.length));
      if (result.droppedRows) report.push(t.wroteWithout(target, result.droppedRows));
    } catch (error) {
      report.push(t.cannotWrite(target, (error as NodeJS.ErrnoException).code, (error as Error).message));
      code = 2;
    }
  } else {
    // --keep-going leaves out bad rows, not a file it cannot read as a whole.
    report.push(options.keepGoing ? t.nothingWrittenWholeFile : t.nothingWritten);
  }
  report.push(t.totals(errors, warnings));
  process.stderr.write(`${report.join('\n')}\n`);
  return code;
}
