/**
 * `pdk-feed stats` and `pdk-feed ics` on a small feed whose counts are known;
 * the calendar is read back with ical.js, as a calendar program would.
 *
 * Run after `npx tsc -p tsconfig.build.json`: the bin imports dist/cli/.
 */
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import ICAL from 'ical.js';
import {root, run as runIn, tempDir, write as writeIn} from './cli-helpers.mjs';

const dir = tempDir('pdk-feed-stats-');
after(() => rmSync(dir, {recursive: true, force: true}));
const run = (args, env) => runIn(dir, args, env);
const write = (name, content) => writeIn(dir, name, content);

const event = (id, over = {}) => ({id, title: {pl: `Wydarzenie ${id}`, en: `Event ${id}`}, type: 'workshop', start: '2026-12-10T18:00:00+01:00', end: '2026-12-10T20:00:00+01:00', partners: ['a'], areas: ['eco-transport'], status: 'scheduled', ...over});
write('feed.json', {
  version: 1,
  timezone: 'Europe/Warsaw',
  areas: [
    {id: 'eco-transport', name: {pl: 'Ekologiczny transport', en: 'Eco-friendly transport'}},
    {id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}},
  ],
  partners: [
    {id: 'a', name: 'Fundacja A', category: 'ngo', areas: ['eco-transport']},
    {id: 'b', name: 'Firma B', category: 'business', areas: ['eco-transport', 'energy-efficiency']},
    {id: 'c', name: 'Szkoła C', category: 'education', areas: []},
  ],
  events: [
    event('past', {start: '2026-11-05T10:00:00+01:00', end: '2026-11-05T12:00:00+01:00', type: 'debate'}),
    // 31 Oct 23:30 UTC is already 1 November in Warsaw: counted in November.
    event('midnight', {start: '2026-11-01T00:30:00+01:00', end: '2026-11-01T01:30:00+01:00', areas: ['energy-efficiency']}),
    event('soon', {partners: ['a', 'b']}),
    event('cancelled', {status: 'cancelled', start: '2027-01-15', end: '2027-01-16', type: 'exhibition'}),
    event('summer', {start: '2027-07-01T09:00:00+02:00', end: '2027-07-01T10:00:00+02:00', location: {name: 'Park Skaryszewski', address: 'al. Zieleniecka, Warszawa'}}),
  ],
  join: {email: 'partnerstwo@um.warszawa.pl'},
});

describe('pdk-feed stats', () => {
  test('--json: counts per category, area, type and month; upcoming, past, cancelled; partners without events', async () => {
    const {code, stdout, stderr} = await run(['stats', 'feed.json', '--json', '--today', '2026-12-01']);
    assert.equal(code, 0, stderr);
    const stats = JSON.parse(stdout);
    assert.equal(stats.partners, 3);
    assert.equal(stats.events, 5);
    assert.equal(stats.areas, 2);
    assert.equal(stats.partnersByCategory.ngo, 1);
    assert.equal(stats.partnersByCategory.business, 1);
    assert.equal(stats.partnersByCategory.embassy, 0);
    assert.deepEqual(stats.partnersByArea, {'eco-transport': 2, 'energy-efficiency': 1});
    assert.deepEqual(stats.eventsByType, {conference: 0, debate: 1, happening: 0, exhibition: 1, workshop: 3, other: 0});
    assert.deepEqual(stats.eventsByArea, {'eco-transport': 4, 'energy-efficiency': 1});
    assert.deepEqual(stats.eventsByMonth, {'2026-11': 2, '2026-12': 1, '2027-01': 1, '2027-07': 1});
    assert.equal(stats.upcoming, 3);
    assert.equal(stats.past, 2);
    assert.equal(stats.cancelled, 1);
    assert.deepEqual(stats.partnersWithoutEvents, ['c']);
  });

  test('the table an editor reads, in English and Polish', async () => {
    const en = await run(['stats', 'feed.json', '--today', '2026-12-01']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Partners: 3 {3}Events: 5 {3}Areas: 2$/m);
    assert.match(en.stdout, /^Partners by category\n(?:.*\n)*? {2}NGO \(ngo\) +1 +█+$/m);
    assert.match(en.stdout, /^ {2}Workshop \(workshop\) +3 +█{30}$/m);
    assert.match(en.stdout, /^ {2}November 2026 +2 /m);
    // Cancelled events are also among the upcoming or the over ones: the line says so.
    assert.match(en.stdout, /^ {2}upcoming or ongoing +3 .*\n {2}over +2 .*\n {2}of which cancelled +1 /m);
    assert.match(en.stdout, /^Events by area \(an event counts in each of its areas\)$/m);
    assert.match(en.stdout, /^Partners without events: 1\n {2}c$/m);

    const pl = await run(['stats', 'feed.json', '--today', '2026-12-01', '--lang', 'pl']);
    assert.match(pl.stdout, /^Partnerzy według kategorii$/m);
    assert.match(pl.stdout, /^ {2}Organizacja pozarządowa \(ngo\) +1 /m);
    assert.match(pl.stdout, /^ {2}listopad 2026 +2 /m);
    assert.match(pl.stdout, /^ {2}Ekologiczny transport \(eco-transport\) +4 /m);
    assert.match(pl.stdout, /^ {2}w tym odwołane +1 /m);
  });

  test('a feed with errors: says how many, counted as validate counts them', async () => {
    write('with-errors.json', {
      version: 1,
      partners: [{id: 'p', name: 'P', category: 'ngo'}],
      events: [
        {id: 'e', title: 'E', type: 'concert', start: '2026-12-03'},
        {id: 'e', title: 'E again', type: 'debate', start: '2026-12-04'},
      ],
    });
    const stats = await run(['stats', 'with-errors.json']);
    assert.match(stats.stderr, /with-errors\.json has 2 errors;/);
    const validate = await run(['validate', 'with-errors.json']);
    assert.match(validate.stdout, /^2 errors, /m);
  });

  test('a file that is not a feed: exit 1; a missing file: exit 2; no file: usage, exit 2', async () => {
    write('not-feed.json', '[1, 2]');
    const notFeed = await run(['stats', 'not-feed.json']);
    assert.equal(notFeed.code, 1);
    assert.match(notFeed.stderr, /not-feed\.json is not a feed/);
    assert.equal((await run(['stats', 'missing.json'])).code, 2);
    const usage = await run(['stats']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /stats needs one feed FILE or URL/);
  });

  test('the sample feed', async () => {
    const {code, stdout} = await run(['stats', join(root, 'sample/feed.json'), '--json', '--today', '2026-12-01']);
    assert.equal(code, 0);
    const stats = JSON.parse(stdout);
    assert.ok(stats.events > 0 && stats.upcoming > 0 && stats.past > 0, stdout);
  });
});

