/**
 * `pdk-feed build` + validate on the generated 10,000-event feed, as an
 * editor's spreadsheets: the feed from scripts/feeds/large-feed.mjs written
 * out as semicolon CSV with a BOM and CRLF (as Polish Excel saves it), times
 * as "2026-12-03 18:00" in Warsaw.
 *
 *   node scripts/bench/cli-bench.mjs     → "build+validate 10,000 events: N ms"
 *
 * Needs `npx tsc -p tsconfig.build.json` first (it runs dist/cli/).
 * Target: under 1 s on one core.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {makeLargeFeed} from '../feeds/large-feed.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** One CSV cell: quoted when it holds the delimiter, a quote or a line break. */
function cell(value) {
  const text = value === undefined || value === null ? '' : String(value);
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows) => `\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
const pl = (text) => (typeof text === 'string' ? text : (text?.pl ?? ''));
const en = (text) => (typeof text === 'string' || text === undefined ? '' : (text.en ?? ''));
/** "2026-12-03T18:00:00+01:00" → "2026-12-03 18:00" (the generator's offsets are Warsaw's). */
const local = (date) => (date === undefined ? '' : date.length === 10 ? date : `${date.slice(0, 10)} ${date.slice(11, 16)}`);

/** A feed (JSON) as the three spreadsheets an editor keeps. */
export function feedToCsv(feed) {
  return {
    areas: csv([['id', 'name', 'name_en'], ...feed.areas.map((a) => [a.id, pl(a.name), en(a.name)])]),
    partners: csv([
      ['id', 'name', 'name_en', 'category', 'areas', 'url', 'logo', 'description', 'description_en', 'since'],
      ...feed.partners.map((p) => [p.id, pl(p.name), en(p.name), p.category, p.areas.join('|'), p.url, p.logo, pl(p.description), en(p.description), p.since]),
    ]),
    events: csv([
      ['id', 'title', 'title_en', 'type', 'start', 'end', 'location_name', 'location_address', 'online', 'partners', 'areas', 'url', 'description', 'description_en', 'status'],
      ...feed.events.map((e) => [
        e.id, pl(e.title), en(e.title), e.type, local(e.start), local(e.end), e.location?.name, e.location?.address,
        e.online, e.partners.join('|'), e.areas.join('|'), e.url, pl(e.description), en(e.description), e.status,
      ]),
    ]),
    join: JSON.stringify(feed.join),
  };
}

/** Writes the large feed's CSVs into `dir`; returns their paths. */
export function writeLargeCsv(dir, options = {partners: 3000, events: 10000, seed: 1, today: '2026-12-01'}) {
  const files = feedToCsv(makeLargeFeed(options));
  const paths = {
    partners: join(dir, 'partners.csv'),
    events: join(dir, 'events.csv'),
    areas: join(dir, 'areas.csv'),
    join: join(dir, 'join.json'),
  };
  for (const key of Object.keys(paths)) writeFileSync(paths[key], files[key]);
  return paths;
}

/**
 * Builds and validates the 10,000-event spreadsheets in this process (the
 * same code as the CLI, without starting Node); returns the best wall-clock
 * and CPU times of `runs` runs in ms. CPU time is the steadier figure on a
 * busy machine.
 */
export async function benchBuild({runs = 3} = {}) {
  const {buildFeed} = await import(pathToFileURL(join(root, 'dist/cli/build-feed.js')).href);
  const {readFileSync} = await import('node:fs');
  const dir = mkdtempSync(join(tmpdir(), 'pdk-cli-bench-'));
  try {
    const paths = writeLargeCsv(dir);
    const input = (key) => ({file: `${key}.csv`, text: readFileSync(paths[key], 'utf8')});
    const options = {partners: input('partners'), events: input('events'), areas: input('areas'), join: {file: 'join.json', text: readFileSync(paths.join, 'utf8')}, lang: 'en', now: Date.UTC(2026, 11, 1)};
    let best = Infinity;
    let cpu = Infinity;
    let result;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const usage = process.cpuUsage();
      result = buildFeed(options);
      const used = process.cpuUsage(usage);
      best = Math.min(best, performance.now() - start);
      cpu = Math.min(cpu, (used.user + used.system) / 1000);
    }
    const errors = result.problems.filter((p) => p.severity === 'error');
    if (errors.length) throw new Error(`the generated spreadsheets have ${errors.length} errors, e.g. ${JSON.stringify(errors[0])}`);
    return {ms: Math.round(best), cpuMs: Math.round(cpu), events: result.feed.events.length};
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const {ms, cpuMs, events} = await benchBuild();
  console.log(`build+validate ${events.toLocaleString('en')} events: ${ms} ms (CPU ${cpuMs} ms; best of 3, in one process)`);
}
