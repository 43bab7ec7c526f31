/**
 * Everything `pdk-feed` says, in English and Polish. The validator in
 * src/feed speaks English; `localizeIssue` translates its message templates
 * and leaves any message it does not know as it is.
 */

import {COLUMNS, type SheetKind} from './sheet.js';
import {KNOWN_FILE_NAMES} from './sheet-files.js';

export type CliLang = 'en' | 'pl';

/**
 * Each sheet's columns with the Polish names the tool also reads (SPEC: the
 * aliases are documented by the tool), from the table the tool reads them
 * with, wrapped for an 80-column terminal.
 */
function columnsHelp(): string {
  const indent = ' '.repeat(16);
  const lines: string[] = [];
  for (const kind of ['partners', 'events', 'areas'] as SheetKind[]) {
    const items = Object.entries(COLUMNS[kind]).map(([name, aliases]) => (aliases.length ? `${name} (${aliases.join(', ')})` : name));
    let line = `  ${kind}.csv`.padEnd(indent.length);
    items.forEach((item, i) => {
      const piece = i < items.length - 1 ? `${item},` : item;
      if (line.length > indent.length && line.length + 1 + piece.length > 79) {
        lines.push(line);
        line = indent + piece;
      } else {
        line += line.length > indent.length ? ` ${piece}` : piece;
      }
    });
    lines.push(line);
  }
  return lines.join('\n');
}

/** `--lang` wins; else the locale (LC_ALL, LC_MESSAGES, LANG, ignoring C/POSIX); else English. */
export function pickLang(option: string | undefined, env: NodeJS.ProcessEnv): CliLang | null {
  if (option !== undefined) return option === 'pl' || option === 'en' ? option : null;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && !/^(C|POSIX)([._@]|$)/i.test(v));
  return locale?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** "1 error", "3 błędy", "5 ostrzeżeń": the plural form from Intl.PluralRules. */
export function count(lang: CliLang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return `${n} ${forms[rule] ?? forms.other}`;
}

const USAGE_EN = `Usage: pdk-feed <command> [options]

Commands:
  validate FILE|URL   Check a feed (version 1): every problem with its JSON path
  build [SHEETS]      Build feed.json from spreadsheets (CSV)
  stats FILE|URL      Count partners and events by category, area, type and month
  ics FILE|URL        Export every event as one iCalendar (.ics) calendar
  help                Show this help

build: SHEETS are files named partners.csv, events.csv, areas.csv, join.json
(or partnerzy.csv, wydarzenia.csv, obszary.csv), or a folder holding them; or
name each file with an option:
  --partners FILE     partners.csv (required)
  --events FILE       events.csv (required)
  --areas FILE        areas.csv (default: the four areas in templates/areas.csv)
  --join FILE         join.json: the join button's settings
  --timezone ZONE     the zone of the spreadsheets' times (default Europe/Warsaw)
  -o, --output FILE   where to write the feed (default: standard output)
  --keep-going        write the feed without the rows that have errors
  --progress          show progress even when not on a terminal

Options:
  -o, --output FILE   (ics) where to write the calendar
  --name TEXT         (ics) the calendar's name
  --today YYYY-MM-DD  count as if today were this day (stats, validate)
  --json              Print the result as JSON (validate, stats)
  --lang pl|en        Language of the messages (default: from LANG, else English)
  -h, --help          Show this help
  -v, --version       Show the version

Exit codes: 0 done (warnings allowed), 1 errors (build writes nothing unless
--keep-going), 2 a file cannot be read or written, or the command is wrong.
Unknown categories, event types and statuses and URLs that are not http(s) are
errors here, although the widgets tolerate them.

Spreadsheet columns (the Polish names in brackets work too, in upper or lower
case, with or without Polish letters; templates/ has examples):
${columnsHelp()}
category, type, status: the ids, or the names the widgets show, in Polish or
English (Samorząd, Debata, odwołane).
Lists: ids separated by ; or |. Dates: 2026-12-03 18:00 (in the feed's zone),
2026-12-03 (all day), or ISO 8601 with an offset. An end of 20:00 alone is on
the start's day. An empty _en column: the Polish text serves both languages.

Examples:
  pdk-feed validate feed.json
  pdk-feed validate https://example.org/pdk/feed.json --lang pl
  pdk-feed build --partners partners.csv --events events.csv --join join.json -o feed.json
  pdk-feed build sheets/ -o feed.json
  pdk-feed stats feed.json
  pdk-feed ics feed.json -o events.ics
`;