describe('pdk-feed ics', () => {
  const parse = (text) => new ICAL.Component(ICAL.parse(text));
  const byUid = (calendar) => Object.fromEntries(calendar.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')).split('@')[0], v]));

  test('one calendar: a VTIMEZONE for Europe/Warsaw, every event, the cancelled one as CANCELLED', async () => {
    const {code, stderr} = await run(['ics', 'feed.json', '-o', 'events.ics']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^Wrote events\.ics: 5 events, 1 of them cancelled/m);
    const text = readFileSync(join(dir, 'events.ics'), 'utf8');
    assert.ok(text.endsWith('END:VCALENDAR\r\n'));
    const calendar = parse(text);
    const zone = calendar.getFirstSubcomponent('vtimezone');
    assert.equal(zone.getFirstPropertyValue('tzid'), 'Europe/Warsaw');
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Partnership for Climate – events');
    const events = byUid(calendar);
    assert.deepEqual(Object.keys(events).sort(), ['cancelled', 'midnight', 'past', 'soon', 'summer']);
    assert.equal(events.cancelled.getFirstPropertyValue('status'), 'CANCELLED');
    assert.equal(events.soon.getFirstPropertyValue('status'), 'CONFIRMED');
    assert.equal(events.soon.getFirstPropertyValue('dtstart').toJSDate().getTime(), Date.parse('2026-12-10T17:00:00Z'));
    assert.equal(events.summer.getFirstPropertyValue('dtstart').toJSDate().getTime(), Date.parse('2027-07-01T07:00:00Z'));
    assert.equal(events.summer.getFirstPropertyValue('location'), 'Park Skaryszewski, al. Zieleniecka, Warszawa');
    const allDay = events.cancelled.getFirstPropertyValue('dtstart');
    assert.equal(allDay.isDate, true);
    assert.equal(allDay.toString(), '2027-01-15');
    assert.equal(events.cancelled.getFirstPropertyValue('dtend').toString(), '2027-01-17', 'DTEND is the day after the last day');
  });

  test('a feed in another zone gives a calendar of that zone, its times unchanged', async () => {
    const feed = JSON.parse(readFileSync(join(dir, 'feed.json'), 'utf8'));
    write('new-york.json', {...feed, timezone: 'America/New_York'});
    const {code, stdout} = await run(['ics', 'new-york.json']);
    assert.equal(code, 0);
    const calendar = parse(stdout);
    assert.equal(calendar.getFirstPropertyValue('x-wr-timezone'), 'America/New_York');
    assert.equal(calendar.getFirstSubcomponent('vtimezone'), null, 'no Warsaw VTIMEZONE');
    assert.equal(byUid(calendar).soon.getFirstPropertyValue('dtstart').toJSDate().getTime(), Date.parse('2026-12-10T17:00:00Z'));
  });

  test('--lang pl: Polish titles and calendar name; without -o it goes to standard output', async () => {
    const {code, stdout} = await run(['ics', 'feed.json', '--lang', 'pl']);
    assert.equal(code, 0);
    const calendar = parse(stdout);
    assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Partnerstwo dla Klimatu – wydarzenia');
    assert.equal(byUid(calendar).soon.getFirstPropertyValue('summary'), 'Wydarzenie soon');
    const en = parse((await run(['ics', 'feed.json', '--lang', 'en', '--name', 'Klimat'])).stdout);
    assert.equal(byUid(en).soon.getFirstPropertyValue('summary'), 'Event soon');
    assert.equal(en.getFirstPropertyValue('x-wr-calname'), 'Klimat');
  });

  test('the sample feed makes a calendar ical.js reads, one VEVENT per event', async () => {
    const sample = JSON.parse(readFileSync(join(root, 'sample/feed.json'), 'utf8'));
    const {code, stdout} = await run(['ics', join(root, 'sample/feed.json')]);
    assert.equal(code, 0);
    assert.equal(parse(stdout).getAllSubcomponents('vevent').length, sample.events.length);
  });
});
