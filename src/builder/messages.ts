/**
 * The builder's own messages. Category and event type names come from the
 * shared messages (src/i18n). Counts are written as "label: n", which needs
 * no plural forms.
 */
import type {FeedProblem} from './feed-check.js';
import type {WidgetTag} from '../shared/widget-tags.js';
import type {PreviewWidth} from './settings.js';
import type {ContrastPair} from './palette.js';

export interface BuilderMessages {
  title: string;
  intro: string;
  languageSwitch: string;
  elementLegend: string;
  elementName: Record<WidgetTag, string>;
  elementHint: Record<WidgetTag, string>;
  feedLegend: string;
  feedLabel: string;
  feedHint: string;
  check: string;
  checking: string;
  feedOk: string;
  feedCounts: (partners: number, events: number, areas: number) => string;
  feedIssues: (count: number) => string;
  /** The title of a feed that loads but has entries with errors. */
  feedOkWithProblems: string;
  /** Opens the list of problems (the validator's words, in English, with each one's place in the file). */
  showIssues: string;
  moreIssues: (count: number) => string;
  feedEmpty: string;
  corsOk: string;
  corsMissing: string;
  problemTitle: string;
  problem: Record<FeedProblem, (status?: number) => string>;
  optionsLegend: string;
  layout: string;
  layouts: Record<'grid' | 'list' | 'logos', string>;
  view: string;
  views: Record<'month' | 'list', string>;
  month: string;
  monthHint: string;
  widgetLang: string;
  widgetLangs: Record<'' | 'pl' | 'en', string>;
  limitPartners: string;
  limitEvents: string;
  limitHint: string;
  controlsPartners: string;
  controlsEvents: string;
  past: string;
  follow: string;
  action: string;
  actionHint: string;
  /** Why the typed endpoint is left out of the code. */
  actionProblem: Record<'email' | 'url', string>;
  email: string;
  emailHint: string;
  emailProblem: string;
  filtersLegend: string;
  filtersHint: string;
  filtersNeedFeed: string;
  categories: string;
  areas: string;
  types: string;
  partners: string;
  themeLegend: string;
  accent: string;
  text: string;
  bg: string;
  radius: string;
  colourCode: string;
  colourCodeProblem: string;
  fontNote: string;
  contrastLegend: string;
  contrastPairs: Record<ContrastPair, string>;
  contrastPass: (ratio: string) => string;
  contrastFail: (ratio: string) => string;
  resetTheme: string;
  previewHeading: string;
  width: string;
  widths: Record<PreviewWidth, string>;
  snippetHeading: string;
  base: string;
  baseHint: string;
  baseProblem: string;
  /** Whether the typed folder holds this build's files, which the code's integrity sums name. */
  baseStatus: Record<'checking' | 'unreadable' | 'other-version' | 'same', string>;
  code: string;
  copy: string;
  /** Beside the copy button while the code cannot show data yet. */
  codeWarning: Record<'no-feed' | 'feed-fails', string>;
  copied: string;
  copyFailed: string;
  hashing: string;
  hashFailed: (detail: string) => string;
  sriNote: string;
  styleNote: string;
  howToHeading: string;
  wordpressHeading: string;
  wordpressSteps: string[];
  cmsHeading: string;
  cmsSteps: string[];
}

