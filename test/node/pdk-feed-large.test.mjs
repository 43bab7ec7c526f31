/**
 * The 10,000-event feed (scripts/feeds/large-feed.mjs) as spreadsheets:
 * `pdk-feed build` then `pdk-feed validate`, with the time printed as a
 * figure (not asserted: the machine may be busy). The benchmark's own figure
 * comes from scripts/bench/cli-bench.mjs.
 *
 * Run after `npx tsc -p tsconfig.build.json`: the bin imports dist/cli/.
 */
import {after, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {writeLargeCsv} from '../../scripts/bench/cli-bench.mjs';
import {run, tempDir} from './cli-helpers.mjs';

const dir = tempDir('pdk-feed-large-');
after(() => rmSync(dir, {recursive: true, force: true}));

test('10,000 events: build with progress, then validate', async (t) => {
  writeLargeCsv(dir);
  const started = performance.now();
  const build = await run(dir, ['build', '--partners', 'partners.csv', '--events', 'events.csv', '--areas', 'areas.csv', '--join', 'join.json', '-o', 'feed.json', '--progress', '--today', '2026-12-01']);
  const built = performance.now();
  assert.equal(build.code, 0, build.stderr.slice(0, 2000));
  assert.match(build.stderr, /^events\.csv: 2,000 rows…$/m);
  assert.match(build.stderr, /^events\.csv: 10,000 rows…$/m);
  assert.match(build.stderr, /^Wrote feed\.json: 3,?000 partners, 10,?000 events, 4 areas\.$/m);
  assert.match(build.stderr, /^0 errors, /m);
  // Warnings past 20 in one column are counted, not listed.
  assert.ok(build.stderr.split('\n').length < 200, `${build.stderr.split('\n').length} lines`);

  const validate = await run(dir, ['validate', 'feed.json']);
  const validated = performance.now();
  assert.equal(validate.code, 0, validate.stdout.slice(-500));
  const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
  assert.equal(feed.events.length, 10000);
  assert.equal(feed.partners.length, 3000);
  t.diagnostic(`pdk-feed build: ${Math.round(built - started)} ms, validate: ${Math.round(validated - built)} ms (each a new Node process)`);
});
