/**
 * `pdk-feed validate FILE|URL`: reads a feed, runs the widgets' own
 * validator on it in strict mode, adds the checks only an editor needs, and
 * prints every problem with its JSON path.
 */
import {readFile} from 'node:fs/promises';
import {existsSync} from 'node:fs';
import {relative} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {safeUrl, validateFeed, type IssueCode} from '../feed/validate.js';
import {FeedError} from '../feed/feed-error.js';
import type {Feed, FeedIssue, Text} from '../feed/types.js';
import {decodeText} from './decode-text.js';
import {localizeIssue, messages, type CliLang, type CliMessages} from './messages.js';
import {suggestId, type Named} from './suggest-id.js';

export const FETCH_TIMEOUT_MS = 15_000;

/**
 * Issue codes that are only warnings for the widgets (they cope) but errors
 * for an editor: the same line schema/feed.schema.json draws (see
 * test/node/schema-agreement.test.mjs).
 */
export const STRICT_ERROR_CODES: ReadonlySet<string> = new Set<IssueCode>(['unknown-value', 'dropped-url', 'ignored-value']);

/** Codes the CLI adds to the validator's `IssueCode`s. */
export type CliIssueCode =
  | IssueCode
  | 'not-json'
  | 'not-utf8'
  | 'not-an-object'
  | 'version'
  | 'no-organiser'
  | 'no-logo'
  | 'logo-not-https'
  | 'logo-missing'
  | 'all-past'
  | 'no-events'
  | 'no-partners'
  | 'not-https'
  | 'cors';

export interface CliIssue {
  readonly severity: 'error' | 'warning';
  /** JSON path, or null for a problem of the response rather than the data. */
  readonly path: string | null;
  readonly code: CliIssueCode;
  readonly message: string;
}

export interface ValidateOptions {
  readonly source: string;
  readonly json: boolean;
  readonly lang: CliLang;
  readonly now?: number;
}

/** The feed could not be read at all (exit code 2). */
export class ReadError extends Error {}

export interface Loaded {
  readonly text: string;
  /** Relative logos resolve against this. */
  readonly baseUrl: string;
  /** The feed file on disk, to check relative logos exist. */
  readonly file?: string;
  readonly corsHeader?: string | null;
  /** False when the bytes are not UTF-8, which is how browsers read a feed. */
  readonly utf8?: boolean;
}

/** Any http(s) base works for a local file: relative logos only need to resolve. */
export const LOCAL_BASE = 'https://feed.invalid/feed.json';
/** Sent with URL requests so the server answers as it would to a partner's page. */
const PROBE_ORIGIN = 'https://partner-site.example';

export async function load(source: string, t: CliMessages): Promise<Loaded> {
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, {
        headers: {Accept: 'application/json', Origin: PROBE_ORIGIN},
        signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      });
      if (!response.ok) throw new ReadError(t.httpStatus(response.status, response.statusText));
      return {
        ...decodeText(new Uint8Array(await response.arrayBuffer())),
        baseUrl: response.url || source,
        corsHeader: response.headers.get('access-control-allow-origin'),
      };
    } catch (error) {
      if (error instanceof ReadError) throw error;
      if (error instanceof Error && error.name === 'TimeoutError') throw new ReadError(t.timedOut(FETCH_TIMEOUT_MS / 1000));
      const cause = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error);
      throw new ReadError(t.network(cause));
    }
  }
  try {
    return {...decodeText(await readFile(source)), baseUrl: LOCAL_BASE, file: source};
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? t.fileNotFound : code === 'EISDIR' ? t.isDirectory : (error as Error).message);
  }
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The FeedError cases, with messages of the CLI's own (in its language). */
function wholeFeedIssue(json: unknown, t: CliMessages): CliIssue {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {severity: 'error', path: '$', code: 'not-an-object', message: t.notAnObject(describeJson(json))};
  }
  const version = (json as Record<string, unknown>).version;
  if (version === undefined) return {severity: 'error', path: '$', code: 'version', message: t.noVersion};
  // "1" in quotes reads as the right version to an editor: say what differs.
  const message = typeof version === 'string' && Number(version) === 1 ? t.versionAsText(version) : t.wrongVersion(JSON.stringify(version));
  return {severity: 'error', path: '$.version', code: 'version', message};
}

function parseJson(text: string, t: CliMessages): {json: unknown} | {issue: CliIssue} {
  try {
    return {json: JSON.parse(text)};
  } catch (error) {
    const detail = (error as Error).message;
    const position = /at position (\d+)/.exec(detail);
    let line: number | undefined;
    let column: number | undefined;
    if (position) {
      const before = text.slice(0, Number(position[1]));
      line = before.split('\n').length;
      column = before.length - before.lastIndexOf('\n');
    }
    // One line: V8 quotes the text around the error, newlines included.
    const short = detail.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/\s+/g, ' ');
    return {issue: {severity: 'error', path: '$', code: 'not-json', message: t.notJson(short, line, column) + jsonHint(text, detail, t)}};
  }
}

