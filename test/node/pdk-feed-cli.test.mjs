/**
 * `pdk-feed` end to end: spawns `node bin/pdk-feed.js` on feeds written to a
 * temporary directory (and served by a local HTTP server for URLs).
 *
 * Run after `npx tsc -p tsconfig.build.json`: the bin imports dist/cli/.
 */
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {spawn} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {validateFeed} from '../../dist/feed/validate.js';
import {localizeIssue, messages} from '../../dist/cli/messages.js';
import {checkFeedText} from '../../dist/cli/validate-command.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin/pdk-feed.js');
const dir = mkdtempSync(join(tmpdir(), 'pdk-feed-cli-'));
after(() => rmSync(dir, {recursive: true, force: true}));

/** A locale that says nothing, so only what a test sets decides the language. */
const NEUTRAL_ENV = {...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: ''};

function run(args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {cwd: dir, env: {...NEUTRAL_ENV, ...env}});
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}

function write(name, content) {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

const partner = (over = {}) => ({
  id: 'fundacja-przyklad',
  name: {pl: 'Fundacja Przykład', en: 'Example Foundation'},
  category: 'ngo',
  areas: ['energy-efficiency'],
  url: 'https://example.org',
  logo: 'logos/przyklad.svg',
  since: '2019-05-01',
  ...over,
});
const event = (over = {}) => ({
  id: 'debata',
  title: 'Debata o transporcie',
  type: 'debate',
  start: '2099-12-03T18:00:00+01:00',
  end: '2099-12-03T20:00:00+01:00',
  partners: ['fundacja-przyklad'],
  areas: ['energy-efficiency'],
  status: 'scheduled',
  ...over,
});
const feed = (over = {}) => ({
  version: 1,
  updated: '2026-11-20T09:00:00+01:00',
  timezone: 'Europe/Warsaw',
  areas: [{id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}}],
  partners: [partner()],
  events: [event()],
  join: {email: 'partnerstwo@um.warszawa.pl', action: null, privacyUrl: 'https://um.warszawa.pl/prywatnosc'},
  ...over,
});

