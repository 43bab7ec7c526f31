/**
 * `pdk-feed build` on spreadsheets as Excel and LibreOffice save them: BOM,
 * semicolons, CRLF, quoted cells with line breaks and doubled quotes, Polish
 * headers, lists with "|", DST, ISO times with offsets, empty _en columns,
 * and bad rows reported by file, line and column.
 *
 * Run after `npx tsc -p tsconfig.build.json`: the bin imports dist/cli/.
 */
import {after, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseSheetDate} from '../../dist/cli/sheet-dates.js';
import {detectDelimiter, readSheet} from '../../dist/cli/sheet.js';
import {csv, root, run as runIn, tempDir, write as writeIn} from './cli-helpers.mjs';

const dir = tempDir('pdk-feed-build-');
after(() => rmSync(dir, {recursive: true, force: true}));
const run = (args, env) => runIn(dir, args, env);
const write = (name, content) => writeIn(dir, name, content);
const readJson = (name) => JSON.parse(readFileSync(join(dir, name), 'utf8'));

// Polish Excel: BOM, semicolons, CRLF, Polish headers in any case.
write('obszary.csv', csv([
  ['id', 'Nazwa', 'nazwa_en'],
  ['energy-efficiency', 'Efektywność energetyczna', 'Energy efficiency'],
  ['eco-transport', 'Ekologiczny transport', ''],
], {delimiter: ';', eol: '\r\n', bom: true}));

// LibreOffice: commas, LF, no BOM, English headers; a list in quotes with ";".
write('partners.csv', csv([
  ['id', 'name', 'name_en', 'category', 'areas', 'url', 'logo', 'description', 'description_en', 'since'],
  ['fundacja-przyklad', '"Fundacja ""Zielony Dom"", Warszawa"', 'Green House Foundation', 'ngo', '"energy-efficiency;eco-transport"', 'https://example.org', 'https://example.org/logo.svg', '', '', '2019-05-01'],
  ['bopipk', 'Biuro Ochrony Powietrza', '', 'Samorząd', 'eco-transport', 'https://um.warszawa.pl', 'https://um.warszawa.pl/logo.svg', '', '', ''],
]));

