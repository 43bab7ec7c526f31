/**
 * One source of truth: schema/feed.schema.json (what editors' IDEs check) and
 * validateFeed (what the widgets and `pdk-feed validate` run) must agree on
 * every feed. "Valid" for the validator means its strict reading: it throws
 * nothing and reports no error, no unknown enum value and no dropped URL.
 *
 * Run after `npx tsc -p tsconfig.build.json`: it imports the compiled validator.
 */
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import {validateFeed} from '../../dist/feed/validate.js';
import {parseDayKey, parseFeedDate} from '../../dist/feed/zoned-dates.js';
import {EVENT_STATUSES, EVENT_TYPES, PARTNER_CATEGORIES} from '../../dist/feed/types.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schema/feed.schema.json', root), 'utf8'));
const ajv = new Ajv2020({strict: true, allErrors: true});
const schemaValidate = ajv.compile(schema);

/** Relative logos resolve against this, as the widgets resolve them against the feed's URL. */
const FEED_URL = 'https://feeds.example.org/pdk/feed.json';
const STRICT_CODES = new Set(['unknown-value', 'dropped-url', 'ignored-value']);

function runtimeVerdict(feed) {
  try {
    const {issues} = validateFeed(feed, FEED_URL);
    const problems = issues.filter((i) => i.severity === 'error' || STRICT_CODES.has(i.code));
    return {valid: problems.length === 0, details: issues.map((i) => `${i.severity} ${i.code} ${i.path}: ${i.message}`)};
  } catch (error) {
    return {valid: false, details: [`threw ${error.name}: ${error.message}`]};
  }
}