mkdirSync(join(dir, 'logos'));
writeFileSync(join(dir, 'logos/przyklad.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');

// Feeds several tests read.
write('good.json', feed());
write('category.json', feed({partners: [partner({category: 'museum'})]}));
write('bad-entry.json', feed({
  partners: [partner(), partner({id: 'bez-nazwy', name: undefined}), partner({id: 'zla-data', since: 'maj 2019'})],
  events: [event({partners: ['nieznany']}), event({id: 'odwrotne', end: '2099-12-03T17:00:00+01:00'})],
}));

/** Output lines that name a JSON path, in order. */
const pathLines = (output) => output.split('\n').filter((line) => /\$[.\s:]/.test(line));

describe('pdk-feed validate FILE', () => {
  test('a good feed: exit 0, no problems', async () => {
    const {code, stdout, stderr} = await run(['validate', 'good.json']);
    assert.equal(code, 0, stdout + stderr);
    assert.match(stdout, /^0 errors, 0 warnings in good\.json$/m);
    assert.equal(stderr, '');
  });

  test('warnings alone still exit 0, and name their paths', async () => {
    const {code, stdout} = await run(['validate', write('warnings.json', feed({
      partners: [partner(), partner({id: 'bez-logo', logo: undefined}), partner({id: 'http-logo', logo: 'http://example.org/l.png'})],
      events: [event(), event({id: 'bez-organizatora', partners: []})],
    }))]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning\s+\$\.partners\[1\]\.logo: the partner has no logo$/m);
    assert.match(stdout, /^warning\s+\$\.partners\[2\]\.logo: the logo http:\/\/example\.org\/l\.png is not https/m);
    assert.match(stdout, /^warning\s+\$\.events\[1\]\.partners: the event has no organiser/m);
    assert.match(stdout, /^0 errors, 3 warnings in warnings\.json$/m);
  });

  test('a bad entry: exit 1, the JSON paths, errors before warnings', async () => {
    const {code, stdout} = await run(['validate', 'bad-entry.json']);
    assert.equal(code, 1, stdout);
    const lines = pathLines(stdout);
    assert.deepEqual(lines.map((line) => line.split(/\s+/)[0]), ['error', 'error', 'error', 'warning']);
    assert.match(lines[0], /\$\.events\[1\]\.end: "end" .* is before "start"/);
    assert.match(lines[1], /\$\.partners\[1\]\.name: "name" is required; entry skipped/);
    // The widgets leave a malformed "since" out; the schema, and so the tool, call it an error.
    assert.match(lines[2], /\$\.partners\[2\]\.since: "maj 2019" is not a date/);
    // The validator names references by id; the CLI turns that into the entry's index.
    assert.match(lines[3], /\$\.events\[0\]\.partners: unknown partner id "nieznany"/);
    assert.match(stdout, /^3 errors, 1 warning in bad-entry\.json$/m);
  });

  test('an entry with several problems: each on its own line, in one run', async () => {
    const {code, stdout} = await run(['validate', '--lang', 'pl', write('many.json', feed({
      events: [event({title: '', start: '3 grudnia', type: 'koncert'})],
    }))]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^błąd\s+\$\.events\[0\]\.title: brak wymaganego pola "title"; wpis pominięty$/m);
    assert.match(stdout, /^błąd\s+\$\.events\[0\]\.start: pole "start" musi być datą .* a jest "3 grudnia"; wpis pominięty$/m);
    assert.match(stdout, /^błąd\s+\$\.events\[0\]\.type: nieznana wartość pola "type": "koncert"/m);
    assert.match(stdout, /^3 błędy/m);
  });

  test('an "updated" that is not a date-time with an offset is an error, as in the schema', async () => {
    const {code, stdout} = await run(['validate', write('updated.json', feed({updated: 'wczoraj'}))]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^error\s+\$\.updated: "wczoraj" is not a date-time with an offset \(2026-11-20T09:00:00\+01:00\); ignored$/m);
  });

  test('a file that is not UTF-8 is an error: browsers would garble its Polish letters', async () => {
    writeFileSync(join(dir, 'cp1250.json'), Buffer.from(JSON.stringify(feed({partners: [partner({name: 'Fundacja L'})]})).replace('Fundacja L', 'Fundacja \u00a3'), 'latin1'));
    const {code, stdout} = await run(['validate', 'cp1250.json']);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^error\s+\$: the file is not UTF-8/m);
  });

  test('an unknown category is an error for the editor (the widgets show "other")', async () => {
    const {code, stdout} = await run(['validate', 'category.json']);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^error\s+\$\.partners\[0\]\.category: unknown category "museum"/m);
    assert.match(stdout, /^1 error, 0 warnings in category\.json$/m);
  });

  test('unknown event type and status, and a non-http(s) URL, are errors too', async () => {
    const {code, stdout} = await run(['validate', write('strict.json', feed({
      events: [event({type: 'hackathon', status: 'postponed', url: 'javascript:alert(1)'})],
    }))]);
    assert.equal(code, 1, stdout);
    assert.deepEqual(pathLines(stdout).map((line) => line.split(':')[0].split(/\s+/).join(' ')), [
      'error $.events[0].status',
      'error $.events[0].type',
      'error $.events[0].url',
    ]);
  });

  test('not JSON: exit 1 with the line and column', async () => {
    const {code, stdout} = await run(['validate', write('broken.json', '{\n  "version": 1,\n  "partners": [\n    {"id": "a",}\n  ]\n}\n')]);
    assert.equal(code, 1, stdout);
    // A comma after the last property: the parser's words, where, and the likely cause in the editor's words.
    assert.match(stdout, /^error\s+\$: the feed is not valid JSON: .*\(line 4, column 16\); most often a comma after the last item of a list or an object: remove it$/m);
    assert.match(stdout, /^1 error, 0 warnings in broken\.json$/m);
    const page = await run(['validate', write('login.json', '<!doctype html>\n<html><body>Zaloguj się</body></html>\n'), '--lang', 'pl']);
    assert.match(page.stdout, /; to strona internetowa \(HTML\), a nie plik danych: sprawdź adres/);
    const prose = await run(['validate', write('prose.txt', 'Lista partnerów: …')]);
    assert.equal(prose.code, 1);
    assert.match(prose.stdout, /^error\s+\$: the feed is not valid JSON/m);
  });

  test('another version, or not an object: exit 1', async () => {
    const v2 = await run(['validate', write('v2.json', feed({version: 2}))]);
    assert.equal(v2.code, 1);
    assert.match(v2.stdout, /^error\s+\$\.version: the feed is version 2; this tool reads version 1$/m);
    // "1" in quotes: the message says what differs from the 1 the tool reads.
    const text = await run(['validate', write('v-text.json', feed({version: '1'})), '--lang', 'pl']);
    assert.equal(text.code, 1);
    assert.match(text.stdout, /^błąd\s+\$\.version: pole "version" zawiera tekst "1"; wpisz liczbę 1, bez cudzysłowu$/m);
    const list = await run(['validate', write('list.json', [feed()])]);
    assert.equal(list.code, 1);
    assert.match(list.stdout, /^error\s+\$: the feed must be a JSON object, not a list$/m);
  });

  test('a missing file: exit 2, said on stderr', async () => {
    const {code, stdout, stderr} = await run(['validate', 'no-such-feed.json']);
    assert.equal(code, 2);
    assert.equal(stdout, '');
    assert.match(stderr, /cannot read no-such-feed\.json: no such file/);
  });

  test('a relative logo missing next to the feed is a warning', async () => {
    const {code, stdout} = await run(['validate', write('logo.json', feed({partners: [partner({logo: 'logos/brak.svg'})]}))]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning\s+\$\.partners\[0\]\.logo: the logo file .*brak\.svg does not exist next to the feed$/m);
  });

  test('a feed whose events are all over gets a warning', async () => {
    const {code, stdout} = await run(['validate', write('past.json', feed({
      events: [event({start: '2020-03-01', end: '2020-03-02'}), event({id: 'b', start: '2021-05-05T10:00+02:00', end: undefined})],
    }))]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning\s+\$\.events: all 2 events are over \(the last ended on 2021-05-05\)/m);
  });

  test('a UTF-8 byte order mark is fine, as in a browser', async () => {
    const {code, stdout} = await run(['validate', write('bom.json', `\uFEFF${JSON.stringify(feed())}`)]);
    assert.equal(code, 0, stdout);
  });

  test('--json: the same result for machines', async () => {
    const {code, stdout} = await run(['validate', 'category.json', '--json']);
    assert.equal(code, 1);
    const result = JSON.parse(stdout);
    assert.equal(result.valid, false);
    assert.equal(result.source, 'category.json');
    assert.deepEqual(result.errors.map((e) => [e.path, e.code]), [['$.partners[0].category', 'unknown-value']]);
    assert.deepEqual(result.warnings, []);
    assert.equal(result.summary, '1 error, 0 warnings in category.json');

    const missing = await run(['validate', 'no-such-feed.json', '--json']);
    assert.equal(missing.code, 2);
    assert.equal(JSON.parse(missing.stdout).readError, 'no such file');
  });

  test('sample/feed.json is valid', {skip: !existsSync(join(root, 'sample/feed.json')) && 'no sample/feed.json yet'}, async () => {
    const {code, stdout} = await run(['validate', join(root, 'sample/feed.json')]);
    assert.equal(code, 0, stdout);
  });
});