const EVENTS_HEADER = ['identyfikator', ' Tytuł ', 'tytul_en', 'Typ', 'Początek', 'koniec', 'miejsce', 'adres', 'online', 'Organizatorzy', 'obszary', 'link', 'opis', 'opis_en', 'status'];
write('wydarzenia.csv', csv([
  EVENTS_HEADER,
  // Line 2–3: a description over two lines (CRLF inside the quotes) with doubled quotes.
  ['debata', 'Debata o transporcie', 'Debate on transport', 'debata', '2026-12-03 18:00', '20:00', 'Centrum Kreatywności Targowa', '"ul. Targowa 56; Warszawa"', '', 'fundacja-przyklad|bopipk', 'eco-transport', 'https://example.org/debata', '"Pierwsza linia\r\nDruga linia z ""cytatem"""', '', 'zaplanowane'],
  // Line 4: summer time, an empty _en column.
  ['warsztaty-lato', 'Warsztaty letnie', '', 'warsztaty', '2026-07-15 10:00', '2026-07-15 12:30', '', '', 'https://example.net/stream', 'bopipk', 'energy-efficiency', '', '', '', ''],
  // Line 5: ISO with an offset passes through.
  ['konferencja', 'Konferencja', 'Conference', 'conference', '2026-12-05T09:00:00+01:00', '2026-12-05T11:00:00+01:00', '', '', '', 'bopipk', '', '', '', '', 'scheduled'],
  // Line 6: all day, several days.
  ['wystawa', 'Wystawa', '', 'wystawa', '2026-12-12', '2026-12-14', '', '', '', 'fundacja-przyklad', '', '', '', '', ''],
  // Line 7: a blank row (Excel writes the separators) is skipped.
  ['', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
  // Line 8: cancelled.
  ['odwolane', 'Odwołane spotkanie', '', 'inne', '2026-12-20 17:00', '', '', '', '', 'bopipk', '', '', '', '', 'odwołane'],
], {delimiter: ';', eol: '\r\n', bom: true}));

write('join.json', {email: 'partnerstwo@um.warszawa.pl', action: null, privacyUrl: 'https://um.warszawa.pl/polityka-prywatnosci'});

const GOOD = ['build', '--partners', 'partners.csv', '--events', 'wydarzenia.csv', '--areas', 'obszary.csv', '--join', 'join.json'];

describe('pdk-feed build: spreadsheets with the usual quirks', () => {
  test('builds the feed: exit 0, a summary, the fields as the feed has them', async () => {
    const {code, stdout, stderr} = await run([...GOOD, '-o', 'feed.json']);
    assert.equal(code, 0, stderr);
    assert.equal(stdout, '');
    assert.match(stderr, /^Wrote feed\.json: 2 partners, 5 events, 2 areas\.$/m);
    assert.match(stderr, /^0 errors, 0 warnings$/m);
    const feed = readJson('feed.json');
    assert.equal(feed.version, 1);
    assert.equal(feed.timezone, 'Europe/Warsaw');
    assert.deepEqual(feed.join, {email: 'partnerstwo@um.warszawa.pl', action: null, privacyUrl: 'https://um.warszawa.pl/polityka-prywatnosci'});
    assert.deepEqual(feed.areas, [
      {id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}},
      {id: 'eco-transport', name: 'Ekologiczny transport'},
    ]);
    const [fundacja, biuro] = feed.partners;
    assert.deepEqual(fundacja.name, {pl: 'Fundacja "Zielony Dom", Warszawa', en: 'Green House Foundation'});
    assert.deepEqual(fundacja.areas, ['energy-efficiency', 'eco-transport']);
    assert.equal(fundacja.since, '2019-05-01');
    assert.equal(biuro.category, 'local-government', 'the Polish label "Samorząd" is read');
    assert.equal(biuro.name, 'Biuro Ochrony Powietrza');

    const events = Object.fromEntries(feed.events.map((e) => [e.id, e]));
    assert.deepEqual(Object.keys(events), ['debata', 'warsztaty-lato', 'konferencja', 'wystawa', 'odwolane']);
    const debata = events.debata;
    assert.deepEqual(debata.title, {pl: 'Debata o transporcie', en: 'Debate on transport'});
    assert.equal(debata.type, 'debate');
    assert.equal(debata.start, '2026-12-03T18:00:00+01:00');
    assert.equal(debata.end, '2026-12-03T20:00:00+01:00', 'an end of "20:00" is on the start day');
    assert.deepEqual(debata.location, {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56; Warszawa'});
    assert.deepEqual(debata.partners, ['fundacja-przyklad', 'bopipk']);
    assert.equal(debata.description, 'Pierwsza linia\nDruga linia z "cytatem"');
    assert.equal(debata.status, 'scheduled');
    assert.equal(events['warsztaty-lato'].start, '2026-07-15T10:00:00+02:00', 'summer time: +02:00');
    assert.equal(events['warsztaty-lato'].title, 'Warsztaty letnie', 'an empty _en column gives one string');
    assert.equal(events['warsztaty-lato'].type, 'workshop');
    assert.equal(events['warsztaty-lato'].online, 'https://example.net/stream');
    assert.equal(events.konferencja.start, '2026-12-05T09:00:00+01:00');
    assert.equal(events.wystawa.start, '2026-12-12');
    assert.equal(events.wystawa.end, '2026-12-14');
    assert.equal(events.wystawa.type, 'exhibition');
    assert.equal(events.odwolane.status, 'cancelled');
    assert.equal(events.odwolane.type, 'other');
    assert.equal(events.odwolane.end, undefined);
  });

  test('round trip: pdk-feed validate passes on what build wrote', async () => {
    await run([...GOOD, '-o', 'roundtrip.json']);
    const {code, stdout} = await run(['validate', 'roundtrip.json']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^0 errors, /m);
  });

  test('without -o the feed goes to standard output', async () => {
    const {code, stdout} = await run(GOOD);
    assert.equal(code, 0);
    assert.equal(JSON.parse(stdout).events.length, 5);
  });

  test('without --areas the four areas of templates/areas.csv are used', async () => {
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'wydarzenia.csv', '--join', 'join.json', '-o', 'default-areas.json']);
    assert.equal(code, 0, stderr);
    assert.deepEqual(readJson('default-areas.json').areas.map((a) => a.id), ['energy-efficiency', 'renewable-energy', 'eco-transport', 'eco-lifestyle']);
  });

  test('the sheets given by file name, or a folder holding them, build what the options build', async () => {
    const feedWithout = (name) => ({...readJson(name), updated: undefined});
    assert.equal((await run([...GOOD, '-o', 'by-options.json'])).code, 0);
    const byName = await run(['build', 'wydarzenia.csv', 'partners.csv', 'join.json', 'obszary.csv', '-o', 'by-name.json']);
    assert.equal(byName.code, 0, byName.stderr);
    assert.deepEqual(feedWithout('by-name.json'), feedWithout('by-options.json'));
    mkdirSync(join(dir, 'arkusze'), {recursive: true});
    for (const name of ['partners.csv', 'wydarzenia.csv', 'obszary.csv', 'join.json']) copyFileSync(join(dir, name), join(dir, 'arkusze', name.replace('partners', 'Partnerzy')));
    write('arkusze/notatki.txt', 'not a sheet');
    const byFolder = await run(['build', 'arkusze', '-o', 'by-folder.json']);
    assert.equal(byFolder.code, 0, byFolder.stderr);
    assert.deepEqual(feedWithout('by-folder.json'), feedWithout('by-options.json'));
    // An option names a sheet the folder also has: the option wins.
    const override = await run(['build', 'arkusze', '--events', 'events-bad.csv', '-o', 'override.json']);
    assert.match(override.stderr, /^error\s+events-bad\.csv:/m);
  });

  test('a file whose name says no sheet, two files for one sheet, or no such file or folder: usage, exit 2', async () => {
    write('moje-wydarzenia.csv', readFileSync(join(dir, 'wydarzenia.csv'), 'utf8'));
    const unknown = await run(['build', 'partners.csv', 'moje-wydarzenia.csv']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /build cannot tell which sheet moje-wydarzenia\.csv is: name it partners\.csv, partnerzy\.csv, events\.csv/);
    const twice = await run(['build', '--partners', 'partners.csv', 'partners.csv', 'wydarzenia.csv', '--lang', 'pl']);
    assert.equal(twice.code, 2);
    assert.match(twice.stderr, /build dostał dwa pliki dla arkusza partners: partners\.csv i partners\.csv; zostaw jeden albo wskaż go opcją --partners\./);
    const missing = await run(['build', 'brak-arkuszy/', '--lang', 'pl']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^pdk-feed: nie ma pliku ani katalogu brak-arkuszy\/ \(sprawdź nazwę i katalog, w którym uruchamiasz polecenie\)\.$/m);
  });

  test('the templates that ship build into a valid feed', async () => {
    const t = (name) => join(root, 'templates', name);
    const {code, stderr} = await run(['build', '--partners', t('partners.csv'), '--events', t('events.csv'), '--areas', t('areas.csv'), '--join', t('join.json'), '-o', 'templates.json']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^0 errors, /m);
    const feed = readJson('templates.json');
    assert.ok(feed.partners.length >= 2 && feed.events.length >= 2, stderr);
    assert.equal((await run(['validate', 'templates.json'])).code, 0);
  });
});

