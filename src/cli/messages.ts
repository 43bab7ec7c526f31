/**
 * Everything `pdk-feed` says, in English and Polish. The validator in
 * src/feed speaks English; `localizeIssue` translates its message templates
 * and leaves any message it does not know as it is.
 */

export type CliLang = 'en' | 'pl';

/** `--lang` wins; else the locale (LC_ALL, LC_MESSAGES, LANG, ignoring C/POSIX); else English. */
export function pickLang(option: string | undefined, env: NodeJS.ProcessEnv): CliLang | null {
  if (option !== undefined) return option === 'pl' || option === 'en' ? option : null;
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && !/^(C|POSIX)([._@]|$)/i.test(v));
  return locale?.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/** "1 error", "3 błędy", "5 ostrzeżeń": the plural form from Intl.PluralRules. */
function count(lang: CliLang, n: number, forms: Partial<Record<Intl.LDMLPluralRule, string>> & {other: string}): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return `${n} ${forms[rule] ?? forms.other}`;
}

const USAGE_EN = `Usage: pdk-feed <command> [options]

Commands:
  validate FILE|URL   Check a feed (version 1): every problem with its JSON path
  build               Build feed.json from spreadsheets (not yet available)
  ics                 Export events as an iCalendar .ics file (not yet available)
  stats               Count partners and events in a feed (not yet available)
  help                Show this help

Options:
  --json              Print the result as JSON
  --lang pl|en        Language of the messages (default: from LANG, else English)
  -h, --help          Show this help
  -v, --version       Show the version

validate exits with 0 when the feed is valid (warnings allowed), 1 when it
has errors, 2 when it cannot be read. Unknown categories, event types and
statuses and URLs that are not http(s) are errors here, although the widgets
tolerate them.

Examples:
  pdk-feed validate feed.json
  pdk-feed validate https://example.org/pdk/feed.json --lang pl
`;

const USAGE_PL = `Użycie: pdk-feed <polecenie> [opcje]

Polecenia:
  validate PLIK|URL   Sprawdza plik danych (wersja 1): każdy problem ze ścieżką JSON
  build               Tworzy feed.json z arkuszy kalkulacyjnych (jeszcze niedostępne)
  ics                 Eksportuje wydarzenia do pliku iCalendar .ics (jeszcze niedostępne)
  stats               Liczy partnerów i wydarzenia w pliku (jeszcze niedostępne)
  help                Pokazuje tę pomoc

Opcje:
  --json              Wynik w formacie JSON
  --lang pl|en        Język komunikatów (domyślnie według LANG, inaczej angielski)
  -h, --help          Pokazuje tę pomoc
  -v, --version       Pokazuje wersję

validate kończy się kodem 0, gdy plik jest poprawny (ostrzeżenia są dozwolone),
1, gdy zawiera błędy, 2, gdy nie da się go odczytać. Nieznane kategorie, typy
i statusy wydarzeń oraz adresy inne niż http(s) są tu błędami, choć widżety
je tolerują.

Przykłady:
  pdk-feed validate feed.json
  pdk-feed validate https://example.org/pdk/feed.json --lang pl
`;

export interface CliMessages {
  usage: string;
  unknownCommand(command: string): string;
  notYetAvailable(command: string): string;
  usageError(detail: string): string;
  validateNeedsOneSource: string;
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
  notAnObject(kind: string): string;
  noVersion: string;
  wrongVersion(version: string): string;
  noOrganiser: string;
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
    notYetAvailable: (c) => `"pdk-feed ${c}" is planned but not yet available.`,
    usageError: (d) => `${d} Run "pdk-feed help" for usage.`,
    validateNeedsOneSource: 'validate needs one FILE or URL.',
    badLang: (v) => `--lang must be pl or en, not "${v}".`,
    errorLabel: 'error',
    warningLabel: 'warning',
    summary: (e, w, s) =>
      `${count('en', e, {one: 'error', other: 'errors'})}, ${count('en', w, {one: 'warning', other: 'warnings'})} in ${s}`,
    cannotRead: (s, r) => `pdk-feed: cannot read ${s}: ${r}`,
    fileNotFound: 'no such file',
    isDirectory: 'it is a directory',
    timedOut: (n) => `no answer within ${n} s`,
    httpStatus: (n, t) => `the server answered HTTP ${n}${t ? ` ${t}` : ''}`,
    network: (d) => `network error (${d})`,
    notJson: (d, line, column) =>
      `the feed is not valid JSON: ${d}${line ? ` (line ${line}, column ${column})` : ''}`,
    notAnObject: (k) => `the feed must be a JSON object, not ${k}`,
    noVersion: 'the feed has no "version"; this tool reads version 1',
    wrongVersion: (v) => `the feed is version ${v}; this tool reads version 1`,
    noOrganiser: 'the event has no organiser ("partners" is empty)',
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
    notYetAvailable: (c) => `„pdk-feed ${c}” jest planowane, ale jeszcze niedostępne.`,
    usageError: (d) => `${d} Sposób użycia pokazuje „pdk-feed help”.`,
    validateNeedsOneSource: 'validate wymaga jednego PLIKU lub adresu URL.',
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
    httpStatus: (n, t) => `serwer odpowiedział HTTP ${n}${t ? ` ${t}` : ''}`,
    network: (d) => `błąd sieci (${d})`,
    notJson: (d, line, column) =>
      `plik nie jest poprawnym JSON-em: ${d}${line ? ` (wiersz ${line}, kolumna ${column})` : ''}`,
    notAnObject: (k) => `plik musi zawierać obiekt JSON (jest: ${describePl(k)})`,
    noVersion: 'w pliku brakuje pola "version"; to narzędzie czyta wersję 1',
    wrongVersion: (v) => `plik ma wersję ${v}; to narzędzie czyta wersję 1`,
    noOrganiser: 'wydarzenie nie ma organizatora (pole "partners" jest puste)',
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
  [/^duplicate id "(.*)" \(the later copy is skipped\)$/, (id) => `powtórzony identyfikator "${id}" (późniejsza kopia jest pomijana)`],
  [/^"(.*)" is not a date \(YYYY-MM-DD\); ignored$/, (v) => `"${v}" nie jest datą (RRRR-MM-DD); pole pominięte`],
  [
    /^"start" must be a date-time with an offset \((.*)\) or a date \((.*)\), not "(.*)"$/,
    (a, b, v) => `pole "start" musi być datą z godziną i przesunięciem strefy (${a}) albo samą datą (${b}), a jest "${v}"`,
  ],
  [/^"end" must be a date-time with an offset or a date, not "(.*)"$/, (v) => `pole "end" musi być datą z godziną i przesunięciem strefy albo samą datą, a jest "${v}"`],
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