/**
 * What most likely went wrong, in the editor's language (the parser's own
 * words are English): a web page where the feed should be (a wrong address,
 * a login page), or a comma left after a list's or an object's last item.
 */
function jsonHint(text: string, detail: string, t: CliMessages): string {
  if (text.trimStart().startsWith('<')) return t.looksLikeHtml;
  if (/double-quoted property name|Unexpected token '?[\]}]/.test(detail)) return t.trailingComma;
  return '';
}

type Raw = Record<string, unknown>;
type ListKey = 'areas' | 'partners' | 'events';

/**
 * Raw index of every entry the validator kept, by id: a skipped entry has a
 * 'skipped' issue on its path, and of the rest the first copy of an id wins.
 */
function keptIndexes(json: Raw, key: ListKey, issues: readonly FeedIssue[]): Map<string, number> {
  const list = Array.isArray(json[key]) ? (json[key] as unknown[]) : [];
  const skipped = new Set<number>();
  const prefix = `$.${key}[`;
  for (const issue of issues) {
    if (issue.code !== 'skipped' || !issue.path.startsWith(prefix)) continue;
    skipped.add(Number(issue.path.slice(prefix.length, issue.path.indexOf(']', prefix.length))));
  }
  const kept = new Map<string, number>();
  list.forEach((entry, index) => {
    const id = (entry as Raw | null)?.id;
    if (!skipped.has(index) && typeof id === 'string' && !kept.has(id)) kept.set(id, index);
  });
  return kept;
}

/** Checks an editor wants and the widgets do not need: warnings only. */
function editorChecks(feed: Feed, json: Raw, indexes: Record<'partners' | 'events', Map<string, number>>, loaded: Loaded, now: number, t: CliMessages): CliIssue[] {
  const found: CliIssue[] = [];
  const warn = (path: string | null, code: CliIssueCode, message: string) => found.push({severity: 'warning', path, code, message});
  const rawPartners = json.partners as Raw[];
  for (const partner of feed.partners) {
    const index = indexes.partners.get(partner.id)!;
    const rawLogo = rawPartners[index].logo;
    const path = `$.partners[${index}].logo`;
    if (rawLogo === undefined || rawLogo === null || rawLogo === '') {
      warn(path, 'no-logo', t.noLogo);
    } else if (partner.logo?.startsWith('http:')) {
      warn(path, 'logo-not-https', t.logoNotHttps(partner.logo));
    } else if (partner.logo && loaded.file && typeof rawLogo === 'string') {
      const file = localLogoFile(rawLogo, loaded.file);
      if (file && !existsSync(file)) warn(path, 'logo-missing', t.logoFileMissing(relative(process.cwd(), file) || file));
    }
  }
  for (const event of feed.events) {
    if (event.partners.length === 0) warn(`$.events[${indexes.events.get(event.id)}].partners`, 'no-organiser', t.noOrganiser);
  }
  // An empty sheet, or the wrong tab exported, would empty every partner's site.
  if (feed.partners.length === 0) warn('$.partners', 'no-partners', t.noPartners);
  if (feed.events.length === 0) warn('$.events', 'no-events', t.noEvents);
  if (feed.events.length > 0 && feed.events.every((e) => e.endMs <= now)) {
    const last = feed.events.reduce((a, b) => (b.endMs > a.endMs ? b : a));
    warn('$.events', 'all-past', t.allPast(feed.events.length, last.lastDay));
  }
  // Fetched from a URL: partner sites are served over https, and browsers block a feed over http
  // there (mixed content), except from the visitor's own machine (a preview on localhost).
  if (loaded.corsHeader !== undefined && overPlainHttp(loaded.baseUrl)) warn(null, 'not-https', t.feedNotHttps);
  if (loaded.corsHeader !== undefined) {
    const cors = loaded.corsHeader;
    if (cors === null) warn(null, 'cors', t.corsMissing);
    else if (cors.trim() !== '*' && cors.trim() !== PROBE_ORIGIN) warn(null, 'cors', t.corsLimited(cors));
  }
  return found;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const overPlainHttp = (url: string) => url.startsWith('http:') && !LOOPBACK.has(new URL(url).hostname);

/** The file a relative logo names next to a local feed, or null for an absolute or protocol-relative URL. */
function localLogoFile(logo: string, feedFile: string): string | null {
  if (safeUrl(logo) !== null || /^\s*[/\\]{2}/.test(logo)) return null;
  try {
    return fileURLToPath(new URL(logo.trim(), pathToFileURL(feedFile)));
  } catch {
    return null;
  }
}

/** Everything `validate` finds in a feed's text, errors and warnings in path order. */
export function checkFeedText(text: string, loaded: Loaded, lang: CliLang, now = Date.now()): CliIssue[] {
  const t = messages[lang];
  const parsed = parseJson(text, t);
  if ('issue' in parsed) return [parsed.issue];
  return checkFeedJson(parsed.json, loaded, lang, now);
}

/** `checkFeedText` for a feed already parsed (as `build` has it). */
export function checkFeedJson(json: unknown, loaded: Loaded, lang: CliLang, now = Date.now()): CliIssue[] {
  const t = messages[lang];
  let result;
  try {
    result = validateFeed(json, loaded.baseUrl);
  } catch (error) {
    if (error instanceof FeedError) return [wholeFeedIssue(json, t)];
    throw error;
  }
  const raw = json as Raw;
  const indexes = {
    partners: keptIndexes(raw, 'partners', result.issues),
    events: keptIndexes(raw, 'events', result.issues),
  };
  const suggest = suggestions(result.feed, t);
  const issues: CliIssue[] = result.issues.map((issue) => ({
    severity: issue.severity === 'error' || STRICT_ERROR_CODES.has(issue.code) ? 'error' : 'warning',
    path: issue.path,
    code: issue.code,
    message: localizeIssue(issue.message, lang) + (issue.code === 'unknown-ref' ? suggest(issue) : ''),
  }));
  issues.push(...editorChecks(result.feed, raw, indexes, loaded, now, t));
  return sortIssues(issues);
}

/**
 * "; did you mean …?" for an unknown partner or area id (the path ends in
 * .partners or .areas), or nothing. The ids and names are listed once, at
 * the first unknown id: a big feed with many typos asks for each.
 */
function suggestions(feed: Feed, t: CliMessages): (issue: FeedIssue) => string {
  const named = new Map<'areas' | 'partners', Named[]>();
  return (issue) => {
    const given = /"(.*)"$/.exec(issue.message)?.[1];
    if (given === undefined) return '';
    const kind = issue.path.endsWith('.areas') ? 'areas' : 'partners';
    if (!named.has(kind)) named.set(kind, feed[kind].map((e) => ({id: e.id, names: textsOf(e.name)})));
    const meant = suggestId(given, named.get(kind)!);
    return meant ? t.didYouMean(meant) : '';
  };
}

const textsOf = (text: Text) => (typeof text === 'string' ? [text] : [text.pl, text.en].filter((s): s is string => s !== undefined));

const collator = new Intl.Collator('en', {numeric: true});

function sortIssues(issues: CliIssue[]): CliIssue[] {
  const rank = (i: CliIssue) => (i.severity === 'error' ? 0 : 1);
  return issues.sort((a, b) => rank(a) - rank(b) || collator.compare(a.path ?? '', b.path ?? ''));
}

/** Runs the command; resolves to the exit code. */
export async function validateCommand(options: ValidateOptions): Promise<number> {
  const t = messages[options.lang];
  let loaded: Loaded;
  try {
    loaded = await load(options.source, t);
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    if (options.json) {
      print({source: options.source, valid: false, readError: error.message});
    } else {
      process.stderr.write(`${t.cannotRead(options.source, error.message)}\n`);
    }
    return 2;
  }
  const issues = checkFeedText(loaded.text, loaded, options.lang, options.now);
  // Browsers read a feed as UTF-8: another encoding garbles every Polish letter on the partners' sites.
  if (loaded.utf8 === false) issues.unshift({severity: 'error', path: '$', code: 'not-utf8', message: t.notUtf8});
  const errors = issues.filter((i) => i.severity === 'error');
  const warnings = issues.filter((i) => i.severity === 'warning');
  const summary = t.summary(errors.length, warnings.length, options.source);
  if (options.json) {
    const strip = (i: CliIssue) => ({path: i.path, code: i.code, message: i.message});
    print({
      source: options.source,
      valid: errors.length === 0,
      errors: errors.map(strip),
      warnings: warnings.map(strip),
      ...(loaded.corsHeader !== undefined && {accessControlAllowOrigin: loaded.corsHeader}),
      summary,
    });
  } else {
    const width = Math.max(t.errorLabel.length, t.warningLabel.length);
    const lines = issues.map((i) => {
      const label = (i.severity === 'error' ? t.errorLabel : t.warningLabel).padEnd(width);
      return `${label}  ${i.path ? `${i.path}: ` : ''}${i.message}`;
    });
    if (loaded.corsHeader && !issues.some((i) => i.code === 'cors')) lines.push(t.corsOk(loaded.corsHeader));
    lines.push(summary);
    process.stdout.write(`${lines.join('\n')}\n`);
  }
  return errors.length ? 1 : 0;
}

function print(value: unknown) {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