describe('pdk-feed build: bad rows', () => {
  const header = ['id', 'title', 'title_en', 'type', 'start', 'end', 'location_name', 'location_address', 'online', 'partners', 'areas', 'url', 'description', 'description_en', 'status'];
  const row = (over) => {
    const cells = {id: 'e', title: 'Wydarzenie', start: '2026-12-03 18:00', partners: 'bopipk', ...over};
    return header.map((h) => cells[h] ?? '');
  };
  write('events-bad.csv', csv([
    header,
    // Lines 2–4: a cell over three lines, so line numbers must count them.
    row({id: 'ok-1', description: '"one\ntwo\nthree"'}),
    // Line 5: a Polish-style date.
    row({id: 'bad-date', start: '3.12.2026 18:00'}),
    // Line 6: a time the clocks skip (Warsaw, 29 March 2026).
    row({id: 'dst', start: '2026-03-29 02:30'}),
    // Line 7: fine.
    row({id: 'ok-2'}),
  ], {eol: '\r\n'}));

  test('every bad row with file:line, column and a fix; nothing written; exit 1', async () => {
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-bad.csv', '--join', 'join.json', '-o', 'bad.json']);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^error\s+events-bad\.csv:5, column start: "3\.12\.2026 18:00" is not a date; write 2026-12-03 18:00$/m);
    assert.match(stderr, /^error\s+events-bad\.csv:6, column start: "2026-03-29 02:30" does not exist in Europe\/Warsaw: .*clocks go forward an hour; write 2026-03-29 03:30/m);
    assert.match(stderr, /^Nothing was written\./m);
    assert.match(stderr, /^2 errors, 0 warnings$/m);
    assert.equal(existsSync(join(dir, 'bad.json')), false);
  });

  test('--keep-going writes the rest, says how many rows it left out, and still exits 1', async () => {
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-bad.csv', '--join', 'join.json', '-o', 'partial.json', '--keep-going']);
    assert.equal(code, 1, stderr);
    assert.match(stderr, /^Wrote partial\.json without 2 bad rows \(--keep-going\)\.$/m);
    assert.deepEqual(readJson('partial.json').events.map((e) => e.id), ['ok-1', 'ok-2']);
  });

  test('an output it cannot write: the rows\' problems, then why, and exit 2; no file', async () => {
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-bad.csv', '--join', 'join.json', '-o', 'no-such-folder/feed.json', '--keep-going']);
    assert.equal(code, 2, stderr);
    assert.match(stderr, /^error\s+events-bad\.csv:5, column start:/m);
    assert.match(stderr, /^cannot write no-such-folder\/feed\.json: its folder does not exist$/m);
    assert.doesNotMatch(stderr, /\.tmp|\n\s+at /);
  });

  test('cells the tool can read better than the validator: fixes for each', async () => {
    write('events-cells.csv', csv([
      header,
      row({id: 'a', type: 'hackathon'}),
      row({id: 'b', url: 'www.example.org/wydarzenie'}),
      row({id: 'a'}),
      row({id: 'c', end: '2026-12-04'}),
      row({id: 'd', start: '2026-02-30'}),
      row({id: '', title: ''}),
    ]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-cells.csv', '--join', 'join.json', '-o', 'cells.json']);
    assert.equal(code, 1);
    assert.match(stderr, /events-cells\.csv:2, column type: "hackathon" is not one of: conference, debate, happening, exhibition, workshop, other \(in Polish: Konferencja/);
    assert.match(stderr, /events-cells\.csv:3, column url: "www\.example\.org\/wydarzenie" is not a full web address; write https:\/\/www\.example\.org\/wydarzenie$/m);
    assert.match(stderr, /events-cells\.csv:4, column id: id "a" is already used on line 2/);
    assert.match(stderr, /events-cells\.csv:5, column end: start has a time but end is a date/);
    assert.match(stderr, /events-cells\.csv:6, column start: "2026-02-30" is not a day in the calendar/);
    assert.match(stderr, /events-cells\.csv:7, column id: the cell is empty; give every row a unique id/);
    assert.match(stderr, /events-cells\.csv:7, column title: the cell is empty; title is required/);
  });

  test('what the validator finds is traced to the row and column too', async () => {
    write('events-validator.csv', csv([
      header,
      row({id: 'backwards', start: '2026-12-03 18:00', end: '2026-12-03 17:00'}),
      row({id: 'nobody', partners: 'bopipk|nieznany'}),
    ]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-validator.csv', '--join', 'join.json', '-o', 'validator.json']);
    assert.equal(code, 1);
    // The end before the start is the build's own error, in the cells' words (a time alone: the next day is the likely fix).
    assert.match(stderr, /^error\s+events-validator\.csv:2, column end: the end \(2026-12-03 17:00\) is before the start \(2026-12-03 18:00\); check both$/m);
    assert.match(stderr, /^warning\s+events-validator\.csv:3, column partners: unknown partner id "nieznany"$/m);
  });

  test('an organiser or area id with a typo, in capitals, or written as the name: the warning says which id was meant', async () => {
    write('events-typos.csv', csv([
      header,
      row({id: 'typo', partners: 'bopipk-', areas: 'eco-transprot'}),
      row({id: 'capitals', partners: 'BOPIPK'}),
      row({id: 'by-name', partners: 'Biuro Ochrony Powietrza'}),
      row({id: 'far', partners: 'zupelnie-inny'}),
    ]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-typos.csv', '--join', 'join.json', '-o', 'typos.json']);
    assert.equal(code, 0);
    assert.match(stderr, /^warning\s+events-typos\.csv:2, column partners: unknown partner id "bopipk-"; did you mean "bopipk"\?$/m);
    assert.match(stderr, /^warning\s+events-typos\.csv:2, column areas: unknown area id "eco-transprot"; did you mean "eco-transport"\?$/m);
    assert.match(stderr, /^warning\s+events-typos\.csv:3, column partners: unknown partner id "BOPIPK"; did you mean "bopipk"\?$/m);
    assert.match(stderr, /^warning\s+events-typos\.csv:4, column partners: unknown partner id "Biuro Ochrony Powietrza"; did you mean "bopipk"\?$/m);
    // Nothing near enough: no guess.
    assert.match(stderr, /^warning\s+events-typos\.csv:5, column partners: unknown partner id "zupelnie-inny"$/m);
    const pl = await run(['build', '--partners', 'partners.csv', '--events', 'events-typos.csv', '--join', 'join.json', '-o', 'typos.json', '--lang', 'pl']);
    assert.match(pl.stderr, /nieznany identyfikator partnera "BOPIPK"; czy chodziło o "bopipk"\?$/m);
  });

  test('text in a column without a header: a warning that it goes nowhere, naming the column and the first such cell', async () => {
    write('events-unnamed.csv', csv([
      [...header, ''],
      [...row({id: 'a'}), ''],
      [...row({id: 'b'}), 'Uwaga: sala zmieniona na 5'],
      [...row({id: 'c'}), 'też tutaj'],
    ]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-unnamed.csv', '--join', 'join.json', '-o', 'unnamed.json']);
    assert.equal(code, 0);
    const column = header.length + 1;
    assert.match(stderr, new RegExp(`^warning\\s+events-unnamed\\.csv:3: column ${column} has no header, so its text \\("Uwaga: sala zmieniona na 5" here, and any below\\) is ignored`, 'm'));
    assert.equal(stderr.match(/has no header/g).length, 1);
  });

  test('an events or partners sheet with no rows: a warning that every site would be left empty', async () => {
    write('events-none.csv', csv([header]));
    const events = await run(['build', '--partners', 'partners.csv', '--events', 'events-none.csv', '--join', 'join.json', '-o', 'none.json']);
    assert.equal(events.code, 0);
    assert.match(events.stderr, /^warning\s+events-none\.csv: the feed has no events: the calendar on every partner's site will be empty/m);
    write('partners-none.csv', csv([['id', 'name', 'category']]));
    const partners = await run(['build', '--partners', 'partners-none.csv', '--events', 'events-none.csv', '--join', 'join.json', '-o', 'none.json', '--lang', 'pl']);
    assert.match(partners.stderr, /^ostrzeżenie\s+partners-none\.csv: plik nie ma żadnych partnerów: lista partnerów na każdej stronie będzie pusta/m);
    const validate = await run(['validate', 'none.json']);
    assert.equal(validate.code, 0);
    assert.match(validate.stdout, /^warning\s+\$\.events: the feed has no events/m);
  });

  test('a start that cannot be read: its end as a time alone is not also called "not a date"', async () => {
    write('events-nostart-time.csv', csv([header, row({id: 'gap', start: '2026-03-29 02:30', end: '03:30'})]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-nostart-time.csv', '--join', 'join.json', '-o', 'gap.json']);
    assert.equal(code, 1);
    assert.match(stderr, /events-nostart-time\.csv:2, column start: "2026-03-29 02:30" does not exist/);
    assert.doesNotMatch(stderr, /column end/);
  });

  test('a time the clocks go back over (it happens twice): a warning that says which was taken and how to write the other', async () => {
    write('events-twice.csv', csv([header, row({id: 'twice', start: '2026-10-25 02:30', end: '2026-10-25 04:00'})]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-twice.csv', '--join', 'join.json', '-o', 'twice.json']);
    assert.equal(code, 0);
    assert.match(stderr, /^warning\s+events-twice\.csv:2, column start: "2026-10-25 02:30" happens twice in Europe\/Warsaw \(that night the clocks go back an hour\); the first is taken \(2026-10-25T02:30:00\+02:00\); for the second write 2026-10-25T02:30:00\+01:00$/m);
    assert.equal(readJson('twice.json').events[0].start, '2026-10-25T02:30:00+02:00');
  });

  test('an event past midnight with its end as a time alone: the error gives the end with the next day\'s date', async () => {
    write('events-midnight.csv', csv([header, row({id: 'night', start: '2026-12-31 22:00', end: '01:00'})]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-midnight.csv', '--join', 'join.json', '-o', 'midnight.json', '--lang', 'pl']);
    assert.equal(code, 1);
    assert.match(stderr, /^błąd\s+events-midnight\.csv:2, kolumna end: koniec \(01:00\) jest przed początkiem \(2026-12-31 22:00\); wydarzenie kończące się po północy potrzebuje daty końca: 2027-01-01 01:00$/m);
    assert.equal(stderr.match(/przed/g).length, 1);
  });

  test('an unquoted list with the file\'s own delimiter: the row is too wide', async () => {
    write('events-wide.csv', csv([header, row({id: 'wide', partners: 'bopipk;fundacja-przyklad'})], {delimiter: ';'}));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-wide.csv', '--join', 'join.json']);
    assert.equal(code, 1);
    assert.match(stderr, /events-wide\.csv:2: the row has 1 cell more than the header; a list with ";" in it must be in quotes, or separate the ids with \|/);
  });

  test('a missing column or an unclosed quote stops the build even with --keep-going', async () => {
    write('events-nostart.csv', csv([['id', 'title'], ['a', 'A']]));
    const missing = await run(['build', '--partners', 'partners.csv', '--events', 'events-nostart.csv', '--keep-going', '-o', 'nostart.json']);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /events-nostart\.csv:1: there is no column start \(or poczatek, od\); add it to the header row/);
    assert.match(missing.stderr, /^Nothing was written: --keep-going leaves out bad rows, but the problem above is with a whole file\. Fix it first\.$/m);
    assert.equal(existsSync(join(dir, 'nostart.json')), false);

    write('events-quote.csv', csv([header, row({id: 'a'}), row({id: 'b', description: '"never closed'}), row({id: 'c'})]));
    const quote = await run(['build', '--partners', 'partners.csv', '--events', 'events-quote.csv', '--keep-going', '-o', 'quote.json']);
    assert.equal(quote.code, 1);
    assert.match(quote.stderr, /events-quote\.csv:3: a quoted cell that starts on line 3 is never closed/);
    assert.equal(existsSync(join(dir, 'quote.json')), false);
  });

  test('a title row above the header: one error that says the first row must be the header', async () => {
    write('events-title.csv', csv([['Wydarzenia Partnerstwa 2026', '', ''], header, row({id: 'a'})]));
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-title.csv', '--join', 'join.json', '-o', 'title.json']);
    assert.equal(code, 1);
    assert.match(stderr, /^error\s+events-title\.csv:1: the first row names no column this tool knows; it must be the header \(id, title, start, …, as in templates\/events\.csv\): delete any title rows above it/m);
    assert.doesNotMatch(stderr, /there is no column|not one this tool knows/);
  });

  test('in Polish, with --lang pl', async () => {
    const {stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'events-bad.csv', '--join', 'join.json', '--lang', 'pl']);
    assert.match(stderr, /^błąd\s+events-bad\.csv:5, kolumna start: „3\.12\.2026 18:00” nie jest datą; wpisz 2026-12-03 18:00$/m);
    assert.match(stderr, /tej nocy zegary przestawia się o godzinę do przodu; wpisz 2026-03-29 03:30/);
    assert.match(stderr, /^Nic nie zapisano\./m);
    assert.match(stderr, /^2 błędy, 0 ostrzeżeń$/m);
  });

  test('a file that cannot be read: exit 2; no --partners: usage, exit 2', async () => {
    const missing = await run(['build', '--partners', 'brak.csv', '--events', 'events-bad.csv']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read brak\.csv: no such file/);
    const usage = await run(['build', '--events', 'events-bad.csv']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /build needs a partners and an events sheet: --partners FILE and --events FILE/);
    const zone = await run([...GOOD, '--timezone', 'Mars/Olympus']);
    assert.equal(zone.code, 2);
    assert.match(zone.stderr, /--timezone "Mars\/Olympus" is not an IANA time zone/);
  });

  test('no --join: a warning that the join button has nowhere to send', async () => {
    const {code, stderr} = await run(['build', '--partners', 'partners.csv', '--events', 'wydarzenia.csv', '-o', 'nojoin.json']);
    assert.equal(code, 0);
    assert.match(stderr, /^warning\s+nojoin\.json: no --join file/m);
  });
});

describe('pdk-feed build: a sheet saved as plain "CSV" on a Polish Windows (Windows-1250)', () => {
  test('reads the Polish letters right, and says the file is not UTF-8', async () => {
    // "Fundacja Łódź" and "Spotkanie w Łodzi" in Windows-1250 bytes.
    const cp1250 = (text) => Buffer.from([...text].map((c) => ({Ł: 0xa3, ó: 0xf3, ź: 0x9f}[c] ?? c.charCodeAt(0))));
    writeFileSync(join(dir, 'p-1250.csv'), cp1250('id,name,category\nlodz,Fundacja Łódź,ngo\n'));
    writeFileSync(join(dir, 'e-1250.csv'), cp1250('id,title,type,start,partners\ne1,Spotkanie w Łodzi,debate,2026-12-03 18:00,lodz\n'));
    const {code, stderr} = await run(['build', '--partners', 'p-1250.csv', '--events', 'e-1250.csv', '--join', 'join.json', '-o', 'from-1250.json']);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /^warning\s+p-1250\.csv: the file is not UTF-8; it was read as Windows-1250/m);
    const feed = readJson('from-1250.json');
    assert.equal(feed.partners[0].name, 'Fundacja Łódź');
    assert.equal(feed.events[0].title, 'Spotkanie w Łodzi');
  });
});

describe('spreadsheet reading (dist/cli/sheet*.js)', () => {
  test('the delimiter comes from the header line', () => {
    assert.equal(detectDelimiter('id;name;"a,b"\n1,2'), ';');
    assert.equal(detectDelimiter('id,name,x\n'), ',');
    assert.equal(detectDelimiter('id\tname\n'), '\t');
  });

  test('lines count the header, blank rows and line breaks inside cells (CRLF as one)', () => {
    const {sheet} = readSheet('\uFEFFid;nazwa\r\na;"x\r\ny"\r\n\r\nb;z\r\n;\r\nc;"1\n2\n3"\r\nd;w', 'areas');
    assert.deepEqual(sheet.rows.map((r) => [r.cells.id, r.line]), [['a', 2], ['b', 5], ['c', 7], ['d', 10]]);
    assert.equal(sheet.rows[0].cells.name, 'x\ny');
    assert.equal(sheet.headers.get('name'), 'nazwa');
  });

  test('dates: winter and summer offsets, the DST gap, the repeated hour, ISO passed through', () => {
    const zone = 'Europe/Warsaw';
    assert.deepEqual(parseSheetDate('2026-12-03 18:00', zone), {ok: true, allDay: false, value: '2026-12-03T18:00:00+01:00', ms: Date.parse('2026-12-03T17:00:00Z')});
    assert.equal(parseSheetDate('2026-07-01 09:05', zone).value, '2026-07-01T09:05:00+02:00');
    // The last Sunday of March: 01:59 is still winter, 03:00 already summer.
    assert.equal(parseSheetDate('2026-03-29 01:59', zone).value, '2026-03-29T01:59:00+01:00');
    assert.equal(parseSheetDate('2026-03-29 03:00', zone).value, '2026-03-29T03:00:00+02:00');
    assert.deepEqual(parseSheetDate('2026-03-29 02:00', zone), {ok: false, reason: 'dst-gap', suggestion: '2026-03-29 03:00', jumpMinutes: 60});
    // The last Sunday of October: 02:30 happens twice; the first (summer time) is taken.
    assert.equal(parseSheetDate('2026-10-25 02:30', zone).value, '2026-10-25T02:30:00+02:00');
    // The hour the clocks go back happens twice: the first is taken, and the second is known, to say how to write it.
    assert.equal(parseSheetDate('2026-10-25 02:30', zone).repeated, '2026-10-25T02:30:00+01:00');
    assert.equal(parseSheetDate('2026-10-25 03:30', zone).value, '2026-10-25T03:30:00+01:00');
    assert.equal(parseSheetDate('2026-10-25 03:30', zone).repeated, undefined);
    assert.equal(parseSheetDate('2026-10-25 01:30', zone).repeated, undefined);
    assert.equal(parseSheetDate('2026-12-03T18:00:00-05:00', zone).value, '2026-12-03T18:00:00-05:00');
    assert.equal(parseSheetDate('2026-12-03 18:00:00+01:00', zone).value, '2026-12-03T18:00:00+01:00');
    assert.deepEqual(parseSheetDate('2026-12-03', zone), {ok: true, allDay: true, value: '2026-12-03', day: '2026-12-03'});
    assert.equal(parseSheetDate('2026-12-3', zone).value, '2026-12-03');
    assert.equal(parseSheetDate('3.12.2026', zone).suggestion, '2026-12-03');
    assert.equal(parseSheetDate('24:00', zone).ok, false);
    assert.equal(parseSheetDate('2026-12-03 24:00', zone).ok, false);
    // Another zone, the same rules.
    assert.equal(parseSheetDate('2026-07-01 09:00', 'America/New_York').value, '2026-07-01T09:00:00-04:00');
  });
});