function schemaVerdict(feed) {
  const valid = schemaValidate(feed);
  return {valid, details: (schemaValidate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`)};
}

/**
 * Documented, intentional differences: things JSON Schema cannot express, or
 * fields the widgets deliberately tolerate. A case marked with one of these
 * must disagree in exactly this direction — if it ever agrees, the exception
 * is stale and the test says so.
 */
const EXCEPTIONS = {
  'duplicate-id': {
    schema: true,
    validator: false,
    why: 'JSON Schema cannot require an object property to be unique across array items (uniqueItems compares whole items); the validator skips the later copy.',
  },
  'end-before-start': {
    schema: true,
    validator: false,
    why: 'JSON Schema cannot compare two fields; the validator skips an event whose end is before its start.',
  },
  'time-zone-name': {
    schema: true,
    validator: false,
    why: 'The schema checks the shape of a zone name (Area/City); only the IANA database (Intl) knows which zones exist.',
  },
  'url-parser-rejects': {
    schema: true,
    validator: false,
    why: 'The schema checks the shape of an http(s) URL; the WHATWG URL parser also rejects invalid IPv4 addresses, bad punycode and the like.',
  },
  'url-parser-cleans-up': {
    schema: false,
    validator: true,
    why: 'The WHATWG URL parser silently repairs some strings (surrounding spaces, tabs inside, "http:host" without slashes, percent-encoded hosts); the schema asks editors for the clean form.',
  },
};

// ---------------------------------------------------------------- the corpus

const area = (over = {}) => ({id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}, ...over});
const partner = (over = {}) => ({
  id: 'fundacja-przyklad',
  name: 'Fundacja Przykład',
  category: 'ngo',
  areas: ['energy-efficiency'],
  url: 'https://example.org',
  logo: 'logos/przyklad.svg',
  description: {pl: 'Opis', en: 'Description'},
  since: '2019-05-01',
  ...over,
});
const event = (over = {}) => ({
  id: 'debata-2026-12-03',
  title: 'Debata o transporcie',
  type: 'debate',
  start: '2026-12-03T18:00:00+01:00',
  end: '2026-12-03T20:00:00+01:00',
  location: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, Warszawa'},
  online: 'https://stream.example.org/debata',
  partners: ['fundacja-przyklad'],
  areas: ['energy-efficiency'],
  url: 'https://example.org/debata',
  description: 'Opis',
  status: 'scheduled',
  ...over,
});
const feed = (over = {}) => ({
  version: 1,
  updated: '2026-11-20T09:00:00+01:00',
  timezone: 'Europe/Warsaw',
  areas: [area()],
  partners: [partner()],
  events: [event()],
  join: {email: 'partnerstwo@um.warszawa.pl', action: null, privacyUrl: 'https://um.warszawa.pl/prywatnosc'},
  ...over,
});
const withPartner = (over) => feed({partners: [partner(over)]});
const withEvent = (over) => feed({events: [event(over)]});
const withArea = (over) => feed({areas: [area(over)]});

/** [name, feed, expected schema verdict, exception?] */
const CASES = [
  // Good feeds
  ['the SPEC example', feed(), true],
  ['only a version', {version: 1}, true],
  ['version 1.5 (same major version)', {version: 1.5}, true],
  ['empty lists and null optionals', feed({areas: [], partners: null, events: [], join: null, timezone: null, updated: null}), true],
  ['unknown fields anywhere', feed({extra: 1, partners: [partner({twitter: '@x'})], events: [event({price: 0, location: {name: 'X', floor: 2}})]}), true],
  ['text in one language only', withPartner({name: {en: 'Example Foundation'}, description: {pl: 'Tylko po polsku'}}), true],
  ['text object with an empty and a null language', withPartner({name: {pl: '', en: 'Example'}, description: {pl: null}}), true],
  ['empty optional strings', withEvent({end: '', url: '', online: '', type: '', status: '', description: ''}), true],
  ['null optional fields', withEvent({end: null, url: null, online: null, type: null, status: null, location: null, partners: null, areas: null}), true],
  ['all-day event over several days', withEvent({start: '2026-12-03', end: '2026-12-05'}), true],
  ['all-day event, one day, no end', withEvent({start: '2026-12-03', end: undefined}), true],
  ['timed event without seconds, UTC', withEvent({start: '2026-12-03T17:00Z', end: '2026-12-03T19:30Z'}), true],
  ['timed event with fractions and a negative offset', withEvent({start: '2026-12-03T12:00:00.5-05:00', end: '2026-12-03T14:00:00.123456789-05:00'}), true],
  ['end at 23:59:59.999', withEvent({start: '2026-12-03T18:00+01:00', end: '2026-12-03T23:59:59.999+01:00'}), true],
  ['offset +14:00 (Kiribati)', withEvent({start: '2026-12-03T18:00+14:00', end: undefined}), true],
  ['end equal to start', withEvent({end: '2026-12-03T18:00:00+01:00'}), true],
  ['29 February of a leap year', withEvent({start: '2028-02-29', end: '2028-02-29'}), true],
  ['29 February 2000 (divisible by 400)', withPartner({since: '2000-02-29'}), true],
  ['a cancelled workshop', withEvent({type: 'workshop', status: 'cancelled'}), true],
  ['every category', feed({partners: PARTNER_CATEGORIES.map((category) => partner({id: `p-${category}`, category}))}), true],
  ['every event type', feed({events: EVENT_TYPES.map((type) => event({id: `e-${type}`, type}))}), true],
  ['logo: absolute https, protocol-relative, root-relative', feed({partners: [
    partner({id: 'a', logo: 'https://cdn.example.org/a.svg'}),
    partner({id: 'b', logo: '//cdn.example.org/b.svg'}),
    partner({id: 'c', logo: '/logos/c.png'}),
    partner({id: 'd', logo: '../d.png?v=2'}),
  ]}), true],
  ['http (not https) URLs are allowed', withPartner({url: 'http://example.org', logo: 'http://example.org/logo.png'}), true],
  ['URL with port, user info, query, fragment and a space in the path', withEvent({url: 'HTTPS://user@example.org:8443/a b?q=1#x'}), true],
  ['other IANA zones', feed({timezone: 'America/Argentina/Buenos_Aires'}), true],
  ['join with a POST endpoint', feed({join: {email: 'a@b.pl', action: 'https://api.example.org/join', privacyUrl: 'https://example.org/rodo'}}), true],
  // An unknown referenced id is a warning for both: the schema cannot see it, the validator only warns.
  ['unknown partner and area ids (warnings only)', withEvent({partners: ['nobody'], areas: ['nowhere']}), true],

  // The feed as a whole
  ['not an object: a list', [feed()], false],
  ['not an object: a string', 'feed', false],
  ['not an object: null', null, false],
  ['no version', feed({version: undefined}), false],
  ['version 2', feed({version: 2}), false],
  ['version 0', feed({version: 0}), false],
  ['version as a string', feed({version: '1'}), false],
  ['partners is not a list', feed({partners: {}}), false],
  ['events is a string', feed({events: 'none'}), false],
  ['join is a list', feed({join: []}), false],
  ['join.email is a number', feed({join: {email: 42}}), false],
  ['join.email adds a Bcc in a mailto: URL', feed({join: {email: 'partnerstwo@um.warszawa.pl?bcc=evil@example.org'}}), false],
  ['join.email names two recipients', feed({join: {email: 'a@b.pl,c@d.pl'}}), false],
  ['join.email is not an address', feed({join: {email: 'partnerstwo'}}), false],
  ['timezone is a number', feed({timezone: 1}), false],
  ['timezone is empty', feed({timezone: ''}), false],
  ['timezone with spaces', feed({timezone: 'Central European Time'}), false],

  // Entries
  ['an entry that is not an object', feed({partners: ['fundacja-przyklad']}), false],
  ['a null entry', feed({events: [null]}), false],
  ['area without a name', withArea({name: undefined}), false],
  ['area with an empty id', withArea({id: ''}), false],
  ['area with an id of spaces', withArea({id: '   '}), false],
  ['area name with no language', withArea({name: {de: 'Energieeffizienz'}}), false],
  ['partner without an id', withPartner({id: undefined}), false],
  ['partner id is a number', withPartner({id: 7}), false],
  ['partner without a name', withPartner({name: undefined}), false],
  ['partner name is empty', withPartner({name: ''}), false],
  ['partner name is only spaces', withPartner({name: '  \n '}), false],
  ['partner name is a list', withPartner({name: ['Fundacja']}), false],
  ['partner name.pl is a number', withPartner({name: {pl: 1, en: 'X'}}), false],
  ['partner description.en is an object', withPartner({description: {pl: 'Opis', en: {text: 'x'}}}), false],
  ['partner description is a number', withPartner({description: 5}), false],
  ['partner without a category', withPartner({category: undefined}), false],
  ['partner category is empty', withPartner({category: ''}), false],
  ['unknown category', withPartner({category: 'museum'}), false],
  ['category in capitals', withPartner({category: 'NGO'}), false],
  ['partner areas is a string', withPartner({areas: 'energy-efficiency'}), false],
  ['partner areas holds a number', withPartner({areas: [1]}), false],
  ['partner since is a number', withPartner({since: 2019}), false],
  ['partner url is not http(s)', withPartner({url: 'ftp://example.org'}), false],
  ['partner url is a javascript: URL', withPartner({url: 'javascript:alert(1)'}), false],
  ['partner url is relative', withPartner({url: 'example.org'}), false],
  ['partner url has no host', withPartner({url: 'https://'}), false],
  ['partner url has a port out of range', withPartner({url: 'https://example.org:65536'}), false],
  ['partner url is a number', withPartner({url: 1}), false],
  ['logo is a data: URL', withPartner({logo: 'data:image/png;base64,AAAA'}), false],
  ['logo is a javascript: URL hidden by a tab', withPartner({logo: 'java\tscript:alert(1)'}), false],
  ['logo is a Windows path', withPartner({logo: 'C:\\logos\\x.png'}), false],
  ['event without an id', withEvent({id: undefined}), false],
  ['event without a title', withEvent({title: undefined}), false],
  ['event title with only empty texts', withEvent({title: {pl: '', en: null}}), false],
  ['event title with only blank texts', withEvent({title: {pl: ' ', en: '\t'}}), false],
  ['event without a start', withEvent({start: undefined}), false],
  ['unknown event type', withEvent({type: 'hackathon'}), false],
  ['event type is a number', withEvent({type: 3}), false],
  ['unknown status', withEvent({status: 'postponed'}), false],
  ['start without an offset', withEvent({start: '2026-12-03T18:00:00', end: undefined}), false],
  ['start with a space instead of T', withEvent({start: '2026-12-03 18:00+01:00', end: undefined}), false],
  ['start in another date format', withEvent({start: '03.12.2026', end: undefined}), false],
  ['start is a timestamp number', withEvent({start: 1796342400000, end: undefined}), false],
  ['start at 25:00', withEvent({start: '2026-12-03T25:00+01:00', end: undefined}), false],
  ['start at 24:30', withEvent({start: '2026-12-03T24:30+01:00', end: undefined}), false],
  ['end at 24:00 (write the next day\'s 00:00)', withEvent({start: '2026-12-03T18:00+01:00', end: '2026-12-03T24:00+01:00'}), false],
  ['offset +15:00', withEvent({start: '2026-12-03T18:00+15:00', end: undefined}), false],
  ['offset +24:00', withEvent({start: '2026-12-03T18:00+24:00', end: undefined}), false],
  ['offset without a colon', withEvent({start: '2026-12-03T18:00+0100', end: undefined}), false],
  ['impossible date 2026-02-30', withEvent({start: '2026-02-30', end: undefined}), false],
  ['29 February of a common year', withEvent({start: '2025-02-29T10:00Z', end: undefined}), false],
  ['29 February 1900 (divisible by 100)', withEvent({start: '1900-02-29', end: undefined}), false],
  ['month 13', withEvent({start: '2026-13-01', end: undefined}), false],
  ['end is not a date', withEvent({end: 'soon'}), false],
  ['start a date, end a date-time', withEvent({start: '2026-12-03', end: '2026-12-03T20:00+01:00'}), false],
  ['start a date-time, end a date', withEvent({end: '2026-12-04'}), false],
  ['partner since is an impossible date', withPartner({since: '2019-02-29'}), false],
  ['location is a string', withEvent({location: 'Targowa 56'}), false],
  ['location.name is a number', withEvent({location: {name: 56}}), false],
  ['online is a mailto: URL', withEvent({online: 'mailto:a@b.pl'}), false],
  ['event partners is an object', withEvent({partners: {id: 'fundacja-przyklad'}}), false],
  ['join.action is not http(s)', feed({join: {action: 'mailto:partnerstwo@um.warszawa.pl'}}), false],
  ['join.privacyUrl is relative', feed({join: {privacyUrl: '/prywatnosc'}}), false],

  // Documented differences
  ['duplicate area ids', feed({areas: [area(), area()]}), true, 'duplicate-id'],
  ['duplicate partner ids', feed({partners: [partner(), partner({name: 'Copy'})]}), true, 'duplicate-id'],
  ['duplicate event ids', feed({events: [event(), event({title: 'Copy'})]}), true, 'duplicate-id'],
  ['timed end before start', withEvent({end: '2026-12-03T17:00:00+01:00'}), true, 'end-before-start'],
  ['all-day end before start', withEvent({start: '2026-12-03', end: '2026-12-02'}), true, 'end-before-start'],
  ['a zone that does not exist', feed({timezone: 'Mars/Olympus_Mons'}), true, 'time-zone-name'],
  ['an impossible IPv4 address', withPartner({url: 'https://300.1.1.1'}), true, 'url-parser-rejects'],
  ['"http:" without slashes', withPartner({url: 'http:example.org'}), false, 'url-parser-cleans-up'],
  ['a logo with a leading space', withPartner({logo: ' logos/przyklad.svg'}), false, 'url-parser-cleans-up'],
  ['partner since is not a date', withPartner({since: 'May 2019'}), false],
  ['updated is not a date-time', feed({updated: 'yesterday'}), false],
  ['updated without an offset', feed({updated: '2026-11-20T09:00:00'}), false],
];

// JSON.stringify drops the `undefined` fields the helpers use to leave a field out.
const asJson = (value) => JSON.parse(JSON.stringify(value));

test('the schema compiles in ajv strict mode', () => {
  assert.equal(typeof schemaValidate, 'function');
  assert.match(schema.$schema, /2020-12/);
  assert.match(schema.$id, /^https:\/\//);
});

test(`the corpus is big enough (${CASES.length} feeds) and has good and bad feeds`, () => {
  assert.ok(CASES.length >= 40);
  assert.ok(CASES.filter(([, , valid, exception]) => valid && !exception).length >= 10);
  assert.ok(CASES.filter(([, , valid, exception]) => !valid && !exception).length >= 30);
  const names = CASES.map(([name]) => name);
  assert.equal(new Set(names).size, names.length, 'case names are unique');
  for (const kind of Object.keys(EXCEPTIONS)) {
    assert.ok(CASES.some((c) => c[3] === kind), `exception "${kind}" has a case`);
  }
});

for (const [name, raw, expected, exception] of CASES) {
  test(`${expected ? 'schema-valid' : 'schema-invalid'}: ${name}${exception ? ` [documented: ${exception}]` : ''}`, () => {
    const value = asJson(raw);
    const bySchema = schemaVerdict(value);
    const byValidator = runtimeVerdict(value);
    const report = `\n  schema: ${bySchema.details.join('; ') || 'ok'}\n  validator: ${byValidator.details.join('; ') || 'ok'}`;
    assert.equal(bySchema.valid, expected, `schema verdict${report}`);
    if (exception) {
      const known = EXCEPTIONS[exception];
      assert.ok(known, `unknown exception ${exception}`);
      assert.deepEqual(
        {schema: bySchema.valid, validator: byValidator.valid},
        {schema: known.schema, validator: known.validator},
        `documented difference "${exception}" no longer holds (${known.why})${report}`,
      );
    } else {
      assert.equal(byValidator.valid, bySchema.valid, `schema and validator disagree${report}`);
    }
  });
}

test('the schema\'s enums are the validator\'s lists', () => {
  assert.deepEqual(schema.$defs.partner.properties.category.enum, [...PARTNER_CATEGORIES]);
  assert.deepEqual(schema.$defs.event.properties.type.anyOf[0].enum, [...EVENT_TYPES]);
  assert.deepEqual(schema.$defs.event.properties.status.anyOf[0].enum, [...EVENT_STATUSES]);
});

test('every property has a description (editors show them)', () => {
  const missing = [];
  const walk = (node, path) => {
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, `${path}/${i}`));
    if (typeof node !== 'object' || node === null) return;
    if (node.properties) {
      for (const [key, child] of Object.entries(node.properties)) {
        if (!child.description && !(path.includes('/if') || path.includes('/then') || path.includes('/else') || path.includes('/anyOf'))) {
          missing.push(`${path}/properties/${key}`);
        }
      }
    }
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
  };
  walk(schema, '#');
  for (const [name, def] of Object.entries(schema.$defs)) if (!def.description) missing.push(`#/$defs/${name}`);
  assert.deepEqual(missing, []);
});

test('date patterns accept exactly the dates the validator parses', () => {
  const since = new RegExp(schema.$defs.partner.properties.since.pattern, 'u');
  const start = new RegExp(schema.$defs.event.properties.start.pattern, 'u');
  const pad = (n, w = 2) => String(n).padStart(w, '0');
  const years = ['0000', '0099', '0100', '0400', '1600', '1900', '2000', '2023', '2024', '2100', '2400', '9999'];
  const days = [];
  for (const year of years) for (let m = 0; m <= 13; m++) for (let d = 0; d <= 32; d++) days.push(`${year}-${pad(m)}-${pad(d)}`);
  const mismatches = [];
  for (const day of days) {
    if (since.test(day) !== (parseDayKey(day) !== null)) mismatches.push(`since ${day}`);
    if (start.test(day) !== (parseFeedDate(day) !== null)) mismatches.push(`start ${day}`);
  }
  const times = [];
  for (const h of ['00', '09', '23', '24', '25']) {
    for (const m of ['00', '30', '59', '60']) {
      for (const s of ['', ':00', ':59', ':60', ':00.0', ':00.000000000', ':00.0000000000', ':59.123', ':00.001']) {
        for (const z of ['Z', 'z', '+01:00', '-00:00', '+05:45', '-09:30', '+14:00', '+14:59', '-15:00', '+23:59', '+24:00', '-05:60', '+0100', '']) times.push(`T${h}:${m}${s}${z}`);
      }
    }
  }
  for (const day of ['2024-02-29', '2025-02-29', '2026-12-31', '0099-01-01']) {
    for (const time of times) {
      const value = day + time;
      if (start.test(value) !== (parseFeedDate(value) !== null)) mismatches.push(`start ${value}`);
    }
  }
  assert.deepEqual(mismatches, []);
});

test('sample/feed.json is valid for both', {skip: !existsSync(new URL('sample/feed.json', root)) && 'no sample/feed.json yet'}, () => {
  const value = JSON.parse(readFileSync(new URL('sample/feed.json', root), 'utf8'));
  const bySchema = schemaVerdict(value);
  const byValidator = runtimeVerdict(value);
  assert.equal(bySchema.valid, true, bySchema.details.join('\n'));
  assert.equal(byValidator.valid, true, byValidator.details.join('\n'));
});