describe('pdk-feed in Polish', () => {
  test('--lang pl: messages, labels and plurals', async () => {
    const {code, stdout} = await run(['validate', 'bad-entry.json', '--lang', 'pl']);
    assert.equal(code, 1);
    assert.match(stdout, /^błąd\s+\$\.partners\[1\]\.name: brak wymaganego pola "name"; wpis pominięty$/m);
    assert.match(stdout, /^ostrzeżenie\s+\$\.events\[0\]\.partners: nieznany identyfikator partnera "nieznany"$/m);
    assert.match(stdout, /^3 błędy, 1 ostrzeżenie w bad-entry\.json$/m);
  });

  test('LANG=pl_PL.UTF-8 chooses Polish; --lang en overrides it', async () => {
    const pl = await run(['validate', 'category.json'], {LANG: 'pl_PL.UTF-8'});
    assert.match(pl.stdout, /^1 błąd, 0 ostrzeżeń w category\.json$/m);
    const en = await run(['validate', 'category.json', '--lang', 'en'], {LANG: 'pl_PL.UTF-8'});
    assert.match(en.stdout, /^1 error, 0 warnings in category\.json$/m);
    const missing = await run(['validate', 'no-such-feed.json'], {LANG: 'pl_PL.UTF-8'});
    assert.match(missing.stderr, /nie można odczytać no-such-feed\.json: nie ma takiego pliku/);
  });

  test('summary plurals follow Intl.PluralRules', () => {
    const pl = messages.pl.summary;
    assert.equal(pl(1, 1, 'f'), '1 błąd, 1 ostrzeżenie w f');
    assert.equal(pl(3, 2, 'f'), '3 błędy, 2 ostrzeżenia w f');
    assert.equal(pl(5, 5, 'f'), '5 błędów, 5 ostrzeżeń w f');
    assert.equal(pl(12, 22, 'f'), '12 błędów, 22 ostrzeżenia w f');
    assert.equal(pl(0, 0, 'f'), '0 błędów, 0 ostrzeżeń w f');
    const en = messages.en.summary;
    assert.equal(en(1, 1, 'f'), '1 error, 1 warning in f');
    assert.equal(en(3, 0, 'f'), '3 errors, 0 warnings in f');
  });

  test('every validator message has a Polish translation', () => {
    const bad = [
      {version: 1, timezone: 'Mars/Olympus', areas: {}, join: {email: 1}},
      {version: 1, events: 'x', join: []},
      {version: 1, join: {email: 'a@b.pl?bcc=c@d.pl'}},
      {version: 1, areas: [1, {id: 'a'}, {id: 'b', name: {de: 'x'}}, {id: 'c', name: ['x']}, {id: 'd', name: {pl: 1}}, {id: 'e', name: 'E'}, {id: 'e', name: 'E'}]},
      {version: 1, partners: [
        {id: 'p', name: 'P', category: 'museum', areas: 'x'},
        {id: 'q', name: 'Q', category: 'museum', url: 'ftp://x', logo: 'data:x', since: 'x', areas: ['zzz']},
      ], areas: [{id: 'a', name: 'A'}]},
      {version: 1, events: [
        {id: 'a', title: 'A', start: 'x'},
        {id: 'b', title: 'B', start: '2026-01-01', end: 'x'},
        {id: 'c', title: 'C', start: '2026-01-01', end: '2026-01-01T10:00Z'},
        {id: 'd', title: 'D', start: '2026-01-02', end: '2026-01-01'},
        {id: 'e', title: 'E', start: '2026-01-02', location: 'x'},
        {id: 'f', title: 'F', start: '2026-01-02', type: 'x', status: 'y', partners: ['nobody'], online: 'x'},
      ]},
    ];
    const messagesSeen = new Set();
    for (const json of bad) for (const issue of validateFeed(json).issues) messagesSeen.add(issue.message);
    assert.ok(messagesSeen.size >= 20, `${messagesSeen.size} distinct messages`);
    const untranslated = [...messagesSeen].filter((message) => localizeIssue(message, 'pl') === message);
    assert.deepEqual(untranslated, []);
  });
});