const USAGE_PL = `Użycie: pdk-feed <polecenie> [opcje]

Polecenia:
  validate PLIK|URL   Sprawdza plik danych (wersja 1): każdy problem ze ścieżką JSON
  build [ARKUSZE]     Tworzy feed.json z arkuszy kalkulacyjnych (CSV)
  stats PLIK|URL      Liczy partnerów i wydarzenia według kategorii, obszaru, typu i miesiąca
  ics PLIK|URL        Eksportuje wszystkie wydarzenia do jednego kalendarza iCalendar (.ics)
  help                Pokazuje tę pomoc

build: ARKUSZE to pliki o nazwach partners.csv, events.csv, areas.csv, join.json
(albo partnerzy.csv, wydarzenia.csv, obszary.csv) lub katalog, w którym leżą;
można też wskazać każdy plik opcją:
  --partners PLIK     partners.csv (wymagane)
  --events PLIK       events.csv (wymagane)
  --areas PLIK        areas.csv (domyślnie cztery obszary z templates/areas.csv)
  --join PLIK         join.json: ustawienia przycisku „Dołącz”
  --timezone STREFA   strefa czasowa godzin w arkuszach (domyślnie Europe/Warsaw)
  -o, --output PLIK   dokąd zapisać dane (domyślnie na standardowe wyjście)
  --keep-going        zapisuje dane bez wierszy z błędami
  --progress          pokazuje postęp także poza terminalem

Opcje:
  -o, --output PLIK   (ics) dokąd zapisać kalendarz
  --name TEKST        (ics) nazwa kalendarza
  --today RRRR-MM-DD  liczy tak, jakby dziś był ten dzień (stats, validate)
  --json              Wynik w formacie JSON (validate, stats)
  --lang pl|en        Język komunikatów (domyślnie według LANG, inaczej angielski)
  -h, --help          Pokazuje tę pomoc
  -v, --version       Pokazuje wersję

Kody wyjścia: 0 gotowe (ostrzeżenia są dozwolone), 1 błędy (build niczego nie
zapisuje bez --keep-going), 2 nie da się odczytać lub zapisać pliku albo
polecenie jest błędne. Nieznane kategorie partnerów, rodzaje i statusy wydarzeń
oraz adresy inne niż http(s) są tu błędami, choć widżety je tolerują.

Kolumny arkuszy (działają też polskie nazwy w nawiasach, wielkimi lub małymi
literami, z polskimi znakami lub bez; przykłady w templates/):
${columnsHelp()}
category, type, status: identyfikatory albo nazwy, jakie pokazują widżety, po
polsku lub angielsku (Samorząd, Debata, odwołane).
Listy: identyfikatory rozdzielone znakiem ; lub |. Daty: 2026-12-03 18:00 (w strefie
danych), 2026-12-03 (cały dzień) albo ISO 8601 z przesunięciem strefy. Koniec
zapisany jako sama godzina (20:00) oznacza dzień początku. Pusta kolumna _en:
polski tekst służy obu językom.

Przykłady:
  pdk-feed validate feed.json
  pdk-feed validate https://example.org/pdk/feed.json --lang pl
  pdk-feed build --partners partners.csv --events events.csv --join join.json -o feed.json
  pdk-feed build arkusze/ -o feed.json
  pdk-feed stats feed.json
  pdk-feed ics feed.json -o events.ics
`;

