/**
 * What `pdk-feed build`, `stats` and `ics` say, in English and Polish. Every
 * problem in a spreadsheet ends with what to write instead (a fix-it).
 */
import {count, type CliLang} from './messages.js';

export interface BuildMessages {
  /** "events.csv:14, column start" */
  where(file: string, line?: number, column?: string): string;
  moreInSameColumn(n: number, where: string): string;
  progress(file: string, rows: number): string;

  // The files
  cannotRead(file: string, reason: string): string;
  fileNotFound: string;
  notUtf8: string;
  /** `code`: the system error's (ENOENT: the folder is missing; EACCES, EPERM; EISDIR), else `detail`. */
  cannotWrite(file: string, code: string | undefined, detail: string): string;
  csvQuote(line: number): string;
  csvOther(detail: string): string;
  emptyFile(template: string): string;
  missingColumn(column: string, aliases: readonly string[]): string;
  noHeader(required: readonly string[], template: string): string;
  unknownColumn(header: string, known: readonly string[]): string;
  duplicateColumn(header: string, column: string): string;
  unnamedColumn(position: number, text: string): string;
  joinNotJson(detail: string): string;
  joinNotObject: string;
  noJoin: string;
  badTimeZone(zone: string): string;

  // Cells
  required(column: string): string;
  requiredId: string;
  duplicateId(id: string, line: number): string;
  badEnum(value: string, allowed: readonly string[], polish: readonly string[]): string;
  notADate(value: string, suggestion?: string): string;
  noSuchDay(value: string): string;
  dstGap(value: string, zone: string, jumpMinutes: number, suggestion: string): string;
  endFormMismatch(startAllDay: boolean): string;
  /** A time that happens twice (the clocks go back): `first` is taken, `second` is how to write the other. */
  repeatedHour(value: string, zone: string, first: string, second: string): string;
  /** `nextDay`: the end on the day after, when the end was a time alone. */
  endBeforeStart(end: string, start: string, nextDay?: string): string;
  notAUrl(value: string, suggestion?: string): string;
  sinceNotADate(value: string, suggestion?: string): string;
  extraCells(n: number, delimiter: string): string;
  onlyEnglish(column: string): string;

  // Outcome
  wrote(file: string, partners: number, events: number, areas: number): string;
  wroteWithout(file: string, rows: number): string;
  nothingWritten: string;
  /** With --keep-going: a problem with a whole file (a missing column, an unclosed quote) still stops it. */
  nothingWrittenWholeFile: string;
  totals(errors: number, warnings: number): string;

  // stats and ics
  notAFeed(source: string, detail: string): string;
  feedHasErrors(errors: number, source: string): string;
  calendarName: string;
  icsWrote(file: string, events: number, cancelled: number): string;
}

/** A cell's text in a message: its first 40 characters, on one line. */
const shortened = (text: string) => {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
};

const delimiterName = (d: string, lang: CliLang) =>
  d === '\t' ? (lang === 'pl' ? 'tabulator' : 'tab') : `"${d}"`;