describe('pdk-feed validate URL', () => {
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      const headers = {'content-type': 'application/json'};
      if (request.url === '/cors.json') headers['access-control-allow-origin'] = '*';
      if (request.url === '/missing.json') {
        response.writeHead(404, headers);
        return response.end('{}');
      }
      response.writeHead(200, headers);
      response.end(JSON.stringify(feed({partners: [partner({logo: 'https://cdn.example.org/logo.svg'})]})));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  test('with Access-Control-Allow-Origin: exit 0, says so', async () => {
    const {code, stdout} = await run(['validate', `${base}/cors.json`]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^CORS: Access-Control-Allow-Origin: \*$/m);
    assert.match(stdout, /^0 errors, 0 warnings in http:\/\/127\.0\.0\.1:\d+\/cors\.json$/m);
  });

  test('without it: a warning that partner sites cannot load the feed', async () => {
    const {code, stdout} = await run(['validate', `${base}/plain.json`]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^warning\s+the response has no Access-Control-Allow-Origin header/m);
    const json = JSON.parse((await run(['validate', `${base}/plain.json`, '--json'])).stdout);
    assert.equal(json.accessControlAllowOrigin, null);
    assert.deepEqual(json.warnings.map((w) => [w.path, w.code]), [[null, 'cors']]);
  });

  test('a feed served over http from another machine: a warning that https partner sites cannot load it', () => {
    const text = JSON.stringify(feed());
    const at = (url) => checkFeedText(text, {text, baseUrl: url, corsHeader: '*'}, 'en', Date.UTC(2026, 10, 1)).filter((i) => i.code === 'not-https');
    assert.deepEqual(at('http://feeds.example.org/feed.json').map((i) => i.message), [messages.en.feedNotHttps]);
    assert.deepEqual(at('https://feeds.example.org/feed.json'), []);
    // A preview on the editor's own machine is not blocked by browsers.
    assert.deepEqual(at('http://localhost:8080/feed.json'), []);
  });

  test('HTTP 404 or no server: exit 2', async () => {
    const notFound = await run(['validate', `${base}/missing.json`]);
    assert.equal(notFound.code, 2);
    assert.match(notFound.stderr, /HTTP 404/);
    const port = server.address().port;
    const closed = createServer();
    await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const deadPort = closed.address().port;
    await new Promise((resolve) => closed.close(resolve));
    const refused = await run(['validate', `http://127.0.0.1:${deadPort}/feed.json`]);
    assert.equal(refused.code, 2, `port ${port}`);
    assert.match(refused.stderr, /cannot read .*network error/);
  });
});