export interface CliMessages {
  usage: string;
  unknownCommand(command: string): string;
  usageError(detail: string): string;
  validateNeedsOneSource: string;
  needsOneFeed(command: string): string;
  buildNeedsSheets: string;
  unknownSheet(file: string): string;
  sheetTwice(kind: string, first: string, second: string): string;
  noSuchPath(path: string): string;
  badToday(value: string): string;
  badLang(value: string): string;
  errorLabel: string;
  warningLabel: string;
  summary(errors: number, warnings: number, source: string): string;
  cannotRead(source: string, reason: string): string;
  fileNotFound: string;
  isDirectory: string;
  timedOut(seconds: number): string;
  httpStatus(status: number, statusText: string): string;
  network(detail: string): string;
  notJson(detail: string, line?: number, column?: number): string;
  looksLikeHtml: string;
  trailingComma: string;
  notUtf8: string;
  notAnObject(kind: string): string;
  noVersion: string;
  wrongVersion(version: string): string;
  versionAsText(version: string): string;
  feedNotHttps: string;
  noOrganiser: string;
  /** Appended to "unknown partner id …": the id meant, by its spelling or its name. */
  didYouMean(id: string): string;
  noEvents: string;
  noPartners: string;
  noLogo: string;
  logoNotHttps(url: string): string;
  logoFileMissing(file: string): string;
  allPast(events: number, lastDay: string): string;
  corsMissing: string;
  corsLimited(origin: string): string;
  corsOk(origin: string): string;
}

