/**
 * The demonstration feed: the four real areas of Partnerstwo dla Klimatu,
 * the real coordinator (BOPIPK) and ~36 FICTIONAL partner organisations and
 * ~50 fictional events placed relative to a given day, so a demo always has
 * something happening "this week".
 *
 * Every partner and event, and the feed itself, carries
 * `"_demo": "Dane demonstracyjne / demonstration data"` (unknown fields are
 * ignored by the validator), and descriptions say the organisation is fictional.
 *
 * Deterministic: the same `today` always gives the same feed. No dependencies.
 *
 * @example
 *   import {makeSampleFeed} from './scripts/feeds/sample-feed.mjs';
 *   const feed = makeSampleFeed('2026-12-01');
 */

export const TIME_ZONE = 'Europe/Warsaw';
export const DEMO_MARK = 'Dane demonstracyjne / demonstration data';

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------
// Dates in Europe/Warsaw
// ---------------------------------------------------------------------------

/** @type {Map<string, Intl.DateTimeFormat>} */
const offsetFormatters = new Map();

/**
 * The zone's UTC offset at an instant, in minutes (Warsaw: 60 in winter, 120 in summer).
 * @param {number} ms
 * @param {string} [timeZone]
 */
export function offsetMinutesAt(ms, timeZone = TIME_ZONE) {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {timeZone, timeZoneName: 'longOffset'});
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /^GMT(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/.exec(name);
  if (!m) throw new Error(`Unexpected offset name "${name}"`);
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '-' ? -minutes : minutes;
}