export const pl: BuilderMessages = {
  title: 'Kreator kodu widżetów Partnerstwa dla Klimatu',
  intro: 'Wybierz widżet i jego ustawienia, sprawdź podgląd, a potem skopiuj gotowy kod i wklej go na swojej stronie.',
  languageSwitch: 'Język kreatora',
  elementLegend: 'Widżet',
  elementName: {
    'pdk-partner-list': 'Lista partnerów',
    'pdk-event-calendar': 'Kalendarz wydarzeń',
    'pdk-join-button': 'Przycisk „Dołącz do Partnerstwa”',
  },
  elementHint: {
    'pdk-partner-list': 'Partnerzy z logotypami, opisami i liczbą wydarzeń.',
    'pdk-event-calendar': 'Miesięczny kalendarz albo lista najbliższych wydarzeń.',
    'pdk-join-button': 'Przycisk otwierający formularz zgłoszenia do Partnerstwa.',
  },
  feedLegend: 'Źródło danych',
  feedLabel: 'Adres pliku z danymi (feed.json)',
  feedHint: 'Pełny adres zaczynający się od https://. Sprawdzamy go, gdy opuścisz pole albo naciśniesz Enter.',
  check: 'Sprawdź',
  checking: 'Sprawdzanie pliku z danymi…',
  feedOk: 'Plik z danymi jest dostępny i poprawny.',
  feedCounts: (partners, events, areas) => `Partnerzy: ${partners} · Wydarzenia: ${events} · Obszary tematyczne: ${areas}`,
  feedIssues: (count) => (count === 0 ? 'Nie znaleziono błędów w danych.' : `Błędy w danych: ${count}. Widżety pominą albo poprawią te wpisy.`),
  feedOkWithProblems: 'Plik z danymi działa, ale część wpisów ma błędy.',
  showIssues: 'Pokaż błędy (opisy po angielsku, z miejscem w pliku)',
  moreIssues: (count) => `…i jeszcze ${count}.`,
  feedEmpty: 'Plik nie ma jeszcze partnerów ani wydarzeń: widżety pokażą, że nie ma danych.',
  corsOk: 'Nagłówek CORS jest obecny: inne strony mogą wczytać ten plik.',
  corsMissing:
    'Plik działa tutaj, ale serwer nie wysyła nagłówka Access-Control-Allow-Origin, więc strony pod innymi adresami go nie wczytają. Poproś administratora serwera o dodanie nagłówka „Access-Control-Allow-Origin: *” dla tego pliku.',
  problemTitle: 'Z tym plikiem jest problem',
  problem: {
    'not-url': () => 'To nie jest pełny adres pliku. Wpisz go z https:// na początku, np. https://twoja-strona.pl/dane/feed.json.',
    unreachable: () =>
      'Nie można połączyć się z tym adresem. Sprawdź, czy adres jest wpisany poprawnie (z https://) i czy serwer działa.',
    http: (status) =>
      status === 404 || status === 410
        ? `Serwer odpowiedział błędem HTTP ${status}: pod tym adresem nie ma pliku. Sprawdź ścieżkę i czy plik został opublikowany.`
        : `Serwer odpowiedział błędem HTTP ${status ?? ''}: nie udostępnił pliku${status === 401 || status === 403 ? ' (brak dostępu: plik musi być publiczny)' : ''}. Sprawdź adres, a jeśli jest dobry, zapytaj administratora serwera.`,
    'not-json': () =>
      'Pod tym adresem nie ma pliku JSON (to na przykład strona HTML). Wskaż sam plik z danymi, np. przygotowany poleceniem „pdk-feed build”.',
    version: () =>
      'Plik ma inną wersję formatu niż obsługiwana (1). Przygotuj go ponownie narzędziem „pdk-feed build” albo użyj nowszej wersji widżetów.',
    invalid: () =>
      'To jest JSON, ale nie plik danych Partnerstwa (brakuje na przykład pola „version”). Sprawdź go poleceniem „pdk-feed validate”.',
    'no-cors': () =>
      'Serwer z plikiem nie pozwala innym stronom go czytać: brakuje nagłówka Access-Control-Allow-Origin (CORS). Poproś administratora tego serwera o dodanie nagłówka „Access-Control-Allow-Origin: *” dla pliku z danymi.',
  },
  optionsLegend: 'Ustawienia',
  layout: 'Układ',
  layouts: {grid: 'Siatka kart', list: 'Lista z opisami', logos: 'Ściana logotypów'},
  view: 'Widok',
  views: {month: 'Miesiąc', list: 'Lista nadchodzących wydarzeń'},
  month: 'Miesiąc początkowy',
  monthHint: 'Zostaw puste, aby pokazać bieżący miesiąc.',
  widgetLang: 'Język widżetu',
  widgetLangs: {'': 'Taki jak strona', pl: 'Polski', en: 'Angielski'},
  limitPartners: 'Ilu partnerów pokazać przed przyciskiem „Pokaż więcej”',
  limitEvents: 'Maksymalna liczba wydarzeń na liście',
  limitHint: '0: bez ograniczenia.',
  controlsPartners: 'Pokaż odwiedzającym wyszukiwarkę i filtry',
  controlsEvents: 'Pokaż odwiedzającym filtry (rodzaj, obszar, forma udziału) i przełącznik miesiąc / lista',
  past: 'Pokaż także minione wydarzenia',
  follow: 'Pokazuj tylko wydarzenia partnera wybranego na liście partnerów na tej samej stronie (wklej na nią także kod listy partnerów)',
  action: 'Adres serwera, który przyjmuje zgłoszenia (opcjonalnie, dla programistów)',
  actionHint: 'Adres internetowy (https://…) usługi, do której formularz wyśle zgłoszenie. Zostaw puste, aby użyć adresu z pliku danych albo e-maila.',
  actionProblem: {
    email: 'To adres e-mail: wpisz go w polu „Adres e-mail dla zgłoszeń” poniżej. Ten wpis nie trafi do kodu.',
    url: 'To nie jest adres internetowy: wpisz adres zaczynający się od https:// albo zostaw pole puste. Dopóki go nie poprawisz, nie trafi do kodu.',
  },
  email: 'Adres e-mail dla zgłoszeń (opcjonalnie)',
  emailHint: 'Zostaw puste, aby użyć adresu z pliku danych.',
  emailProblem: 'Wpisz adres e-mail w formacie nazwa@domena.pl. Dopóki go nie poprawisz, nie trafi do kodu.',
  filtersLegend: 'Pokaż tylko',
  filtersHint: 'Nic nie zaznaczono: widżet pokaże wszystko.',
  filtersNeedFeed: 'Filtry pojawią się, gdy plik z danymi zostanie poprawnie wczytany.',
  categories: 'Kategorie partnerów',
  areas: 'Obszary tematyczne',
  types: 'Rodzaje wydarzeń',
  partners: 'Organizatorzy (partnerzy)',
  themeLegend: 'Wygląd',
  accent: 'Kolor wiodący (przyciski, linki)',
  text: 'Kolor tekstu',
  bg: 'Kolor tła (jak tło strony pod widżetem)',
  radius: 'Zaokrąglenie rogów (em)',
  colourCode: 'kod szesnastkowy',
  colourCodeProblem: 'Wpisz kolor jako kod szesnastkowy, np. #1a7f5a.',
  fontNote: 'Krój pisma widżet przejmuje ze strony, na której go osadzisz.',
  contrastLegend: 'Kontrast (WCAG 2.1 AA wymaga co najmniej 4,5:1)',
  contrastPairs: {
    text: 'Tekst na tle',
    muted: 'Tekst drugorzędny',
    surface: 'Tekst na etykietach i wydarzeniach w kalendarzu',
    accent: 'Kolor wiodący (linki)',
    button: 'Napis na przyciskach',
    today: 'Tekst w dzisiejszym dniu',
    danger: 'Błędy i „odwołane”',
  },
  contrastPass: (ratio) => `${ratio} – wystarczający (AA)`,
  contrastFail: (ratio) => `${ratio} – za niski (poniżej AA)`,
  resetTheme: 'Przywróć domyślne kolory',
  previewHeading: 'Podgląd',
  width: 'Szerokość miejsca na stronie',
  widths: {sidebar: 'Pasek boczny (280 px)', column: 'Kolumna treści (640 px)', full: 'Pełna szerokość'},
  snippetHeading: 'Kod do wklejenia',
  base: 'Adres katalogu z plikami widżetów (dist/cdn)',
  baseHint: 'Zmień tylko wtedy, gdy pliki z tej wersji są opublikowane pod innym adresem.',
  baseProblem: 'To nie jest adres katalogu (https://…/dist/cdn/). Na razie kod używa adresu plików tego kreatora.',
  baseStatus: {
    checking: 'Sprawdzanie plików pod tym adresem…',
    unreadable: 'Nie udało się odczytać plików widżetów pod tym adresem (brak plików albo nagłówka CORS): kod z tym adresem może się nie wczytać.',
    'other-version': 'Pod tym adresem są inne pliki niż w tej wersji: przeglądarki odrzucą je (atrybut integrity). Opublikuj tam pliki tej wersji (dist/cdn) albo zostaw pole puste.',
    same: '✓ Pod tym adresem są pliki tej wersji.',
  },
  code: 'Kod HTML',
  copy: 'Kopiuj kod',
  codeWarning: {
    'no-feed': 'Ten kod jeszcze nie pokaże danych: wpisz adres pliku z danymi w części „Źródło danych”.',
    'feed-fails': 'Plik z danymi się nie wczytuje (zobacz „Źródło danych”): z tym kodem widżet pokaże komunikat o błędzie.',
  },
  copied: 'Skopiowano',
  copyFailed: 'Nie udało się skopiować. Zaznacz kod w polu i naciśnij Ctrl+C.',
  hashing: 'Obliczanie sum kontrolnych plików…',
  hashFailed: (detail) => `Nie udało się obliczyć sum kontrolnych (${detail}). Kod działa, ale bez zabezpieczenia integrity.`,
  sriNote:
    'Kod zawiera sumy kontrolne (integrity), dzięki którym przeglądarka sprawdzi, czy pliki widżetu nie zostały podmienione. Pasują tylko do tej wersji plików: po aktualizacji widżetów skopiuj kod ponownie.',
  styleNote:
    'Jeśli strona blokuje style w kodzie (nagłówek Content-Security-Policy), przenieś reguły z bloku <style> do arkusza stylów strony.',
  howToHeading: 'Jak wkleić kod',
  wordpressHeading: 'WordPress',
  wordpressSteps: [
    'Otwórz stronę lub wpis do edycji.',
    'Dodaj blok „Własny HTML” (Custom HTML): kliknij „+” i wpisz „HTML”.',
    'Wklej skopiowany kod do bloku i opublikuj zmiany.',
  ],
  cmsHeading: 'Serwis miasta (CMS)',
  cmsSteps: [
    'W edytorze strony dodaj blok lub moduł kodu HTML (np. „Własny kod HTML”).',
    'Wklej skopiowany kod w całości, bez zmian.',
    'Zapisz i sprawdź podgląd strony. Jeśli widżet się nie pojawia, poproś administratora o dopuszczenie skryptów z adresu plików widżetów.',
  ],
};