export const buildMessages: Record<CliLang, BuildMessages> = {
  en: {
    where: (f, l, c) => `${f}${l ? `:${l}` : ''}${c ? `, column ${c}` : ''}`,
    moreInSameColumn: (n, w) => `… and ${n} more in ${w}`,
    progress: (f, n) => `${f}: ${n.toLocaleString('en')} rows…`,
    cannotRead: (f, r) => `cannot read ${f}: ${r}`,
    fileNotFound: 'no such file',
    notUtf8: 'the file is not UTF-8; it was read as Windows-1250 (plain "CSV" from Excel or LibreOffice on a Polish Windows). Check the Polish letters in the feed, or save the sheet as "CSV UTF-8"',
    cannotWrite: (f, code, detail) =>
      `cannot write ${f}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'no permission' : code === 'EISDIR' ? 'it is a folder' : detail}`,
    csvQuote: (l) => `a quoted cell that starts on line ${l} is never closed; add the missing " (a quote inside a cell is written twice: "")`,
    csvOther: (d) => `this is not a CSV file the tool can read (${d}); export it again as CSV UTF-8`,
    emptyFile: (t) => `the file is empty; it needs a header row (copy it from ${t})`,
    missingColumn: (c, a) => `there is no column ${c}${a.length ? ` (or ${a.join(', ')})` : ''}; add it to the header row`,
    noHeader: (r, t) => `the first row names no column this tool knows; it must be the header (${r.join(', ')}, …, as in ${t}): delete any title rows above it, and check that this is the right file`,
    unknownColumn: (h, k) => `column "${h}" is not one this tool knows, so it is ignored; the columns are: ${k.join(', ')}`,
    duplicateColumn: (h, c) => `column "${h}" is the ${c} column again; the second one is ignored`,
    unnamedColumn: (n, x) => `column ${n} has no header, so its text ("${shortened(x)}" here, and any below) is ignored; give it a header this tool knows, or clear it`,
    joinNotJson: (d) => `not valid JSON: ${d}`,
    joinNotObject: 'must be a JSON object like {"email": "…", "privacyUrl": "https://…"}',
    noJoin: 'no --join file, so the feed has no "join" section and pdk-join-button has nowhere to send; pass --join join.json (see templates/join.json)',
    badTimeZone: (z) => `--timezone "${z}" is not an IANA time zone; write e.g. Europe/Warsaw`,
    required: (c) => `the cell is empty; ${c} is required`,
    requiredId: 'the cell is empty; give every row a unique id (lower-case letters, digits and hyphens, e.g. debata-2026-12-03)',
    duplicateId: (id, l) => `id "${id}" is already used on line ${l}; every row needs its own id`,
    badEnum: (v, a, p) => `"${v}" is not one of: ${a.join(', ')}${p.length ? ` (in Polish: ${p.join(', ')})` : ''}`,
    notADate: (v, s) =>
      s
        ? `"${v}" is not a date; write ${s}`
        : `"${v}" is not a date; write YYYY-MM-DD HH:MM (e.g. 2026-12-03 18:00), YYYY-MM-DD for a whole day, or ISO 8601 with an offset`,
    noSuchDay: (v) => `"${v}" is not a day in the calendar; check the day and month`,
    dstGap: (v, z, j, s) =>
      `"${v}" does not exist in ${z}: that night the clocks go forward ${j === 60 ? 'an hour' : `${j} minutes`}; write ${s} (or the time you mean)`,
    endFormMismatch: (a) =>
      a
        ? 'start is a date (all day) but end has a time; write both as dates, or both with a time'
        : 'start has a time but end is a date; write both with a time (end 20:00 alone means the same day), or both as dates for all-day events',
    repeatedHour: (v, z, f, s) => `"${v}" happens twice in ${z} (that night the clocks go back an hour); the first is taken (${f}); for the second write ${s}`,
    endBeforeStart: (e, s, n) =>
      `the end (${e}) is before the start (${s})${n ? `; an event that ends after midnight needs the end's date: ${n}` : '; check both'}`,
    notAUrl: (v, s) => (s ? `"${v}" is not a full web address; write ${s}` : `"${v}" is not a web address; write it in full, starting with https://`),
    sinceNotADate: (v, s) => `"${v}" is not a date; write ${s ?? 'YYYY-MM-DD (e.g. 2019-05-01)'}`,
    extraCells: (n, d) =>
      `the row has ${count('en', n, {one: 'cell', other: 'cells'})} more than the header; a list with ${delimiterName(d, 'en')} in it must be in quotes, or separate the ids with |`,
    onlyEnglish: (c) => `only the English column is filled in; ${c} (Polish) is what most visitors see`,
    wrote: (f, p, e, a) =>
      `Wrote ${f}: ${count('en', p, {one: 'partner', other: 'partners'})}, ${count('en', e, {one: 'event', other: 'events'})}, ${count('en', a, {one: 'area', other: 'areas'})}.`,
    wroteWithout: (f, n) => `Wrote ${f} without ${count('en', n, {one: 'bad row', other: 'bad rows'})} (--keep-going).`,
    nothingWritten: 'Nothing was written. Fix the rows above, or use --keep-going to write the feed without them.',
    nothingWrittenWholeFile: 'Nothing was written: --keep-going leaves out bad rows, but the problem above is with a whole file. Fix it first.',
    totals: (e, w) => `${count('en', e, {one: 'error', other: 'errors'})}, ${count('en', w, {one: 'warning', other: 'warnings'})}`,
    notAFeed: (s, d) => `${s} is not a feed: ${d}; "pdk-feed validate ${s}" says more`,
    feedHasErrors: (e, s) =>
      `${s} has ${count('en', e, {one: 'error', other: 'errors'})}; here it is read as the widgets read it, bad entries left out ("pdk-feed validate ${s}" lists every problem)`,
    calendarName: 'Partnership for Climate – events',
    icsWrote: (f, e, c) =>
      `Wrote ${f}: ${count('en', e, {one: 'event', other: 'events'})}${c ? `, ${c} of them cancelled (STATUS:CANCELLED)` : ''}.`,
  },
  pl: {
    where: (f, l, c) => `${f}${l ? `:${l}` : ''}${c ? `, kolumna ${c}` : ''}`,
    moreInSameColumn: (n, w) => `… i jeszcze ${n} w ${w}`,
    progress: (f, n) => `${f}: ${n.toLocaleString('pl')} wierszy…`,
    cannotRead: (f, r) => `nie można odczytać ${f}: ${r}`,
    fileNotFound: 'nie ma takiego pliku',
    notUtf8: 'plik nie jest w UTF-8; odczytano go jako Windows-1250 (zwykły „CSV” z Excela lub LibreOffice w polskim Windowsie). Sprawdź polskie litery w wyniku albo zapisz arkusz jako „CSV UTF-8”',
    cannotWrite: (f, code, detail) =>
      `nie można zapisać ${f}: ${code === 'ENOENT' ? 'nie ma takiego katalogu' : code === 'EACCES' || code === 'EPERM' ? 'brak uprawnień' : code === 'EISDIR' ? 'to jest katalog' : detail}`,
    csvQuote: (l) => `komórka w cudzysłowie zaczynająca się w wierszu ${l} nie jest zamknięta; dopisz brakujący znak " (cudzysłów wewnątrz komórki zapisuje się podwójnie: "")`,
    csvOther: (d) => `tego pliku CSV nie da się odczytać (${d}); wyeksportuj go ponownie jako CSV UTF-8`,
    emptyFile: (t) => `plik jest pusty; potrzebny jest wiersz nagłówka (skopiuj go z ${t})`,
    missingColumn: (c, a) => `brak kolumny ${c}${a.length ? ` (lub ${a.join(', ')})` : ''}; dodaj ją do wiersza nagłówka`,
    noHeader: (r, t) => `pierwszy wiersz nie nazywa żadnej kolumny znanej narzędziu; musi to być nagłówek (${r.join(', ')}, …, jak w ${t}): usuń wiersze tytułowe nad nim i sprawdź, czy to właściwy plik`,
    unknownColumn: (h, k) => `kolumna „${h}” jest nieznana i zostanie pominięta; znane kolumny: ${k.join(', ')}`,
    duplicateColumn: (h, c) => `kolumna „${h}” powtarza kolumnę ${c}; druga zostanie pominięta`,
    unnamedColumn: (n, x) => `kolumna nr ${n} nie ma nagłówka, więc jej tekst („${shortened(x)}” tutaj i niżej) zostanie pominięty; nadaj jej nagłówek znany narzędziu albo ją wyczyść`,
    joinNotJson: (d) => `to nie jest poprawny JSON: ${d}`,
    joinNotObject: 'plik musi zawierać obiekt JSON, np. {"email": "…", "privacyUrl": "https://…"}',
    noJoin: 'nie podano pliku --join, więc w danych nie będzie sekcji "join", a pdk-join-button nie będzie miał dokąd wysyłać zgłoszeń; dodaj --join join.json (wzór: templates/join.json)',
    badTimeZone: (z) => `--timezone „${z}” nie jest strefą czasową IANA; wpisz np. Europe/Warsaw`,
    required: (c) => `komórka jest pusta; kolumna ${c} jest wymagana`,
    requiredId: 'komórka jest pusta; każdy wiersz potrzebuje niepowtarzalnego identyfikatora (małe litery, cyfry i łączniki, np. debata-2026-12-03)',
    duplicateId: (id, l) => `identyfikator „${id}” jest już użyty w wierszu ${l}; każdy wiersz musi mieć własny`,
    badEnum: (v, a, p) => `„${v}” to nie jest żadna z wartości: ${a.join(', ')}${p.length ? ` (po polsku: ${p.join(', ')})` : ''}`,
    notADate: (v, s) =>
      s
        ? `„${v}” nie jest datą; wpisz ${s}`
        : `„${v}” nie jest datą; wpisz RRRR-MM-DD GG:MM (np. 2026-12-03 18:00), RRRR-MM-DD dla całego dnia albo datę ISO 8601 z przesunięciem strefy`,
    noSuchDay: (v) => `„${v}” – takiego dnia nie ma w kalendarzu; sprawdź dzień i miesiąc`,
    dstGap: (v, z, j, s) =>
      `„${v}” nie istnieje w strefie ${z}: tej nocy zegary przestawia się ${j === 60 ? 'o godzinę' : `o ${j} min`} do przodu; wpisz ${s} (albo godzinę, o którą chodzi)`,
    endFormMismatch: (a) =>
      a
        ? 'początek to sama data (cały dzień), a koniec ma godzinę; wpisz obie jako daty albo obie z godziną'
        : 'początek ma godzinę, a koniec to sama data; wpisz obie z godziną (sama godzina końca, np. 20:00, oznacza ten sam dzień) albo obie jako daty dla wydarzeń całodniowych',
    repeatedHour: (v, z, f, s) => `„${v}” występuje dwa razy w strefie ${z} (tej nocy zegary cofa się o godzinę); przyjęto pierwszy raz (${f}); drugi zapisz jako ${s}`,
    endBeforeStart: (e, s, n) =>
      `koniec (${e}) jest przed początkiem (${s})${n ? `; wydarzenie kończące się po północy potrzebuje daty końca: ${n}` : '; sprawdź obie daty'}`,
    notAUrl: (v, s) => (s ? `„${v}” nie jest pełnym adresem strony; wpisz ${s}` : `„${v}” nie jest adresem strony; wpisz pełny adres zaczynający się od https://`),
    sinceNotADate: (v, s) => `„${v}” nie jest datą; wpisz ${s ?? 'RRRR-MM-DD (np. 2019-05-01)'}`,
    extraCells: (n, d) =>
      `wiersz ma o ${count('pl', n, {one: 'komórkę', few: 'komórki', many: 'komórek', other: 'komórki'})} więcej niż nagłówek; lista zawierająca znak ${delimiterName(d, 'pl')} musi być w cudzysłowie, albo rozdziel identyfikatory znakiem |`,
    onlyEnglish: (c) => `wypełniona jest tylko kolumna angielska; ${c} (po polsku) to tekst, który widzi większość odwiedzających`,
    wrote: (f, p, e, a) => `Zapisano ${f}: partnerzy: ${p}, wydarzenia: ${e}, obszary: ${a}.`,
    wroteWithout: (f, n) =>
      `Zapisano ${f} bez ${count('pl', n, {one: 'błędnego wiersza', few: 'błędnych wierszy', many: 'błędnych wierszy', other: 'błędnego wiersza'})} (--keep-going).`,
    nothingWritten: 'Nic nie zapisano. Popraw powyższe wiersze albo użyj --keep-going, aby zapisać dane bez nich.',
    nothingWrittenWholeFile: 'Nic nie zapisano: --keep-going pomija błędne wiersze, a powyższy problem dotyczy całego pliku. Najpierw go popraw.',
    totals: (e, w) =>
      `${count('pl', e, {one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu'})}, ` +
      `${count('pl', w, {one: 'ostrzeżenie', few: 'ostrzeżenia', many: 'ostrzeżeń', other: 'ostrzeżenia'})}`,
    notAFeed: (s, d) => `${s} nie jest plikiem danych: ${d}; więcej powie „pdk-feed validate ${s}”`,
    feedHasErrors: (e, s) =>
      `${s} zawiera ${count('pl', e, {one: 'błąd', few: 'błędy', many: 'błędów', other: 'błędu'})}; tu jest czytany tak jak przez widżety, z pominięciem błędnych wpisów (wszystkie problemy pokaże „pdk-feed validate ${s}”)`,
    calendarName: 'Partnerstwo dla Klimatu – wydarzenia',
    icsWrote: (f, e, c) => `Zapisano ${f}: wydarzenia: ${e}${c ? `, w tym odwołane: ${c} (STATUS:CANCELLED)` : ''}.`,
  },
};