/** @param {number} minutes */
function formatOffset(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * @param {string} day `YYYY-MM-DD`
 * @returns {number} midnight UTC of that day
 */
export function dayToUtc(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new RangeError(`Not a date (YYYY-MM-DD): ${day}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(ms).toISOString().slice(0, 10) !== day) throw new RangeError(`Not a real day: ${day}`);
  return ms;
}

/**
 * @param {string} day `YYYY-MM-DD`
 * @param {number} days
 */
export function addDays(day, days) {
  return new Date(dayToUtc(day) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Day of the week, Monday = 0.
 * @param {string} day
 */
export function weekdayMondayFirst(day) {
  return (new Date(dayToUtc(day)).getUTCDay() + 6) % 7;
}

/**
 * A wall-clock time in the zone as an ISO date-time with the zone's offset for
 * that moment, e.g. `2026-12-04T18:00:00+01:00` or `2026-06-04T18:00:00+02:00`.
 * @param {string} day `YYYY-MM-DD`
 * @param {string} time `HH:MM`
 * @param {string} [timeZone]
 */
export function zonedDateTime(day, time, timeZone = TIME_ZONE) {
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!t) throw new RangeError(`Not a time (HH:MM): ${time}`);
  const wall = dayToUtc(day) + (Number(t[1]) * 60 + Number(t[2])) * 60_000;
  // The offset at "wall read as UTC" is right except within hours of a DST
  // change; one correction step settles it.
  let offset = offsetMinutesAt(wall, timeZone);
  const corrected = offsetMinutesAt(wall - offset * 60_000, timeZone);
  if (corrected !== offset) offset = corrected;
  return `${day}T${time}:00${formatOffset(offset)}`;
}

/**
 * Today's date in the zone.
 * @param {number} [now]
 * @param {string} [timeZone]
 */
export function todayIn(now = Date.now(), timeZone = TIME_ZONE) {
  const parts = new Intl.DateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(now);
  /** @param {string} type */
  const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

// ---------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------

/** @typedef {string | {pl?: string, en?: string}} Text */

/** @type {{id: string, name: {pl: string, en: string}}[]} */
export const AREAS = [
  {id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}},
  {id: 'renewable-energy', name: {pl: 'Odnawialne źródła energii', en: 'Renewable energy'}},
  {id: 'eco-transport', name: {pl: 'Ekologiczny transport', en: 'Eco-friendly transport'}},
  {id: 'eco-lifestyle', name: {pl: 'Ekologiczny styl życia', en: 'Ecological lifestyle'}},
];

const EE = 'energy-efficiency';
const RE = 'renewable-energy';
const TR = 'eco-transport';
const LS = 'eco-lifestyle';

// ---------------------------------------------------------------------------
// Partners
// ---------------------------------------------------------------------------

const FICTIONAL_PL = 'Organizacja fikcyjna – dane demonstracyjne.';
const FICTIONAL_EN = 'Fictional organisation – demonstration data.';

/**
 * @typedef {object} PartnerSeed
 * @property {string} id
 * @property {string} name
 * @property {string} category
 * @property {string[]} areas
 * @property {string} since
 * @property {boolean} logo
 * @property {string | [string, string]} [about] Polish text, or [pl, en]; omitted: no description
 */

/** @type {PartnerSeed[]} */
const PARTNERS = [
  // --- government -----------------------------------------------------------
  {
    id: 'krajowe-biuro-transformacji',
    name: 'Krajowe Biuro Transformacji Energetycznej',
    category: 'government',
    areas: [RE, EE],
    since: '2019-03-15',
    logo: true,
    about: [
      'Wspiera samorządy w odchodzeniu od węgla: doradztwo, analizy i programy pilotażowe.',
      'Helps local governments move away from coal with advice, analyses and pilot programmes.',
    ],
  },
  {
    id: 'urzad-czystego-powietrza',
    name: 'Urząd do spraw Czystego Powietrza',
    category: 'government',
    areas: [EE, TR],
    since: '2020-01-10',
    logo: false,
    about: 'Prowadzi krajowe kampanie o jakości powietrza i wymianie starych pieców.',
  },
  {
    id: 'agencja-efektywnosci-budynkow',
    name: 'Państwowa Agencja Efektywności Budynków',
    category: 'government',
    areas: [EE],
    since: '2021-06-01',
    logo: false,
    about: [
      'Certyfikacja energetyczna budynków i szkolenia dla zarządców nieruchomości.',
      'Energy certification of buildings and training for property managers.',
    ],
  },
  // --- local government -----------------------------------------------------
  {
    id: 'bopipk',
    name: 'Biuro Ochrony Powietrza i Polityki Klimatycznej Urzędu m.st. Warszawy',
    category: 'local-government',
    areas: [EE, RE, TR, LS],
    since: '2018-09-01',
    logo: false,
    about: [
      'Koordynator Partnerstwa dla Klimatu. (Opis przykładowy – dane demonstracyjne.)',
      'Coordinator of the Partnership for Climate. (Sample description – demonstration data.)',
    ],
  },
  {
    id: 'srodmiejski-zespol-zieleni',
    name: 'Śródmiejski Zespół Zieleni i Retencji',
    category: 'local-government',
    areas: [LS],
    since: '2022-04-22',
    logo: true,
    about: 'Zazielenia podwórka i ulice, buduje ogrody deszczowe i niecki retencyjne.',
  },
  {
    id: 'wawerskie-centrum-energii',
    name: 'Wawerskie Centrum Energii Lokalnej',
    category: 'local-government',
    areas: [RE, EE],
    since: '2023-02-01',
    logo: true,
  },
  {
    id: 'lodzkie-biuro-energii',
    name: 'Łódzkie Miejskie Biuro Energii',
    category: 'local-government',
    areas: [EE, RE],
    since: '2021-10-12',
    logo: true,
    about: [
      'Partner z miasta partnerskiego: dzieli się doświadczeniem z termomodernizacji kamienic.',
      'A partner from a sister city, sharing its experience of retrofitting tenement houses.',
    ],
  },
  // --- embassies (fictional states) ------------------------------------------
  {
    id: 'ambasada-borealii',
    name: 'Ambasada Republiki Borealii',
    category: 'embassy',
    areas: [RE, TR],
    since: '2019-11-05',
    logo: true,
    about: [
      'Przedstawicielstwo fikcyjnego państwa; promuje morską energetykę wiatrową i kolej.',
      'Mission of a fictional country promoting offshore wind and rail.',
    ],
  },
  {
    id: 'ambasada-arvenii',
    name: 'Ambasada Królestwa Arvenii',
    category: 'embassy',
    areas: [TR, LS],
    since: '2020-05-20',
    logo: true,
    about: [
      'Przedstawicielstwo fikcyjnego państwa; dzieli się doświadczeniem miast rowerowych.',
      'Mission of a fictional country sharing how its cities became cycling cities.',
    ],
  },
  {
    id: 'ambasada-solandii',
    name: 'Ambasada Federacji Solandii',
    category: 'embassy',
    areas: [RE],
    since: '2024-01-15',
    logo: false,
  },
  // --- NGOs -----------------------------------------------------------------
  {
    id: 'zielona-praga',
    name: 'Zielona Praga – Fundacja Podwórek',
    category: 'ngo',
    areas: [LS],
    since: '2018-10-01',
    logo: true,
    about: [
      'Zamienia betonowe podwórka Pragi w zielone miejsca spotkań sąsiadów.',
      'Turns concrete courtyards in Praga into green places where neighbours meet.',
    ],
  },
  {
    id: 'rowerowa-wola',
    name: 'Stowarzyszenie Rowerowa Wola',
    category: 'ngo',
    areas: [TR],
    since: '2018-12-03',
    logo: true,
    about: [
      'Bezpieczne drogi rowerowe, parkingi dla rowerów i nauka jazdy dla dorosłych.',
      'Safe cycle routes, bike parking and cycling lessons for adults.',
    ],
  },
  {
    id: 'osma-linia',
    name: 'Ósma Linia – Stowarzyszenie Pasażerów',
    category: 'ngo',
    areas: [TR],
    since: '2019-07-19',
    logo: true,
    about: 'Rzecznik pasażerów komunikacji miejskiej: rozkłady, buspasy, dostępność przystanków.',
  },
  {
    id: 'laczka',
    name: 'Łączka – Fundacja Ogrodów Społecznych',
    category: 'ngo',
    areas: [LS],
    since: '2020-03-21',
    logo: true,
    about: [
      'Zakłada i prowadzi ogrody społeczne, kompostowniki i łąki kwietne.',
      'Sets up and runs community gardens, compost sites and wildflower meadows.',
    ],
  },
  {
    id: 'zrodlo',
    name: 'Źródło – Fundacja Czystej Wody',
    category: 'ngo',
    areas: [LS],
    since: '2022-08-08',
    logo: false,
    about: 'Kranówka zamiast butelek, sprzątanie brzegów Wisły i edukacja o retencji.',
  },
  {
    id: 'fundacja-lodz-warszawa',
    name: 'Fundacja Klimatyczna Łódź–Warszawa',
    category: 'ngo',
    areas: [EE, RE],
    since: '2021-01-25',
    logo: true,
    about: [
      'Łączy mieszkańców Łodzi i Warszawy, którzy zakładają spółdzielnie energetyczne.',
      'Connects people in Łódź and Warsaw who set up energy cooperatives.',
    ],
  },
  {
    id: 'sasiedzki-alarm-smogowy',
    name: 'Sąsiedzki Alarm Smogowy',
    category: 'ngo',
    areas: [EE, LS],
    since: '2019-01-14',
    logo: false,
  },
  // --- institutions -----------------------------------------------------------
  {
    id: 'instytut-klimatu-miejskiego',
    name: 'Instytut Badań Klimatu Miejskiego',
    category: 'institution',
    areas: [EE, RE, TR, LS],
    since: '2018-11-15',
    logo: true,
    about: [
      'Mierzy miejskie wyspy ciepła i doradza, jak projektować chłodniejsze ulice.',
      'Measures urban heat islands and advises on designing cooler streets.',
    ],
  },
  {
    id: 'muzeum-energii',
    name: 'Muzeum Energii na Woli',
    category: 'institution',
    areas: [RE, EE],
    since: '2020-09-30',
    logo: true,
    about: 'Muzeum o tym, skąd Warszawa brała i bierze energię – od gazowni po panele na dachach.',
  },
  {
    id: 'zeranskie-laboratorium-wodoru',
    name: 'Żerańskie Laboratorium Wodoru',
    category: 'institution',
    areas: [RE, TR],
    since: '2023-05-11',
    logo: true,
    about: [
      'Bada magazynowanie energii w wodorze i napędy wodorowe dla autobusów.',
      'Researches hydrogen energy storage and hydrogen drives for buses.',
    ],
  },
  {
    id: 'mokotowska-biblioteka',
    name: 'Mokotowska Biblioteka Zielonej Wiedzy',
    category: 'institution',
    areas: [LS, EE],
    since: '2021-04-01',
    logo: false,
    about: 'Wypożycza mierniki zużycia prądu i kamery termowizyjne; prowadzi klub czytelniczy o klimacie.',
  },
  // --- business -------------------------------------------------------------
  {
    id: 'srodmiejska-spoldzielnia-energetyczna',
    name: 'Śródmiejska Spółdzielnia Energetyczna',
    category: 'business',
    areas: [RE],
    since: '2022-01-01',
    logo: true,
    about: [
      'Spółdzielnia mieszkańców, która buduje wspólne instalacje fotowoltaiczne na dachach.',
      'A residents’ cooperative that builds shared rooftop solar installations.',
    ],
  },
  {
    id: 'sloneczne-dachy',
    name: 'Słoneczne Dachy sp. z o.o.',
    category: 'business',
    areas: [RE],
    since: '2019-06-21',
    logo: true,
    about: [
      'Projektuje i montuje fotowoltaikę na budynkach wielorodzinnych.',
      'Designs and installs solar panels on apartment buildings.',
    ],
  },
  {
    id: 'ogrody-deszczowe',
    name: 'Ogrody Deszczowe sp. z o.o.',
    category: 'business',
    areas: [LS],
    since: '2023-03-22',
    logo: true,
  },
  {
    id: 'cwierc-wata',
    name: 'Ćwierć Wata Studio Projektowe',
    category: 'business',
    areas: [EE],
    since: '2024-02-14',
    logo: true,
    about: 'Pracownia projektująca energooszczędne wnętrza i oświetlenie.',
  },
  {
    id: 'elektryczne-dostawy-wisla',
    name: 'Elektryczne Dostawy Wisła sp. z o.o.',
    category: 'business',
    areas: [TR],
    since: '2021-09-09',
    logo: true,
    about: [
      'Dostawy ostatniej mili rowerami cargo i elektrycznymi furgonetkami.',
      'Last-mile deliveries by cargo bike and electric van.',
    ],
  },
  {
    id: 'ciepla-kamienica',
    name: 'Ciepła Kamienica S.A.',
    category: 'business',
    areas: [EE],
    since: '2020-10-15',
    logo: false,
    about: [
      'Termomodernizacja zabytkowych kamienic bez utraty ich charakteru.',
      'Energy retrofits of historic tenement houses that keep their character.',
    ],
  },
  // --- education ------------------------------------------------------------
  {
    id: 'sp-zielone-pole',
    name: 'Szkoła Podstawowa „Zielone Pole”',
    category: 'education',
    areas: [LS, EE],
    since: '2019-09-02',
    logo: true,
    about: 'Szkoła, w której uczniowie sami mierzą zużycie energii i prowadzą szkolny ogród.',
  },
  {
    id: 'lesna-akademia-dzieci',
    name: 'Leśna Akademia Dzieci',
    category: 'education',
    areas: [LS],
    since: '2022-06-01',
    logo: true,
    about: [
      'Zajęcia przyrodnicze na świeżym powietrzu dla dzieci w wieku 5–12 lat.',
      'Outdoor nature classes for children aged 5 to 12.',
    ],
  },
  {
    id: 'akademia-mlodych-energetykow',
    name: 'Akademia Młodych Energetyków',
    category: 'education',
    areas: [RE, EE],
    since: '2020-02-10',
    logo: false,
  },
  {
    id: 'lazienkowska-pracownia',
    name: 'Łazienkowska Pracownia Ekologiczna',
    category: 'education',
    areas: [LS],
    since: '2021-05-05',
    logo: true,
    about: [
      'Pracownia edukacji ekologicznej dla szkół: lekcje terenowe, warsztaty i konkursy.',
      'An environmental education studio for schools: field lessons, workshops and contests.',
    ],
  },
  {
    id: 'otwarty-uniwersytet-klimatyczny',
    name: 'Otwarty Uniwersytet Klimatyczny',
    category: 'education',
    areas: [EE, RE, TR, LS],
    since: '2023-10-01',
    logo: false,
    about: 'Bezpłatne wykłady o klimacie dla dorosłych i seniorów.',
  },
  // --- other ----------------------------------------------------------------
  {
    id: 'zoliborska-rada-klimatyczna',
    name: 'Żoliborska Rada Klimatyczna Mieszkańców',
    category: 'other',
    areas: [LS, TR],
    since: '2022-11-19',
    logo: true,
    about: [
      'Nieformalna rada mieszkańców, która opiniuje zmiany na osiedlach pod kątem klimatu.',
      'An informal residents’ council that reviews neighbourhood changes with the climate in mind.',
    ],
  },
  {
    id: 'wspolnota-energetyczna-bialoleka',
    name: 'Lokalna Wspólnota Energetyczna Białołęka',
    category: 'other',
    areas: [RE],
    since: '2024-04-18',
    logo: false,
    about: 'Sąsiedzi, którzy wspólnie kupują zieloną energię i planują magazyn energii dla osiedla.',
  },
  {
    id: 'kooperatywa-bielany',
    name: 'Kooperatywa Spożywcza Bielany',
    category: 'other',
    areas: [LS],
    since: '2019-04-04',
    logo: false,
  },
  {
    id: 'zielony-ursynow',
    name: 'Zielony Ursynów – Ruch Sąsiedzki',
    category: 'other',
    areas: [LS, TR],
    since: '2021-03-01',
    logo: true,
    about: [
      'Ruch mieszkańców Ursynowa: sadzenie drzew, ochrona skwerów i bezpieczne drogi do szkół.',
      'A Ursynów residents’ movement: tree planting, protecting green squares and safe routes to school.',
    ],
  },
  {
    id: 'ekipa-naprawcza',
    name: 'Ekipa Naprawcza – Kawiarnia Napraw',
    category: 'other',
    areas: [LS],
    since: '2020-07-07',
    logo: true,
    about: [
      'Co miesiąc wolontariusze pomagają naprawić sprzęt, ubrania i rowery zamiast je wyrzucać.',
      'Every month volunteers help people repair appliances, clothes and bikes instead of throwing them away.',
    ],
  },
];

/** Partner ids that have a logo in `sample/logos/<id>.svg`. */
export const LOGO_PARTNER_IDS = PARTNERS.filter((p) => p.logo).map((p) => p.id);

/** @param {PartnerSeed} p */
function partnerEntry(p) {
  /** @type {Record<string, unknown>} */
  const entry = {
    id: p.id,
    name: p.name,
    category: p.category,
    areas: p.areas,
    url: p.id === 'bopipk' ? 'https://um.warszawa.pl/' : `https://example.org/partnerzy/${p.id}`,
  };
  if (p.logo) entry.logo = `logos/${p.id}.svg`;
  if (Array.isArray(p.about)) {
    const real = p.id === 'bopipk';
    entry.description = {
      pl: real ? p.about[0] : `${p.about[0]} ${FICTIONAL_PL}`,
      en: real ? p.about[1] : `${p.about[1]} ${FICTIONAL_EN}`,
    };
  } else if (typeof p.about === 'string') {
    entry.description = `${p.about} ${FICTIONAL_PL}`;
  }
  entry.since = p.since;
  entry._demo = DEMO_MARK;
  return entry;
}

// ---------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------

/** @type {Record<string, {name: string, address: string}>} */
const PLACES = {
  targowa: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, 03-733 Warszawa'},
  pkin: {name: 'Pałac Kultury i Nauki', address: 'pl. Defilad 1, 00-901 Warszawa'},
  kopernik: {name: 'Centrum Nauki Kopernik', address: 'Wybrzeże Kościuszkowskie 20, 00-390 Warszawa'},
  ratusz: {name: 'Urząd m.st. Warszawy, sala konferencyjna', address: 'pl. Bankowy 3/5, 00-950 Warszawa'},
  politechnika: {name: 'Politechnika Warszawska, Gmach Główny', address: 'pl. Politechniki 1, 00-661 Warszawa'},
  bulwary: {name: 'Bulwary Wiślane, przy Centrum Nauki Kopernik', address: 'Bulwar Flotylli Wiślanej, Warszawa'},
  polemokotowskie: {name: 'Park Pole Mokotowskie, wejście od al. Niepodległości', address: 'al. Niepodległości, Warszawa'},
  kopiec: {name: 'Kopiec Powstania Warszawskiego', address: 'ul. Bartycka, Warszawa'},
  muranow: {name: 'Kino Muranów', address: 'ul. gen. Władysława Andersa 5, 00-147 Warszawa'},
  expo: {name: 'EXPO XXI Warszawa', address: 'ul. Prądzyńskiego 12/14, 01-222 Warszawa'},
  plac: {name: 'Plac Zamkowy', address: 'pl. Zamkowy, Warszawa'},
  // Fictional venues of fictional partners:
  muzeum: {name: 'Muzeum Energii na Woli (fikcyjne)', address: 'ul. Kasprzaka 15, Warszawa'},
  biblioteka: {name: 'Mokotowska Biblioteka Zielonej Wiedzy (fikcyjna)', address: 'ul. Przykładowa 12, Warszawa'},
  szkola: {name: 'Szkoła Podstawowa „Zielone Pole” (fikcyjna)', address: 'ul. Przykładowa 7, Warszawa'},
  laboratorium: {name: 'Żerańskie Laboratorium Wodoru (fikcyjne)', address: 'ul. Modlińska 200, Warszawa'},
  ogrod: {name: 'Ogród społeczny Łączka (fikcyjny)', address: 'ul. Przykładowa 3, Warszawa'},
};

// ---------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------

/**
 * When an event happens. `d` is a day offset from today; `w` (0–6) pins the
 * event to that weekday of the current Monday-first week instead.
 * `at`/`until` are `HH:MM`; `endD` is the day offset of the end from today (for a `w`
 * event: from its start day); default: the start day.
 * Without `at` the event is all-day; with `endD` as well it spans days (inclusive).
 * @typedef {{d?: number, w?: number, at?: string, until?: string, endD?: number}} When
 */

/**
 * @typedef {object} EventSeed
 * @property {string} slug
 * @property {string} type
 * @property {string | [string, string]} title Polish text, or [pl, en]
 * @property {When} when
 * @property {string} [place] key of PLACES
 * @property {boolean} [online]
 * @property {string[]} partners
 * @property {string[]} areas
 * @property {string | [string, string]} [about]
 * @property {boolean} [cancelled]
 */

/** @type {EventSeed[]} */
const EVENTS = [
  // --- the past three weeks ---------------------------------------------------
  {
    slug: 'forum-efektywnosci-budynkow',
    type: 'conference',
    title: ['Forum Efektywności Energetycznej Budynków', 'Building Energy Efficiency Forum'],
    when: {d: -20, at: '09:00', endD: -19, until: '16:30'},
    place: 'pkin',
    partners: ['agencja-efektywnosci-budynkow', 'bopipk', 'instytut-klimatu-miejskiego'],
    areas: [EE],
    about: [
      'Dwa dni o termomodernizacji, audytach i finansowaniu remontów budynków wielorodzinnych.',
      'Two days on retrofits, energy audits and financing renovations of apartment buildings.',
    ],
  },
  {
    slug: 'warsztaty-swiadectwo-energetyczne',
    type: 'workshop',
    title: ['Jak czytać świadectwo charakterystyki energetycznej?', 'How to read an energy performance certificate'],
    when: {d: -18, at: '17:00', until: '19:00'},
    place: 'biblioteka',
    partners: ['mokotowska-biblioteka', 'ciepla-kamienica'],
    areas: [EE],
    about: 'Praktyczne warsztaty dla właścicieli mieszkań i wspólnot mieszkaniowych.',
  },
  {
    slug: 'sprzatanie-brzegow-wisly',
    type: 'happening',
    title: ['Sprzątanie brzegów Wisły', 'Vistula riverbank clean-up'],
    when: {d: -16},
    place: 'bulwary',
    partners: ['zrodlo', 'zielona-praga'],
    areas: [LS],
    about: [
      'Cały dzień sprzątania praskiego brzegu. Rękawice i worki zapewniamy.',
      'A whole day of cleaning the Praga riverbank. Gloves and bags provided.',
    ],
  },
  {
    slug: 'wystawa-energia-miasta',
    type: 'exhibition',
    title: ['Wystawa „Energia miasta”', 'Exhibition: “The Energy of the City”'],
    when: {d: -15, endD: 12},
    place: 'muzeum',
    partners: ['muzeum-energii', 'srodmiejska-spoldzielnia-energetyczna'],
    areas: [RE, EE],
    about: [
      'Jak zmieniało się zasilanie Warszawy – od gazowni i elektrowni węglowych po spółdzielnie energetyczne.',
      'How Warsaw’s power supply changed, from gasworks and coal plants to energy cooperatives.',
    ],
  },
  {
    slug: 'debata-strefa-czystego-transportu',
    type: 'debate',
    title: ['Strefa czystego transportu – co dalej?', 'Clean transport zone: what next?'],
    when: {d: -13, at: '18:00', until: '20:00'},
    place: 'targowa',
    online: true,
    partners: ['osma-linia', 'rowerowa-wola', 'urzad-czystego-powietrza'],
    areas: [TR],
    about: 'Debata z udziałem ekspertów i mieszkańców; transmisja na żywo w internecie.',
  },
  {
    slug: 'webinar-fotowoltaika-na-bloku',
    type: 'workshop',
    title: 'Webinar: fotowoltaika na dachu bloku',
    when: {d: -11, at: '18:00', until: '19:30'},
    online: true,
    partners: ['sloneczne-dachy', 'srodmiejska-spoldzielnia-energetyczna'],
    areas: [RE],
    about: 'Krok po kroku: od uchwały wspólnoty do pierwszej kilowatogodziny.',
  },
  {
    slug: 'spotkanie-sieciujace-partnerow',
    type: 'other',
    title: ['Spotkanie sieciujące partnerów', 'Partners’ networking meeting'],
    when: {d: -9, at: '16:00', until: '18:00'},
    place: 'ratusz',
    partners: ['bopipk'],
    areas: [EE, RE, TR, LS],
    about: [
      'Poznaj inne organizacje Partnerstwa i zaplanuj wspólne działania na kolejny kwartał.',
      'Meet other organisations in the Partnership and plan joint activities for the next quarter.',
    ],
  },
  {
    slug: 'rowerowa-masa-krytyczna',
    type: 'happening',
    title: ['Rowerowa masa krytyczna dla klimatu', 'Critical Mass ride for the climate'],
    when: {d: -7, at: '18:00', until: '21:00'},
    place: 'plac',
    partners: ['rowerowa-wola'],
    areas: [TR],
    about: 'Przejazd odwołany z powodu prognozowanej wichury.',
    cancelled: true,
  },
  {
    slug: 'konferencja-wodor-w-transporcie',
    type: 'conference',
    title: ['Wodór w transporcie miejskim', 'Hydrogen in urban transport'],
    when: {d: -6, at: '10:00', until: '15:00'},
    place: 'politechnika',
    partners: ['zeranskie-laboratorium-wodoru', 'krajowe-biuro-transformacji', 'ambasada-borealii'],
    areas: [TR, RE],
    about: [
      'Wyniki testów autobusów wodorowych i plany stacji tankowania w Warszawie.',
      'Results of hydrogen bus trials and plans for refuelling stations in Warsaw.',
    ],
  },
  {
    slug: 'naprawiamy-rowery',
    type: 'workshop',
    title: ['Naprawiamy rowery przed zimą', 'Getting bikes ready for winter'],
    when: {d: -4, at: '11:00', until: '15:00'},
    place: 'targowa',
    partners: ['ekipa-naprawcza', 'rowerowa-wola'],
    areas: [TR, LS],
    about: 'Przynieś rower – pokażemy, jak wyregulować hamulce, wymienić dętkę i zadbać o łańcuch.',
  },
  {
    slug: 'kino-klimatyczne-miasto-po-weglu',
    type: 'other',
    title: ['Kino klimatyczne: „Miasto po węglu”', 'Climate cinema: “The City After Coal”'],
    when: {d: -3, at: '19:00', until: '21:30'},
    place: 'muranow',
    partners: ['fundacja-lodz-warszawa', 'muzeum-energii'],
    areas: [RE],
    about: [
      'Pokaz fikcyjnego dokumentu i rozmowa z twórcami.',
      'A screening of a fictional documentary followed by a talk with the makers.',
    ],
  },
  {
    slug: 'debata-ubostwo-energetyczne',
    type: 'debate',
    title: ['Ceny energii a ubóstwo energetyczne', 'Energy prices and energy poverty'],
    when: {d: -2, at: '18:00', until: '19:30'},
    online: true,
    partners: ['fundacja-lodz-warszawa', 'lodzkie-biuro-energii'],
    areas: [EE],
    about: 'Debata online: jak pomóc gospodarstwom domowym, które nie mogą sobie pozwolić na ogrzewanie.',
  },
  {
    slug: 'kompostowanie-na-balkonie',
    type: 'workshop',
    title: ['Kompostowanie na balkonie', 'Composting on your balcony'],
    when: {d: -1, at: '17:30', until: '19:00'},
    place: 'ogrod',
    partners: ['kooperatywa-bielany', 'laczka'],
    areas: [LS],
    about: [
      'Budujemy kompostownik skrzynkowy i wermikompostownik z dżdżownicami.',
      'We build a box composter and a worm composter.',
    ],
  },
  // --- pinned to the current week (Monday-first) -----------------------------------
  {
    slug: 'dyzur-klimatyczny',
    type: 'other',
    title: ['Dyżur klimatyczny: konsultacje dla partnerów', 'Climate office hours for partners'],
    when: {w: 0, at: '10:00', until: '14:00'},
    place: 'ratusz',
    online: true,
    partners: ['bopipk'],
    areas: [EE, RE, TR, LS],
    about: [
      'Zapytaj o współpracę, wspólne wydarzenia i promocję działań w Partnerstwie.',
      'Ask about cooperation, joint events and promoting your work through the Partnership.',
    ],
  },
  {
    slug: 'klimat-na-lekcji',
    type: 'workshop',
    title: ['Klimat na lekcji – warsztaty dla nauczycieli', 'Climate in the classroom: a workshop for teachers'],
    when: {w: 2, at: '15:00', until: '18:00'},
    place: 'kopernik',
    partners: ['akademia-mlodych-energetykow', 'sp-zielone-pole', 'instytut-klimatu-miejskiego'],
    areas: [LS, EE],
    about: 'Gotowe scenariusze lekcji i doświadczenia do przeprowadzenia w każdej klasie.',
  },
  {
    slug: 'zielona-sobota-na-pradze',
    type: 'happening',
    title: ['Zielona sobota na Pradze', 'Green Saturday in Praga'],
    when: {w: 5},
    place: 'targowa',
    partners: ['zielona-praga', 'ekipa-naprawcza'],
    areas: [LS],
    about: [
      'Wymiana roślin, kawiarnia napraw i spacer po zazielenionych podwórkach.',
      'A plant swap, a repair café and a walk through greened courtyards.',
    ],
  },
  {
    slug: 'gielda-roslin-i-nasion',
    type: 'other',
    title: 'Giełda roślin i nasion',
    when: {w: 6, at: '10:00', until: '14:00'},
    place: 'ogrod',
    partners: ['laczka', 'zoliborska-rada-klimatyczna'],
    areas: [LS],
    about: 'Przynieś sadzonki i nasiona, wymień się z sąsiadami.',
  },
  // --- today ---------------------------------------------------------------------
  {
    slug: 'sniadanie-z-efektywnoscia',
    type: 'workshop',
    title: 'Śniadanie z efektywnością energetyczną',
    when: {d: 0, at: '08:00', until: '09:30'},
    place: 'targowa',
    partners: ['cwierc-wata', 'ciepla-kamienica'],
    areas: [EE],
    about: 'Krótkie prezentacje i kawa: jak obniżyć rachunki w biurze.',
  },
  {
    slug: 'dzien-otwarty-laboratorium-wodoru',
    type: 'other',
    title: ['Dzień otwarty Laboratorium Wodoru', 'Hydrogen Lab open day'],
    when: {d: 0},
    place: 'laboratorium',
    partners: ['zeranskie-laboratorium-wodoru'],
    areas: [RE, TR],
    about: [
      'Zwiedzanie laboratorium, pokazy ogniw paliwowych i rozmowy z naukowcami.',
      'Lab tours, fuel cell demonstrations and talks with researchers.',
    ],
  },
  {
    slug: 'debata-spoldzielnie-energetyczne',
    type: 'debate',
    title: ['Czy Warszawa potrzebuje spółdzielni energetycznych?', 'Does Warsaw need energy cooperatives?'],
    when: {d: 0, at: '18:00', until: '20:00'},
    place: 'pkin',
    online: true,
    partners: ['srodmiejska-spoldzielnia-energetyczna', 'wspolnota-energetyczna-bialoleka', 'bopipk'],
    areas: [RE],
    about: [
      'Mieszkańcy, urzędnicy i eksperci o tym, jak wspólnie produkować i dzielić się energią.',
      'Residents, officials and experts on producing and sharing energy together.',
    ],
  },
  // --- the next days -------------------------------------------------------------
  {
    slug: 'noc-ciemnego-nieba',
    type: 'happening',
    title: ['Noc ciemnego nieba – obserwacje astronomiczne', 'Dark-sky night: stargazing'],
    when: {d: 1, at: '00:30', until: '01:45'},
    place: 'kopiec',
    partners: ['lesna-akademia-dzieci', 'zoliborska-rada-klimatyczna'],
    areas: [LS, EE],
    about: [
      'Po północy gasimy zbędne światła i oglądamy niebo przez teleskopy. Mówimy o zanieczyszczeniu światłem.',
      'After midnight we switch off needless lights and watch the sky through telescopes, and talk about light pollution.',
    ],
  },
  {
    slug: 'konferencja-efektywnosc-w-szkolach',
    type: 'conference',
    title: ['Efektywność energetyczna w szkołach', 'Energy efficiency in schools'],
    when: {d: 1, at: '09:00', until: '13:00'},
    online: true,
    partners: ['agencja-efektywnosci-budynkow', 'sp-zielone-pole'],
    areas: [EE],
    about: 'Konferencja online dla dyrektorów szkół i zarządców budynków oświatowych.',
  },
  {
    slug: 'nocny-maraton-naprawczy',
    type: 'workshop',
    title: ['Nocny maraton naprawczy', 'Night-time repair marathon'],
    when: {d: 2, at: '20:00', endD: 3, until: '01:00'},
    place: 'targowa',
    partners: ['ekipa-naprawcza', 'cwierc-wata'],
    areas: [LS],
    about: [
      'Naprawiamy do pierwszej w nocy: lampy, tostery, suwaki i rowery.',
      'We fix things until 1 a.m.: lamps, toasters, zips and bikes.',
    ],
  },
  // --- the crowded day (today + 3) -----------------------------------------------
  {
    slug: 'konferencja-transport-bez-spalin',
    type: 'conference',
    title: ['Konferencja „Transport bez spalin”', 'Conference: “Transport Without Exhaust”'],
    when: {d: 3, at: '09:00', until: '17:00'},
    place: 'pkin',
    online: true,
    partners: ['krajowe-biuro-transformacji', 'elektryczne-dostawy-wisla', 'ambasada-arvenii'],
    areas: [TR],
    about: [
      'Elektryczne autobusy, rowery cargo i strefy czystego transportu – doświadczenia miast europejskich.',
      'Electric buses, cargo bikes and clean transport zones: what European cities have learned.',
    ],
  },
  {
    slug: 'warsztaty-audyt-energetyczny-domu',
    type: 'workshop',
    title: ['Audyt energetyczny domu w praktyce', 'A home energy audit in practice'],
    when: {d: 3, at: '10:00', until: '12:00'},
    place: 'biblioteka',
    partners: ['mokotowska-biblioteka', 'agencja-efektywnosci-budynkow'],
    areas: [EE],
    about: 'Uczymy się korzystać z kamery termowizyjnej i miernika zużycia prądu.',
  },
  {
    slug: 'wyklad-pompy-ciepla',
    type: 'other',
    title: 'Wykład w południe: pompy ciepła bez mitów',
    when: {d: 3, at: '12:00', until: '13:00'},
    online: true,
    partners: ['otwarty-uniwersytet-klimatyczny', 'wawerskie-centrum-energii'],
    areas: [RE, EE],
    about: 'Godzinny wykład online z pytaniami od słuchaczy.',
  },
  {
    slug: 'wystawa-moj-klimat',
    type: 'exhibition',
    title: ['Wystawa plakatów uczniowskich „Mój klimat”', 'Student poster exhibition: “My Climate”'],
    when: {d: 3},
    place: 'szkola',
    partners: ['sp-zielone-pole', 'lazienkowska-pracownia'],
    areas: [LS],
    about: [
      'Jednodniowa wystawa prac uczniów warszawskich szkół.',
      'A one-day show of work by students from Warsaw schools.',
    ],
  },
  {
    slug: 'przejazd-rowerem-do-pracy',
    type: 'happening',
    title: ['Przejazd „Rowerem do pracy”', '“Bike to Work” ride'],
    when: {d: 3, at: '16:00', until: '18:00'},
    place: 'plac',
    partners: ['rowerowa-wola', 'osma-linia'],
    areas: [TR],
    about: 'Wspólny przejazd z centrum na Wolę nowymi drogami rowerowymi.',
  },
  {
    slug: 'debata-ogrzewanie-kamienic',
    type: 'debate',
    title: ['Jak ogrzewać stare kamienice?', 'How should old tenement houses be heated?'],
    when: {d: 3, at: '18:30', until: '20:30'},
    place: 'targowa',
    partners: ['ciepla-kamienica', 'urzad-czystego-powietrza', 'sasiedzki-alarm-smogowy'],
    areas: [EE],
    about: [
      'Sieć ciepłownicza, pompa ciepła czy kocioł gazowy? Rozmowa z konserwatorem zabytków i mieszkańcami.',
      'District heating, a heat pump or a gas boiler? A talk with a heritage conservator and residents.',
    ],
  },
  {
    slug: 'spotkanie-ambasadorow-klimatu',
    type: 'other',
    title: ['Spotkanie ambasadorów klimatu', 'Climate ambassadors’ meeting'],
    when: {d: 3, at: '19:00', until: '21:00'},
    place: 'ratusz',
    partners: ['ambasada-borealii', 'ambasada-solandii', 'bopipk'],
    areas: [RE, TR],
    about: 'Spotkanie odwołane; nowy termin podamy wkrótce.',
    cancelled: true,
  },
  // --- the coming weeks -----------------------------------------------------------
  {
    slug: 'hakaton-open-data-dla-klimatu',
    type: 'other',
    title: ['Hakaton „Otwarte dane dla klimatu”', 'Hackathon: “Open Data for the Climate”'],
    when: {d: 5, at: '10:00', endD: 6, until: '16:00'},
    place: 'politechnika',
    online: true,
    partners: ['instytut-klimatu-miejskiego', 'fundacja-lodz-warszawa'],
    areas: [EE, RE, TR, LS],
    about: [
      'Dwa dni programowania z miejskimi danymi o powietrzu, energii i transporcie.',
      'Two days of coding with city data on air, energy and transport.',
    ],
  },
  {
    slug: 'wystawa-warszawa-2050',
    type: 'exhibition',
    title: ['Wystawa fotografii „Warszawa 2050”', 'Photo exhibition: “Warsaw 2050”'],
    when: {d: 8, endD: 22},
    place: 'pkin',
    partners: ['ambasada-solandii', 'muzeum-energii'],
    areas: [RE, TR, LS],
    about: [
      'Fotomontaże pokazujące, jak mogłaby wyglądać neutralna klimatycznie Warszawa.',
      'Photomontages showing what a climate-neutral Warsaw could look like.',
    ],
  },
  {
    slug: 'debata-mlodziezowa',
    type: 'debate',
    title: ['Młodzież pyta o klimat', 'Young people ask about the climate'],
    when: {d: 9, at: '12:00', until: '14:00'},
    place: 'kopernik',
    partners: ['akademia-mlodych-energetykow', 'otwarty-uniwersytet-klimatyczny'],
    areas: [LS, RE],
    about: 'Uczniowie liceów zadają pytania radnym i ekspertom.',
  },
  {
    slug: 'kurs-energetyka-obywatelska',
    type: 'workshop',
    title: ['Kurs online: energetyka obywatelska', 'Online course: community energy'],
    when: {d: 10, at: '17:00', until: '19:00'},
    online: true,
    partners: ['wspolnota-energetyczna-bialoleka', 'lodzkie-biuro-energii'],
    areas: [RE],
    about: [
      'Jak założyć wspólnotę energetyczną – prawo, finanse i technika.',
      'How to set up an energy community: law, money and technology.',
    ],
  },
  {
    slug: 'festiwal-zero-waste',
    type: 'happening',
    title: ['Festiwal Zero Waste', 'Zero Waste Festival'],
    when: {d: 12, endD: 13},
    place: 'targowa',
    partners: ['kooperatywa-bielany', 'ekipa-naprawcza', 'zielony-ursynow'],
    areas: [LS],
    about: [
      'Dwa dni targów, warsztatów i wymiany ubrań.',
      'Two days of stalls, workshops and a clothes swap.',
    ],
  },
  {
    slug: 'konferencja-miasta-i-klimat',
    type: 'conference',
    title: ['Miasta i klimat – konferencja dyplomatyczna', 'Cities and the climate: a diplomatic conference'],
    when: {d: 15, at: '09:30', until: '16:00'},
    place: 'pkin',
    partners: ['ambasada-borealii', 'ambasada-arvenii', 'bopipk'],
    areas: [EE, RE, TR, LS],
    about: 'Przedstawiciele ambasad o tym, jak ich miasta ograniczają emisje.',
  },
  {
    slug: 'warsztaty-panele-pv',
    type: 'workshop',
    title: ['Panel słoneczny od środka', 'Inside a solar panel'],
    when: {d: 17, at: '16:00', until: '18:30'},
    place: 'kopernik',
    partners: ['sloneczne-dachy', 'akademia-mlodych-energetykow'],
    areas: [RE],
    about: [
      'Warsztaty dla nastolatków: budujemy małą ładowarkę solarną.',
      'A workshop for teenagers: we build a small solar charger.',
    ],
  },
  {
    slug: 'dzien-otwarty-spoldzielni',
    type: 'other',
    title: 'Dzień otwarty Śródmiejskiej Spółdzielni Energetycznej',
    when: {d: 20},
    place: 'targowa',
    partners: ['srodmiejska-spoldzielnia-energetyczna'],
    areas: [RE],
    about: 'Jak przystąpić do spółdzielni i ile można zaoszczędzić.',
  },
  {
    slug: 'debata-parkingi-czy-zielen',
    type: 'debate',
    title: ['Parkingi czy zieleń?', 'Parking or greenery?'],
    when: {d: 24, at: '18:00', until: '20:00'},
    place: 'ratusz',
    partners: ['zielony-ursynow', 'srodmiejski-zespol-zieleni'],
    areas: [LS, TR],
    about: 'Debata odwołana z powodu choroby prowadzącego.',
    cancelled: true,
  },
  {
    slug: 'targi-technologii-oze',
    type: 'exhibition',
    title: ['Targi technologii OZE', 'Renewable energy technology fair'],
    when: {d: 28, at: '10:00', endD: 30, until: '18:00'},
    place: 'expo',
    partners: ['sloneczne-dachy', 'krajowe-biuro-transformacji', 'ambasada-solandii'],
    areas: [RE],
    about: [
      'Trzy dni targów: fotowoltaika, pompy ciepła, magazyny energii.',
      'Three days of exhibitors: solar, heat pumps and energy storage.',
    ],
  },
  {
    slug: 'warsztaty-ogrody-deszczowe',
    type: 'workshop',
    title: ['Budujemy ogród deszczowy', 'Let’s build a rain garden'],
    when: {d: 31, at: '11:00', until: '14:00'},
    place: 'ogrod',
    partners: ['ogrody-deszczowe', 'srodmiejski-zespol-zieleni', 'zrodlo'],
    areas: [LS],
    about: 'Pokażemy, jak zatrzymać deszczówkę na podwórku zamiast w kanalizacji.',
  },
  {
    slug: 'bieg-czyste-powietrze',
    type: 'happening',
    title: ['Bieg „Czyste Powietrze”', '“Clean Air” run'],
    when: {d: 35, at: '10:00', until: '13:00'},
    place: 'polemokotowskie',
    partners: ['sasiedzki-alarm-smogowy', 'urzad-czystego-powietrza'],
    areas: [EE, LS],
    about: [
      'Bieg na 5 i 10 km; na mecie stoisko z miernikami jakości powietrza.',
      'A 5 km and 10 km run, with an air-quality sensor stand at the finish.',
    ],
  },
  {
    slug: 'kongres-szkol-dla-klimatu',
    type: 'conference',
    title: ['Kongres Szkół dla Klimatu', 'Schools for Climate Congress'],
    when: {d: 40, at: '09:00', until: '15:00'},
    place: 'kopernik',
    online: true,
    partners: ['sp-zielone-pole', 'lesna-akademia-dzieci', 'otwarty-uniwersytet-klimatyczny'],
    areas: [LS, EE],
    about: [
      'Szkoły pokazują swoje projekty klimatyczne; część sesji transmitowana online.',
      'Schools present their climate projects; some sessions are streamed online.',
    ],
  },
  {
    slug: 'debata-elektryczne-autobusy',
    type: 'debate',
    title: 'Czy elektryczne autobusy się opłacają?',
    when: {d: 44, at: '18:00', until: '19:30'},
    online: true,
    partners: ['osma-linia', 'elektryczne-dostawy-wisla'],
    areas: [TR],
  },
  {
    slug: 'wystawa-dawne-i-nowe-zrodla-energii',
    type: 'exhibition',
    title: ['Wystawa „Dawne i nowe źródła energii”', 'Exhibition: “Old and New Sources of Energy”'],
    when: {d: 48, endD: 62},
    place: 'muzeum',
    partners: ['muzeum-energii', 'mokotowska-biblioteka'],
    areas: [RE],
    about: [
      'Od wiatraków i młynów wodnych po panele słoneczne i turbiny na Bałtyku.',
      'From windmills and watermills to solar panels and Baltic wind turbines.',
    ],
  },
  {
    slug: 'warsztaty-naprawa-elektroniki',
    type: 'workshop',
    title: ['Naprawa drobnej elektroniki', 'Fixing small electronics'],
    when: {d: 52, at: '17:00', until: '20:00'},
    place: 'targowa',
    partners: ['ekipa-naprawcza'],
    areas: [LS],
    about: 'Lutownice, multimetry i dużo cierpliwości. Dla początkujących.',
  },
  {
    slug: 'zgromadzenie-partnerstwa',
    type: 'other',
    title: ['Zgromadzenie Partnerstwa dla Klimatu', 'Partnership for Climate general meeting'],
    when: {d: 56, at: '11:00', until: '15:00'},
    place: 'ratusz',
    online: true,
    partners: ['bopipk'],
    areas: [EE, RE, TR, LS],
    about: [
      'Podsumowanie roku i plan działań Partnerstwa. (Wydarzenie przykładowe – dane demonstracyjne.)',
      'The year in review and the Partnership’s plans. (Sample event – demonstration data.)',
    ],
  },
  {
    slug: 'miejskie-sadzenie-drzew',
    type: 'happening',
    title: ['Miejskie sadzenie drzew', 'City tree planting'],
    when: {d: 60, at: '10:00', until: '14:00'},
    place: 'polemokotowskie',
    partners: ['zielona-praga', 'zoliborska-rada-klimatyczna', 'srodmiejski-zespol-zieleni'],
    areas: [LS],
    about: 'Sadzimy 300 drzew. Łopaty i rękawice na miejscu.',
  },
  {
    slug: 'forum-ciepla-systemowego',
    type: 'conference',
    title: ['Forum Ciepła Systemowego', 'District Heating Forum'],
    when: {d: 66, at: '09:00', until: '16:00'},
    place: 'politechnika',
    partners: ['lodzkie-biuro-energii', 'ciepla-kamienica', 'wawerskie-centrum-energii'],
    areas: [EE, RE],
    about: [
      'Dekarbonizacja sieci ciepłowniczych w dużych miastach – Warszawa i Łódź.',
      'Decarbonising district heating in large cities: Warsaw and Łódź.',
    ],
  },
  {
    slug: 'warsztaty-mobilnosc-elektryczna',
    type: 'workshop',
    title: ['Mobilność elektryczna w firmie', 'Electric mobility for businesses'],
    when: {d: 71, at: '10:00', until: '13:00'},
    place: 'expo',
    partners: ['elektryczne-dostawy-wisla', 'ambasada-arvenii'],
    areas: [TR],
    about: 'Jak przejść na flotę elektryczną i rowery cargo – przykłady i kalkulacje.',
  },
  {
    slug: 'debata-warszawa-neutralna-klimatycznie',
    type: 'debate',
    title: ['Warszawa neutralna klimatycznie – jak tam dojść?', 'A climate-neutral Warsaw: how do we get there?'],
    when: {d: 75, at: '18:00', until: '20:00'},
    place: 'pkin',
    online: true,
    partners: ['bopipk', 'instytut-klimatu-miejskiego', 'fundacja-lodz-warszawa'],
    areas: [EE, RE, TR, LS],
    about: [
      'Debata podsumowująca cykl spotkań Partnerstwa.',
      'A debate closing the Partnership’s series of meetings.',
    ],
  },
];

/**
 * @param {EventSeed} e
 * @param {string} today
 */
function eventEntry(e, today) {
  const offset = e.when.w !== undefined ? e.when.w - weekdayMondayFirst(today) : (e.when.d ?? 0);
  const day = addDays(today, offset);
  const endDay = e.when.endD === undefined ? undefined : addDays(today, e.when.endD - (e.when.d ?? 0) + offset);
  /** @type {Record<string, unknown>} */
  const entry = {id: `${e.slug}-${day}`};
  entry.title = Array.isArray(e.title) ? {pl: e.title[0], en: e.title[1]} : e.title;
  entry.type = e.type;
  if (e.when.at) {
    entry.start = zonedDateTime(day, e.when.at);
    if (e.when.until) entry.end = zonedDateTime(endDay ?? day, e.when.until);
  } else {
    entry.start = day;
    if (endDay) entry.end = endDay;
  }
  if (e.place) entry.location = {...PLACES[e.place]};
  if (e.online) entry.online = `https://example.net/transmisja/${e.slug}`;
  entry.partners = e.partners;
  entry.areas = e.areas;
  entry.url = `https://example.org/wydarzenia/${e.slug}`;
  if (Array.isArray(e.about)) entry.description = {pl: e.about[0], en: e.about[1]};
  else if (e.about) entry.description = e.about;
  entry.status = e.cancelled ? 'cancelled' : 'scheduled';
  entry._demo = DEMO_MARK;
  return entry;
}

/**
 * The demonstration feed for a given day.
 * @param {string} today `YYYY-MM-DD`, a day in Europe/Warsaw
 */
export function makeSampleFeed(today) {
  dayToUtc(today); // validates
  const events = EVENTS.map((e) => eventEntry(e, today));
  // Editors read the file top to bottom: keep it in start order (plain string
  // order, so the result does not depend on the ICU collation of the machine).
  events.sort((a, b) => (String(a.start) < String(b.start) ? -1 : String(a.start) > String(b.start) ? 1 : 0));
  return {
    version: 1,
    _demo: `${DEMO_MARK}. Wszystkie organizacje i wydarzenia poza Biurem Ochrony Powietrza i Polityki Klimatycznej są fikcyjne. / All organisations and events except the Air Protection and Climate Policy Office are fictional.`,
    updated: zonedDateTime(today, '09:00'),
    timezone: TIME_ZONE,
    areas: AREAS.map((a) => ({id: a.id, name: {...a.name}})),
    partners: PARTNERS.map(partnerEntry),
    events,
    join: {
      email: 'partnerstwo@um.warszawa.pl',
      action: null,
      privacyUrl: 'https://um.warszawa.pl/polityka-prywatnosci',
    },
  };
}