export const en: BuilderMessages = {
  title: 'Partnership for Climate widget code builder',
  intro: 'Choose a widget and its settings, check the preview, then copy the code and paste it into your page.',
  languageSwitch: 'Builder language',
  elementLegend: 'Widget',
  elementName: {
    'pdk-partner-list': 'Partner list',
    'pdk-event-calendar': 'Event calendar',
    'pdk-join-button': '“Join the Partnership” button',
  },
  elementHint: {
    'pdk-partner-list': 'Partners with logos, descriptions and their number of events.',
    'pdk-event-calendar': 'A month calendar or a list of upcoming events.',
    'pdk-join-button': 'A button that opens the form for joining the Partnership.',
  },
  feedLegend: 'Data source',
  feedLabel: 'Address of the data file (feed.json)',
  feedHint: 'The full address, starting with https://. It is checked when you leave the field or press Enter.',
  check: 'Check',
  checking: 'Checking the data file…',
  feedOk: 'The data file is reachable and valid.',
  feedCounts: (partners, events, areas) => `Partners: ${partners} · Events: ${events} · Themes: ${areas}`,
  feedIssues: (count) => (count === 0 ? 'No errors found in the data.' : `Errors in the data: ${count}. The widgets skip or correct those entries.`),
  feedOkWithProblems: 'The data file works, but some entries have errors.',
  showIssues: 'Show the errors (with their place in the file)',
  moreIssues: (count) => `…and ${count} more.`,
  feedEmpty: 'The file has no partners or events yet: the widgets will say there is nothing to show.',
  corsOk: 'The CORS header is present: other sites can read this file.',
  corsMissing:
    'The file works here, but its server sends no Access-Control-Allow-Origin header, so sites at other addresses cannot read it. Ask the server’s administrator to add “Access-Control-Allow-Origin: *” for this file.',
  problemTitle: 'There is a problem with this file',
  problem: {
    'not-url': () => 'This is not a full address. Type it with https:// at the start, e.g. https://your-site.org/data/feed.json.',
    unreachable: () =>
      'This address cannot be reached. Check that it is spelled correctly (with https://) and that the server is up.',
    http: (status) =>
      status === 404 || status === 410
        ? `The server answered with HTTP error ${status}: there is no file at this address. Check the path and that the file has been published.`
        : `The server answered with HTTP error ${status ?? ''}: it did not return the file${status === 401 || status === 403 ? ' (no access: the file must be public)' : ''}. Check the address; if it is right, ask the server's administrator.`,
    'not-json': () =>
      'There is no JSON file at this address (it is, for example, an HTML page). Give the address of the data file itself, such as one made with “pdk-feed build”.',
    version: () =>
      'The file is in another version of the format than the supported one (1). Make it again with “pdk-feed build”, or use a newer version of the widgets.',
    invalid: () =>
      'This is JSON, but not a Partnership data file (for example, “version” is missing). Check it with “pdk-feed validate”.',
    'no-cors': () =>
      'The file’s server does not let other sites read it: the Access-Control-Allow-Origin (CORS) header is missing. Ask that server’s administrator to add “Access-Control-Allow-Origin: *” for the data file.',
  },
  optionsLegend: 'Settings',
  layout: 'Layout',
  layouts: {grid: 'Card grid', list: 'List with descriptions', logos: 'Logo wall'},
  view: 'View',
  views: {month: 'Month', list: 'List of upcoming events'},
  month: 'First month shown',
  monthHint: 'Leave empty for the current month.',
  widgetLang: 'Widget language',
  widgetLangs: {'': 'Same as the page', pl: 'Polish', en: 'English'},
  limitPartners: 'How many partners to show before “Show more”',
  limitEvents: 'Maximum number of events in the list',
  limitHint: '0: no limit.',
  controlsPartners: 'Show visitors a search box and filters',
  controlsEvents: 'Show visitors filters (type, area, online or in person) and the month / list switch',
  past: 'Also show past events',
  follow: 'Show only the events of the partner chosen in a partner list on the same page (paste a partner list’s code there too)',
  action: 'Address of a server that takes applications (optional, for developers)',
  actionHint: 'The web address (https://…) of a service the form sends applications to. Leave empty to use the address in the data file, or email.',
  actionProblem: {
    email: 'This is an email address: type it in the “Email address for applications” field below. It does not go into the code.',
    url: 'This is not a web address: type one that starts with https://, or leave the field empty. It does not go into the code until it is corrected.',
  },
  email: 'Email address for applications (optional)',
  emailHint: 'Leave empty to use the address in the data file.',
  emailProblem: 'Type an email address such as name@example.org. It does not go into the code until it is corrected.',
  filtersLegend: 'Show only',
  filtersHint: 'Nothing ticked: the widget shows everything.',
  filtersNeedFeed: 'Filters appear once the data file has loaded correctly.',
  categories: 'Partner categories',
  areas: 'Themes',
  types: 'Event types',
  partners: 'Organisers (partners)',
  themeLegend: 'Appearance',
  accent: 'Accent colour (buttons, links)',
  text: 'Text colour',
  bg: 'Background colour (your page’s, behind the widget)',
  radius: 'Corner radius (em)',
  colourCode: 'hex code',
  colourCodeProblem: 'Type the colour as a hex code, e.g. #1a7f5a.',
  fontNote: 'The widget takes its font from the page you embed it in.',
  contrastLegend: 'Contrast (WCAG 2.1 AA asks for at least 4.5:1)',
  contrastPairs: {
    text: 'Text on background',
    muted: 'Secondary text',
    surface: 'Text on labels and calendar events',
    accent: 'Accent (links)',
    button: 'Text on buttons',
    today: "Text on today's day",
    danger: 'Errors and “cancelled”',
  },
  contrastPass: (ratio) => `${ratio} – enough (AA)`,
  contrastFail: (ratio) => `${ratio} – too low (below AA)`,
  resetTheme: 'Restore the default colours',
  previewHeading: 'Preview',
  width: 'Width of the place on the page',
  widths: {sidebar: 'Sidebar (280 px)', column: 'Content column (640 px)', full: 'Full width'},
  snippetHeading: 'Code to paste',
  base: 'Address of the folder with the widget files (dist/cdn)',
  baseHint: 'Change it only when the files of this version are published at another address.',
  baseProblem: 'This is not a folder address (https://…/dist/cdn/). Until it is, the code names this builder’s own files.',
  baseStatus: {
    checking: 'Checking the files at this address…',
    unreadable: 'The widget files at this address could not be read (no files, or no CORS header): code with this address may not load.',
    'other-version': 'The files at this address are not this version’s: browsers will refuse them (the integrity attribute). Publish this version’s files (dist/cdn) there, or leave the field empty.',
    same: '✓ The files at this address are this version’s.',
  },
  code: 'HTML code',
  copy: 'Copy code',
  codeWarning: {
    'no-feed': 'This code shows no data yet: enter the data file’s address under “Data source”.',
    'feed-fails': 'The data file does not load (see “Data source”): with this code the widget shows an error message.',
  },
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the code in the box and press Ctrl+C.',
  hashing: 'Computing the files’ checksums…',
  hashFailed: (detail) => `Could not compute the checksums (${detail}). The code works, but without integrity protection.`,
  sriNote:
    'The code holds checksums (integrity) with which the browser checks that the widget’s files have not been tampered with. They fit this version of the files only: after the widgets are updated, copy the code again.',
  styleNote:
    'If your site blocks inline styles (a Content-Security-Policy header), move the rules of the <style> block into your site’s stylesheet.',
  howToHeading: 'How to paste the code',
  wordpressHeading: 'WordPress',
  wordpressSteps: [
    'Open the page or post for editing.',
    'Add a “Custom HTML” block: click “+” and type “HTML”.',
    'Paste the copied code into the block and publish.',
  ],
  cmsHeading: 'The city’s website (CMS)',
  cmsSteps: [
    'In the page editor, add an HTML code block or module (such as “Custom HTML”).',
    'Paste the copied code whole, unchanged.',
    'Save and check the page preview. If the widget does not appear, ask the administrator to allow scripts from the widget files’ address.',
  ],
};