export const messages: Record<CliLang, CliMessages> = {
  en: {
    usage: USAGE_EN,
    unknownCommand: (c) => `Unknown command "${c}". Run "pdk-feed help" for the list.`,
    usageError: (d) => `${d} Run "pdk-feed help" for usage.`,
    validateNeedsOneSource: 'validate needs one FILE or URL.',
    needsOneFeed: (c) => `${c} needs one feed FILE or URL.`,
    buildNeedsSheets: 'build needs a partners and an events sheet: --partners FILE and --events FILE, or partners.csv and events.csv by name or in a folder.',
    unknownSheet: (f) => `build cannot tell which sheet ${f} is: name it ${KNOWN_FILE_NAMES.join(', ')}, or give it with --partners, --events, --areas or --join.`,
    sheetTwice: (k, a, b) => `build was given two files for the ${k} sheet: ${a} and ${b}; keep one, or name one with --${k}.`,
    noSuchPath: (f) => `cannot find ${f}: there is no such file or folder (check its name, and the folder you run the command in).`,
    badToday: (v) => `--today must be a date like 2026-12-01, not "${v}".`,
    badLang: (v) => `--lang must be pl or en, not "${v}".`,
    errorLabel: 'error',
    warningLabel: 'warning',
    summary: (e, w, s) =>
      `${count('en', e, {one: 'error', other: 'errors'})}, ${count('en', w, {one: 'warning', other: 'warnings'})} in ${s}`,
    cannotRead: (s, r) => `pdk-feed: cannot read ${s}: ${r}`,
    fileNotFound: 'no such file',
    isDirectory: 'it is a directory',
    timedOut: (n) => `no answer within ${n} s`,
    httpStatus: (n, t) => `the server answered with HTTP ${n}${t ? ` ${t}` : ''}`,
    network: (d) => `network error (${d})`,
    notJson: (d, line, column) =>
      `the feed is not valid JSON: ${d}${line ? ` (line ${line}, column ${column})` : ''}`,
    looksLikeHtml: '; this is a web page (HTML), not the feed: check the address (a login or error page answers in its place)',
    trailingComma: '; most often a comma after the last item of a list or an object: remove it',
    notAnObject: (k) => `the feed must be a JSON object, not ${k}`,
    notUtf8: 'the file is not UTF-8 (it reads as Windows-1250); browsers read a feed as UTF-8, so every Polish letter would come out garbled. Save it as UTF-8',
    noVersion: 'the feed has no "version"; this tool reads version 1',
    wrongVersion: (v) => `the feed is version ${v}; this tool reads version 1`,
    versionAsText: (v) => `"version" is the text "${v}"; write the number 1, without quotes`,
    feedNotHttps: 'the feed is served over http, not https: partner sites on https cannot load it (browsers block it as mixed content); serve it over https',
    noOrganiser: 'the event has no organiser ("partners" is empty)',
    didYouMean: (id) => `; did you mean "${id}"?`,
    noEvents: 'the feed has no events: the calendar on every partner\'s site will be empty (if the events sheet is the wrong one or empty, export it again)',
    noPartners: 'the feed has no partners: the partner list on every site will be empty (if the partners sheet is the wrong one or empty, export it again)',
    noLogo: 'the partner has no logo',
    logoNotHttps: (u) => `the logo ${u} is not https; pages served over https block or flag it`,
    logoFileMissing: (f) => `the logo file ${f} does not exist next to the feed`,
    allPast: (n, d) =>
      `${n === 1 ? 'the only event is' : `all ${n} events are`} over (the last ended on ${d}); is the feed up to date?`,
    corsMissing:
      'the response has no Access-Control-Allow-Origin header, so partner sites on other origins cannot load the feed; serve it with "Access-Control-Allow-Origin: *"',
    corsLimited: (o) =>
      `Access-Control-Allow-Origin is "${o}": only that origin can load the feed; partner sites on other origins need "*"`,
    corsOk: (o) => `CORS: Access-Control-Allow-Origin: ${o}`,
  },
  pl: {
    usage: USAGE_PL,
    unknownCommand: (c) => `Nieznane polecenie „${c}”. Listę poleceń pokazuje „pdk-feed help”.`,
    usageError: (d) => `${d} Sposób użycia pokazuje „pdk-feed help”.`,
    validateNeedsOneSource: 'validate wymaga jednego PLIKU lub adresu URL.',
    needsOneFeed: (c) => `${c} wymaga jednego pliku danych (PLIKU lub adresu URL).`,
    buildNeedsSheets: 'build wymaga arkusza partnerów i arkusza wydarzeń: opcji --partners PLIK i --events PLIK albo plików partners.csv i events.csv podanych z nazwy lub w katalogu.',
    unknownSheet: (f) => `build nie wie, jakim arkuszem jest ${f}: nazwij go ${KNOWN_FILE_NAMES.join(', ')} albo podaj z opcją --partners, --events, --areas lub --join.`,
    sheetTwice: (k, a, b) => `build dostał dwa pliki dla arkusza ${k}: ${a} i ${b}; zostaw jeden albo wskaż go opcją --${k}.`,
    noSuchPath: (f) => `nie ma pliku ani katalogu ${f} (sprawdź nazwę i katalog, w którym uruchamiasz polecenie).`,
    badToday: (v) => `--today musi być datą, np. 2026-12-01, a nie „${v}”.`,
    badLang: (v) => `--lang musi mieć wartość pl lub en, a nie „${v}”.`,
    errorLabel: 'błąd',
    warningLabel: 'ostrzeżenie',
    summary: (e, w, s) =>
      `${count('pl', e, {one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu'})}, ` +
      `${count('pl', w, {one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia'})} w ${s}`,
    cannotRead: (s, r) => `pdk-feed: nie można odczytać ${s}: ${r}`,
    fileNotFound: 'nie ma takiego pliku',
    isDirectory: 'to jest katalog',
    timedOut: (n) => `brak odpowiedzi w ciągu ${n} s`,
    httpStatus: (n, t) => `serwer odpowiedział kodem HTTP ${n}${t ? ` ${t}` : ''}`,
    network: (d) => `błąd sieci (${d})`,
    notJson: (d, line, column) =>
      `plik nie jest poprawnym JSON-em: ${d}${line ? ` (wiersz ${line}, kolumna ${column})` : ''}`,
    looksLikeHtml: '; to strona internetowa (HTML), a nie plik danych: sprawdź adres (w jego miejscu odpowiada strona logowania lub błędu)',
    trailingComma: '; najczęściej to przecinek po ostatnim elemencie listy lub obiektu: usuń go',
    notAnObject: (k) => `plik musi zawierać obiekt JSON (jest: ${describePl(k)})`,
    notUtf8: 'plik nie jest w UTF-8 (wygląda na Windows-1250); przeglądarki czytają dane jako UTF-8, więc polskie litery byłyby zniekształcone. Zapisz go w UTF-8',
    noVersion: 'w pliku brakuje pola "version"; to narzędzie czyta wersję 1',
    wrongVersion: (v) => `plik ma wersję ${v}; to narzędzie czyta wersję 1`,
    versionAsText: (v) => `pole "version" zawiera tekst "${v}"; wpisz liczbę 1, bez cudzysłowu`,
    feedNotHttps: 'dane są udostępniane przez http, a nie https: strony partnerów na https ich nie wczytają (przeglądarki blokują taką mieszaną treść); udostępnij je przez https',
    noOrganiser: 'wydarzenie nie ma organizatora (pole "partners" jest puste)',
    didYouMean: (id) => `; czy chodziło o "${id}"?`,
    noEvents: 'plik nie ma żadnych wydarzeń: kalendarz na stronie każdego partnera będzie pusty (jeśli arkusz wydarzeń jest niewłaściwy lub pusty, wyeksportuj go ponownie)',
    noPartners: 'plik nie ma żadnych partnerów: lista partnerów na każdej stronie będzie pusta (jeśli arkusz partnerów jest niewłaściwy lub pusty, wyeksportuj go ponownie)',
    noLogo: 'partner nie ma logo',
    logoNotHttps: (u) => `logo ${u} nie używa https; strony serwowane przez https je blokują lub oznaczają`,
    logoFileMissing: (f) => `plik logo ${f} nie istnieje obok pliku danych`,
    allPast: (n, d) =>
      `${n === 1 ? 'jedyne wydarzenie już się odbyło' : `wszystkie wydarzenia (${n}) już się odbyły`} (ostatnie zakończyło się ${d}); czy plik jest aktualny?`,
    corsMissing:
      'odpowiedź nie ma nagłówka Access-Control-Allow-Origin, więc strony partnerów w innych domenach nie wczytają danych; serwer powinien wysyłać „Access-Control-Allow-Origin: *”',
    corsLimited: (o) =>
      `Access-Control-Allow-Origin ma wartość „${o}”: tylko ta domena wczyta dane; strony partnerów w innych domenach potrzebują „*”`,
    corsOk: (o) => `CORS: Access-Control-Allow-Origin: ${o}`,
  },
};