describe('pdk-feed commands', () => {
  for (const args of [['--help'], ['help'], ['-h']]) {
    test(`${args.join(' ')}: usage listing the commands, exit 0`, async () => {
      const {code, stdout} = await run(args);
      assert.equal(code, 0);
      assert.match(stdout, /^Usage: pdk-feed/);
      for (const command of ['validate', 'build', 'ics', 'stats']) assert.match(stdout, new RegExp(`^  ${command}\\b`, 'm'));
    });
  }

  test('help in Polish', async () => {
    const {code, stdout} = await run(['help', '--lang', 'pl']);
    assert.equal(code, 0);
    assert.match(stdout, /^Użycie: pdk-feed/);
  });

  for (const [command, pattern] of [
    ['build', /build needs a partners and an events sheet/],
    ['ics', /ics needs one feed FILE or URL/],
    ['stats', /stats needs one feed FILE or URL/],
  ]) {
    test(`${command} without its files: usage error, exit 2`, async () => {
      const {code, stdout, stderr} = await run([command]);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, pattern);
    });
  }

  for (const [args, pattern] of [
    [[], /^Usage: pdk-feed/],
    [['frobnicate'], /Unknown command "frobnicate"/],
    [['validate'], /validate needs one FILE or URL/],
    [['validate', 'a.json', 'b.json'], /validate needs one FILE or URL/],
    [['validate', 'good.json', '--lang', 'de'], /--lang must be pl or en/],
    [['validate', 'good.json', '--strict'], /Unknown option '--strict'/],
  ]) {
    test(`usage error: pdk-feed ${args.join(' ')} exits 2`, async () => {
      const {code, stdout, stderr} = await run(args);
      assert.equal(code, 2);
      assert.equal(stdout, '');
      assert.match(stderr, pattern);
    });
  }

  test('--version prints the package version', async () => {
    const {code, stdout} = await run(['--version']);
    assert.equal(code, 0);
    assert.match(stdout, /^\d+\.\d+\.\d+/);
  });
});
