#!/usr/bin/env node
/**
 * Writes a demonstration feed.
 *
 *   node scripts/write-sample-feed.mjs [--today YYYY-MM-DD] [--out FILE]
 *       The sample feed (fictional partners and events around `today`),
 *       pretty-printed. Defaults: today in Europe/Warsaw, sample/live-feed.json.
 *       The committed, reproducible copy is made with
 *       `--today 2026-12-01 --out sample/feed.json`.
 *
 *   node scripts/write-sample-feed.mjs --large [--partners N] [--events N] [--seed N] [--today YYYY-MM-DD] --out FILE
 *       A large generated feed (default 3,000 partners, 10,000 events, ~5 MB),
 *       compact JSON. Do not commit these.
 *
 * `--out -` writes to standard output.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {makeSampleFeed, todayIn} from './feeds/sample-feed.mjs';
import {makeLargeFeed} from './feeds/large-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `Usage:
  node scripts/write-sample-feed.mjs [--today YYYY-MM-DD] [--out FILE]
  node scripts/write-sample-feed.mjs --large [--partners N] [--events N] [--seed N] [--today YYYY-MM-DD] --out FILE
(--out - writes to standard output)`;

/** @param {string} message */
function fail(message) {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/**
 * @param {string | undefined} value
 * @param {string} flag
 * @param {number} fallback
 */
function count(value, flag, fallback) {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) fail(`${flag} must be a whole number, not "${value}"`);
  return Number(value);
}

function main() {
  /** @type {ReturnType<typeof parseArgs>['values']} */
  let values;
  try {
    ({values} = parseArgs({
      options: {
        today: {type: 'string'},
        out: {type: 'string'},
        large: {type: 'boolean', default: false},
        partners: {type: 'string'},
        events: {type: 'string'},
        seed: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false},
      },
      strict: true,
    }));
  } catch (error) {
    fail(/** @type {Error} */ (error).message);
    return;
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }

  const today = /** @type {string | undefined} */ (values.today) ?? todayIn();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`)) || new Date(`${today}T00:00:00Z`).toISOString().slice(0, 10) !== today) {
    fail(`--today must be a real date YYYY-MM-DD, not "${today}"`);
  }

  let out = /** @type {string | undefined} */ (values.out);
  let json;
  let summary;
  if (values.large) {
    if (!out) fail('--large needs --out FILE (large feeds are not committed, so there is no default)');
    const options = {
      partners: count(/** @type {string | undefined} */ (values.partners), '--partners', 3000),
      events: count(/** @type {string | undefined} */ (values.events), '--events', 10000),
      seed: count(/** @type {string | undefined} */ (values.seed), '--seed', 1),
      today,
    };
    json = JSON.stringify(makeLargeFeed(options));
    summary = `large feed: ${options.partners} partners, ${options.events} events, seed ${options.seed}, around ${today}`;
  } else {
    for (const flag of ['partners', 'events', 'seed']) {
      if (values[flag] !== undefined) fail(`--${flag} only applies with --large`);
    }
    out ??= resolve(ROOT, 'sample/live-feed.json');
    const feed = makeSampleFeed(today);
    json = `${JSON.stringify(feed, null, 2)}\n`;
    summary = `sample feed: ${feed.partners.length} partners, ${feed.events.length} events, around ${today}`;
  }

  if (out === '-') {
    // A closed pipe (`| head`) is not an error.
    process.stdout.on('error', (error) => {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EPIPE') throw error;
    });
    process.stdout.write(json);
    return;
  }
  const path = resolve(/** @type {string} */ (out));
  mkdirSync(dirname(path), {recursive: true});
  writeFileSync(path, json);
  console.log(`Wrote ${path} (${(Buffer.byteLength(json) / 1e6).toFixed(2)} MB) – ${summary}`);
}

main();