/** The validator's "a number", "a list", "null" … in Polish. */
function describePl(value: string): string {
  const names: Record<string, string> = {
    null: 'null',
    'a list': 'lista',
    'a string': 'tekst',
    'a number': 'liczba',
    'a boolean': 'wartość logiczna',
    'a object': 'obiekt',
    'an object': 'obiekt',
  };
  return names[value] ?? value;
}

type Rule = readonly [RegExp, (...groups: string[]) => string];

/** The validator's message templates (src/feed/validate.ts) and their Polish. */
const PL_RULES: readonly Rule[] = [
  [/^"(.+)" is required$/, (k) => `brak wymaganego pola "${k}"`],
  [/^"(.+)" must be a string, not (.+)$/, (k, d) => `pole "${k}" musi być tekstem (jest: ${describePl(d)})`],
  [/^"(.+)" needs "pl" or "en" text$/, (k) => `pole "${k}" musi mieć tekst "pl" lub "en"`],
  [/^"(.+)" must be text or \{"pl", "en"\}, not an array$/, (k) => `pole "${k}" musi być tekstem lub obiektem {"pl", "en"}, a nie listą`],
  [/^"(.+)" must be a list of ids$/, (k) => `pole "${k}" musi być listą identyfikatorów`],
  [/^"(.+)" must be a list, not (.+)$/, (k, d) => `pole "${k}" musi być listą (jest: ${describePl(d)})`],
  [/^"location" must be an object with "name" and "address"$/, () => 'pole "location" musi być obiektem z polami "name" i "address"'],
  [/^"(.+)" must be an object, not (.+)$/, (k, d) => `pole "${k}" musi być obiektem (jest: ${describePl(d)})`],
  [/^entry must be an object, not (.+)$/, (d) => `wpis musi być obiektem (jest: ${describePl(d)})`],
  [
    /^unknown (\w+) "(.*)" \(this version knows (.*)\); shown as "(.*)"$/,
    (k, v, known, fallback) => `nieznana wartość pola "${k}": "${v}" (ta wersja zna: ${known}); widżety pokażą "${fallback}"`,
  ],
  [/^"(.*)" is not an http\(s\) URL; dropped$/, (v) => `"${v}" nie jest adresem http(s); widżety go pominą`],
  [/^"(.*)" is not an e-mail address; ignored$/, (v) => `"${v}" nie jest adresem e-mail; widżety go pominą`],
  [/^duplicate id "(.*)" \(the later copy is skipped\)$/, (id) => `powtórzony identyfikator "${id}" (późniejsza kopia jest pomijana)`],
  [/^"(.*)" is not a date \(YYYY-MM-DD\); ignored$/, (v) => `"${v}" nie jest datą (RRRR-MM-DD); pole pominięte`],
  [/^(.*) is not a date-time with an offset \((.*)\); ignored$/, (v, e) => `${v} nie jest datą z godziną i przesunięciem strefy (${e}); pole pominięte`],
  [
    /^"start" must be a date-time with an offset \((.*)\) or a date \((.*)\), in the years (.*), not "(.*)"$/,
    (a, b, years, v) => `pole "start" musi być datą z godziną i przesunięciem strefy (${a}) albo samą datą (${b}) z lat ${years}, a jest "${v}"`,
  ],
  [
    /^"end" must be a date-time with an offset or a date, in the years (.*), not "(.*)"$/,
    (years, v) => `pole "end" musi być datą z godziną i przesunięciem strefy albo samą datą z lat ${years}, a jest "${v}"`,
  ],
  [/^entry could not be read \((.*)\)$/, (e) => `wpisu nie udało się odczytać (${e})`],
  [/^"end" must have the same form as "start" \(both dates, or both date-times\)$/, () => 'pole "end" musi mieć tę samą postać co "start" (obie daty albo obie daty z godziną)'],
  [/^"end" \((.*)\) is before "start" \((.*)\)$/, (e, s) => `koniec ("end": ${e}) jest przed początkiem ("start": ${s})`],
  [/^"(.*)" is not an IANA time zone; (.+) used$/, (v, z) => `"${v}" nie jest strefą czasową IANA; użyto ${z}`],
  [/^unknown area id "(.*)"$/, (id) => `nieznany identyfikator obszaru "${id}"`],
  [/^unknown partner id "(.*)"$/, (id) => `nieznany identyfikator partnera "${id}"`],
];

const PL_SUFFIXES: ReadonlyArray<readonly [string, string]> = [
  ['; entry skipped', '; wpis pominięty'],
  ['; "join" ignored', '; sekcja "join" pominięta'],
];

/** A validator message in the CLI's language; unknown templates stay in English. */
export function localizeIssue(message: string, lang: CliLang): string {
  if (lang === 'en') return message;
  let core = message;
  let suffix = '';
  for (const [en, pl] of PL_SUFFIXES) {
    if (core.endsWith(en)) {
      core = core.slice(0, -en.length);
      suffix = pl;
      break;
    }
  }
  for (const [pattern, render] of PL_RULES) {
    const match = pattern.exec(core);
    if (match) return render(...match.slice(1)) + suffix;
  }
  return message;
}
