/**
 * A seeded generator of big, valid feeds for performance work: by default
 * 3,000 partners and 10,000 events, about 5 MB of compact JSON. Same shapes
 * as the sample feed (Polish names with diacritics, every category and event
 * type, all-day and multi-day events, cancellations, 1–3 organisers each),
 * with events spread over ±6 months around `today`.
 *
 * Marked as demonstration data once, at the top (`_demo`), to keep the size
 * realistic; partner descriptions also say the organisation is fictional.
 *
 * Deterministic: the same options always give the same feed (own PRNG, no
 * Math.random, no clock unless `today` is left out).
 *
 * @example
 *   import {makeLargeFeed} from './scripts/feeds/large-feed.mjs';
 *   const feed = makeLargeFeed({today: '2026-12-01'});
 */
import {AREAS, DEMO_MARK, LOGO_PARTNER_IDS, TIME_ZONE, addDays, offsetMinutesAt, dayToUtc, todayIn} from './sample-feed.mjs';

/**
 * mulberry32: a tiny, fast 32-bit PRNG; returns floats in [0, 1).
 * @param {number} seed
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['government', 'local-government', 'embassy', 'ngo', 'institution', 'business', 'education', 'other'];
/** Relative weights: many NGOs and businesses, few embassies. */
const CATEGORY_WEIGHTS = [3, 6, 2, 25, 10, 24, 18, 12];
const TYPES = ['conference', 'debate', 'happening', 'exhibition', 'workshop', 'other'];
const TYPE_WEIGHTS = [12, 14, 14, 10, 38, 12];
const AREA_IDS = AREAS.map((a) => a.id);

/** Place adjectives: [masculine, feminine, neuter]. */
const PLACE_ADJ = [
  ['Żoliborski', 'Żoliborska', 'Żoliborskie'],
  ['Śródmiejski', 'Śródmiejska', 'Śródmiejskie'],
  ['Łódzki', 'Łódzka', 'Łódzkie'],
  ['Mokotowski', 'Mokotowska', 'Mokotowskie'],
  ['Wolski', 'Wolska', 'Wolskie'],
  ['Ursynowski', 'Ursynowska', 'Ursynowskie'],
  ['Bielański', 'Bielańska', 'Bielańskie'],
  ['Praski', 'Praska', 'Praskie'],
  ['Ochocki', 'Ochocka', 'Ochockie'],
  ['Wawerski', 'Wawerska', 'Wawerskie'],
  ['Białołęcki', 'Białołęcka', 'Białołęckie'],
  ['Targówecki', 'Targówecka', 'Targóweckie'],
  ['Ząbkowski', 'Ząbkowska', 'Ząbkowskie'],
  ['Łomiański', 'Łomiańska', 'Łomiańskie'],
  ['Otwocki', 'Otwocka', 'Otwockie'],
  ['Świdrowy', 'Świdrowa', 'Świdrowe'],
  ['Źródlany', 'Źródlana', 'Źródlane'],
  ['Ursuski', 'Ursuska', 'Ursuskie'],
  ['Wilanowski', 'Wilanowska', 'Wilanowskie'],
  ['Bemowski', 'Bemowska', 'Bemowskie'],
  ['Włochowski', 'Włochowska', 'Włochowskie'],
  ['Śląski', 'Śląska', 'Śląskie'],
  ['Ósmy', 'Ósma', 'Ósme'],
  ['Zielony', 'Zielona', 'Zielone'],
  ['Słoneczny', 'Słoneczna', 'Słoneczne'],
  ['Ekologiczny', 'Ekologiczna', 'Ekologiczne'],
  ['Czysty', 'Czysta', 'Czyste'],
  ['Łąkowy', 'Łąkowa', 'Łąkowe'],
  ['Nadwiślański', 'Nadwiślańska', 'Nadwiślańskie'],
  ['Ciepły', 'Ciepła', 'Ciepłe'],
];
const M = 0;
const F = 1;
const N = 2;

/** Topics in the genitive, as in "Fundacja Czystego Powietrza". */
const TOPIC_GEN = [
  'Czystego Powietrza', 'Zielonej Energii', 'Odnawialnych Źródeł', 'Żywej Wisły', 'Łąk Miejskich',
  'Świadomego Transportu', 'Ekologicznego Budownictwa', 'Ciepła Sąsiedzkiego', 'Słonecznych Dachów',
  'Oszczędnej Energii', 'Zrównoważonej Mobilności', 'Ogrodów Społecznych', 'Ożywionych Podwórek',
  'Źródeł Lokalnych', 'Rowerowej Stolicy', 'Miejskiej Retencji', 'Pomp Ciepła', 'Energii Obywatelskiej',
  'Drzew Ulicznych', 'Gospodarki Obiegu Zamkniętego', 'Mądrego Ogrzewania', 'Cichych Ulic',
  'Wody Deszczowej', 'Śladu Węglowego', 'Żyznej Gleby',
];

/** Category → name heads [word, gender]. @type {Record<string, [string, number][]>} */
const HEADS = {
  government: [['Krajowa Agencja', F], ['Państwowy Urząd', M], ['Krajowe Centrum', N], ['Główny Inspektorat', M]],
  'local-government': [['Zarząd', M], ['Biuro', N], ['Zespół', M], ['Centrum', N], ['Ośrodek', M]],
  embassy: [],
  ngo: [['Fundacja', F], ['Stowarzyszenie', N], ['Inicjatywa', F], ['Towarzystwo', N], ['Ruch', M]],
  institution: [['Instytut', M], ['Muzeum', N], ['Biblioteka', F], ['Laboratorium', N], ['Obserwatorium', N]],
  business: [['Spółdzielnia', F], ['Pracownia', F], ['Zakład', M], ['Studio', N], ['Serwis', M]],
  education: [['Szkoła Podstawowa', F], ['Liceum Ogólnokształcące', N], ['Przedszkole', N], ['Akademia', F], ['Technikum', N]],
  other: [['Rada Osiedla', F], ['Kooperatywa', F], ['Wspólnota', F], ['Klub', M], ['Koło Gospodyń Miejskich', N]],
};
const SCHOOL_NICKNAMES = ['Zielona Przystań', 'Słoneczna Dolina', 'Łąkowa Kraina', 'Źródlana Polana', 'Żurawi Staw', 'Ósemka', 'Leśna Ścieżka'];
const SCHOOL_PATRONS = ['Marii Skłodowskiej-Curie', 'Mikołaja Kopernika', 'Ignacego Łukasiewicza', 'Jana Czochralskiego', 'Stefana Żeromskiego', 'Olgi Boznańskiej', 'Haliny Poświatowskiej'];
const BUSINESS_FORMS = ['sp. z o.o.', 'S.A.', 'sp.k.', 'sp. j.'];
/** Fictional states, genitive. */
const COUNTRIES = [
  'Republiki Borealii', 'Królestwa Arvenii', 'Federacji Solandii', 'Księstwa Lumenii', 'Republiki Ostravii',
  'Królestwa Nordmarii', 'Republiki Zefirii', 'Unii Aurelijskiej', 'Republiki Śnieżnych Wysp', 'Królestwa Ąldoru',
  'Republiki Elandii', 'Wielkiego Księstwa Vestrii', 'Republiki Kalmarii', 'Federacji Ozarii', 'Królestwa Łanów',
];
const EMBASSY_HEADS = ['Ambasada', 'Konsulat Generalny', 'Wydział Handlowy Ambasady', 'Instytut Kultury'];

/** Event topics [pl, en]. */
const TOPICS = [
  ['termomodernizacja bloków', 'retrofitting apartment blocks'],
  ['fotowoltaika na dachach', 'rooftop solar'],
  ['pompy ciepła', 'heat pumps'],
  ['rowery cargo w mieście', 'cargo bikes in the city'],
  ['strefa czystego transportu', 'the clean transport zone'],
  ['łąki kwietne zamiast trawników', 'wildflower meadows instead of lawns'],
  ['ogrody deszczowe', 'rain gardens'],
  ['spółdzielnie energetyczne', 'energy cooperatives'],
  ['żywność bez odpadów', 'food without waste'],
  ['naprawa zamiast wyrzucania', 'repairing instead of throwing away'],
  ['świadectwa energetyczne', 'energy performance certificates'],
  ['elektryczne autobusy', 'electric buses'],
  ['miejskie wyspy ciepła', 'urban heat islands'],
  ['oszczędzanie wody', 'saving water'],
  ['ubóstwo energetyczne', 'energy poverty'],
  ['magazyny energii', 'energy storage'],
  ['bezpieczna droga do szkoły', 'a safe way to school'],
  ['ślad węglowy rodziny', 'a family’s carbon footprint'],
  ['zielone podwórka', 'green courtyards'],
  ['ciepło systemowe', 'district heating'],
  ['wymiana starych pieców', 'replacing old stoves'],
  ['moda z drugiej ręki', 'second-hand fashion'],
  ['kompostowanie', 'composting'],
  ['carsharing i hulajnogi', 'car sharing and scooters'],
];
const TITLE_HEADS = {
  conference: [['Konferencja', 'Conference'], ['Forum', 'Forum'], ['Kongres', 'Congress']],
  debate: [['Debata', 'Debate'], ['Panel dyskusyjny', 'Panel discussion'], ['Rozmowa', 'Conversation']],
  happening: [['Happening', 'Happening'], ['Piknik', 'Picnic'], ['Spacer', 'Walk'], ['Przejazd', 'Ride']],
  exhibition: [['Wystawa', 'Exhibition'], ['Pokaz', 'Showcase'], ['Targi', 'Fair']],
  workshop: [['Warsztaty', 'Workshop'], ['Kurs', 'Course'], ['Webinar', 'Webinar'], ['Laboratorium', 'Lab']],
  other: [['Spotkanie', 'Meeting'], ['Dzień otwarty', 'Open day'], ['Wykład', 'Lecture'], ['Kino', 'Cinema']],
};
const VENUES = [
  ['Centrum Kreatywności Targowa', 'ul. Targowa 56, 03-733 Warszawa'],
  ['Pałac Kultury i Nauki', 'pl. Defilad 1, 00-901 Warszawa'],
  ['Centrum Nauki Kopernik', 'Wybrzeże Kościuszkowskie 20, 00-390 Warszawa'],
  ['Politechnika Warszawska, Gmach Główny', 'pl. Politechniki 1, 00-661 Warszawa'],
  ['Park Pole Mokotowskie', 'al. Niepodległości, Warszawa'],
  ['Bulwary Wiślane', 'Bulwar Flotylli Wiślanej, Warszawa'],
  ['EXPO XXI Warszawa', 'ul. Prądzyńskiego 12/14, 01-222 Warszawa'],
  ['Urząd m.st. Warszawy', 'pl. Bankowy 3/5, 00-950 Warszawa'],
  ['Dom sąsiedzki (fikcyjny)', 'ul. Przykładowa 1, Warszawa'],
  ['Biblioteka osiedlowa (fikcyjna)', 'ul. Przykładowa 20, Warszawa'],
  ['Szkoła (fikcyjna)', 'ul. Przykładowa 33, Warszawa'],
  ['Ogród społeczny (fikcyjny)', 'ul. Przykładowa 5, Warszawa'],
];
const DESCRIPTION_PL = [
  'Zapraszamy mieszkańców, organizacje i firmy. Wstęp wolny, obowiązuje rejestracja.',
  'Spotkanie prowadzą eksperci i praktycy; będzie czas na pytania z sali.',
  'Wydarzenie dostępne dla osób z niepełnosprawnościami; zapewniamy tłumaczenie na PJM.',
  'Dla dzieci przygotowaliśmy osobną strefę z zajęciami przyrodniczymi.',
  'Materiały i poczęstunek zapewniają organizatorzy. Przynieś własny kubek.',
  'Część programu odbywa się w plenerze – ubierz się stosownie do pogody.',
];
const DESCRIPTION_EN = [
  'Residents, organisations and businesses are welcome. Free entry, registration required.',
  'Led by experts and practitioners, with time for questions from the audience.',
  'The venue is accessible; Polish Sign Language interpretation is provided.',
  'There is a separate nature activity area for children.',
  'Materials and refreshments are provided. Bring your own cup.',
  'Part of the programme takes place outdoors, so dress for the weather.',
];

/**
 * ASCII slug of a Polish name: "Łódzka Fundacja" → "lodzka-fundacja".
 * @param {string} s
 */
export function slugify(s) {
  let slug = slugCache.get(s);
  if (slug === undefined) {
    slug = slugOf(s);
    slugCache.set(s, slug);
  }
  return slug;
}

/** @type {Map<string, string>} */
const slugCache = new Map();

/** @param {string} s */
function slugOf(s) {
  return s
    .toLowerCase()
    .replace(/ł/g, 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A slug of at most `max` characters, cut at a word boundary.
 * @param {string} s
 * @param {number} max
 */
function shortSlug(s, max) {
  const slug = slugify(s);
  if (slug.length <= max) return slug;
  const cut = slug.lastIndexOf('-', max);
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/**
 * @param {number} minutes
 */
function formatOffset(minutes) {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * @param {{partners?: number, events?: number, seed?: number, today?: string}} [options]
 */
export function makeLargeFeed({partners = 3000, events = 10000, seed = 1, today = todayIn()} = {}) {
  dayToUtc(today); // validates
  const random = mulberry32(seed);
  /** @param {number} n */
  const int = (n) => Math.floor(random() * n);
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => list[int(list.length)];
  /** @param {number} p */
  const chance = (p) => random() < p;
  /** @param {number[]} weights */
  const weighted = (weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    let r = random() * total;
    for (let i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) return i;
    }
    return weights.length - 1;
  };
  /** 1–`max` distinct area ids, mostly one. */
  const someAreas = (max = 2) => {
    const count = chance(0.6) ? 1 : 1 + int(max);
    const set = new Set();
    while (set.size < count) set.add(pick(AREA_IDS));
    return [...set];
  };

  // Day keys around today, computed once: dayAt(n) is today + n days.
  const SPAN = 182;
  const FIRST = -SPAN - 1;
  const dayKeys = Array.from({length: 2 * SPAN + 40}, (_, k) => addDays(today, FIRST + k));
  /** @param {number} n */
  const dayAt = (n) => dayKeys[n - FIRST] ?? addDays(today, n);

  // Europe/Warsaw offsets by day (noon), cached: generated times are 07:00–23:45,
  // away from the 02:00–03:00 DST switches, so the noon offset is the right one.
  /** @type {Map<string, string>} */
  const offsets = new Map();
  /** @param {string} day @param {number} minuteOfDay */
  const dateTime = (day, minuteOfDay) => {
    let offset = offsets.get(day);
    if (offset === undefined) {
      offset = formatOffset(offsetMinutesAt(dayToUtc(day) + 12 * 3_600_000, TIME_ZONE));
      offsets.set(day, offset);
    }
    const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, '0');
    const mm = String(minuteOfDay % 60).padStart(2, '0');
    return `${day}T${hh}:${mm}:00${offset}`;
  };

  // --- partners -----------------------------------------------------------------
  /** @type {Record<string, unknown>[]} */
  const partnerList = [];
  const names = new Set();
  /** @param {string} category */
  const makeName = (category) => {
    if (category === 'embassy') return `${pick(EMBASSY_HEADS)} ${pick(COUNTRIES)}`;
    const [head, gender] = pick(HEADS[category]);
    const place = pick(PLACE_ADJ)[gender];
    let name;
    if (category === 'education' && head !== 'Akademia') {
      name = `${head} nr ${1 + int(420)}`;
      if (chance(0.6)) name += chance(0.5) ? ` „${pick(SCHOOL_NICKNAMES)}”` : ` im. ${pick(SCHOOL_PATRONS)}`;
    } else if (chance(0.5)) {
      name = `${place} ${head} ${pick(TOPIC_GEN)}`;
    } else {
      name = `${head} ${pick(TOPIC_GEN)}`;
      if (chance(0.4)) name += ` – ${pick(['Wola', 'Praga', 'Mokotów', 'Żoliborz', 'Śródmieście', 'Ursus', 'Ochota', 'Targówek', 'Bielany', 'Wawer', 'Białołęka', 'Wilanów', 'Łódź', 'Ząbki', 'Łomianki'])}`;
    }
    if (category === 'business' && chance(0.6)) name += ` ${pick(BUSINESS_FORMS)}`;
    return name;
  };

  for (let i = 0; i < partners; i++) {
    const category = i === 0 ? 'local-government' : CATEGORIES[i <= CATEGORIES.length ? i - 1 : weighted(CATEGORY_WEIGHTS)];
    let name = i === 0 ? 'Biuro Ochrony Powietrza i Polityki Klimatycznej Urzędu m.st. Warszawy' : makeName(category);
    if (names.has(name)) name = `${name} (${i})`;
    names.add(name);
    const id = i === 0 ? 'bopipk' : `p${i}-${shortSlug(name, 20)}`;
    /** @type {Record<string, unknown>} */
    const partner = {id, name, category, areas: someAreas(3)};
    if (i === 0) {
      // The real coordinator: no invented details.
      partnerList.push({...partner, areas: [...AREA_IDS], url: 'https://um.warszawa.pl/', since: '2018-09-01'});
      continue;
    }
    if (chance(0.9)) partner.url = `https://example.org/partnerzy/${id}`;
    // Logos reuse the committed sample logos, so a feed next to sample/logos/ loads them.
    if (chance(0.6)) partner.logo = `logos/${pick(LOGO_PARTNER_IDS)}.svg`;
    const d = int(10);
    if (d < 4) {
      const [pl, en] = pick(TOPICS);
      partner.description = {pl: `Nasz temat: ${pl}. Organizacja fikcyjna.`, en: `Our topic: ${en}. Fictional organisation.`};
    } else if (d < 7) {
      partner.description = `Nasz temat: ${pick(TOPICS)[0]}. Organizacja fikcyjna.`;
    }
    if (chance(0.8)) partner.since = `${2018 + int(8)}-${String(1 + int(12)).padStart(2, '0')}-${String(1 + int(28)).padStart(2, '0')}`;
    partnerList.push(partner);
  }

  // --- events -------------------------------------------------------------------
  /** @type {Record<string, unknown>[]} */
  const eventList = [];
  for (let i = 0; i < events; i++) {
    const type = TYPES[i < TYPES.length ? i : weighted(TYPE_WEIGHTS)];
    const dayOffset = int(2 * SPAN + 1) - SPAN;
    const day = dayAt(dayOffset);
    const [headPl, headEn] = pick(TITLE_HEADS[/** @type {keyof typeof TITLE_HEADS} */ (type)]);
    const [topicPl, topicEn] = pick(TOPICS);
    const titlePl = `${headPl}: ${topicPl}`;
    /** @type {Record<string, unknown>} */
    const event = {
      id: `e${i}-${shortSlug(`${headPl} ${topicPl}`, 20)}`,
      title: chance(0.5) ? {pl: titlePl, en: `${headEn}: ${topicEn}`} : titlePl,
      type,
    };
    const allDay = type === 'exhibition' ? chance(0.6) : chance(0.1);
    if (allDay) {
      event.start = day;
      // Exhibitions often run for weeks; other all-day events for a day or a weekend.
      if (chance(type === 'exhibition' ? 0.8 : 0.3)) event.end = dayAt(dayOffset + 1 + int(type === 'exhibition' ? 30 : 2));
    } else {
      const start = 7 * 60 + 15 * int(4 * 14); // 07:00–20:45
      event.start = dateTime(day, start);
      if (chance(0.08)) {
        // Multi-day: 1–2 more days, ending in the afternoon.
        event.end = dateTime(dayAt(dayOffset + 1 + int(2)), 15 * 60 + 30 * int(6));
      } else if (chance(0.92)) {
        event.end = dateTime(day, Math.min(start + 60 + 30 * int(7), 23 * 60 + 45));
      }
    }
    // 55 % on site, 15 % hybrid, 20 % online only, 10 % neither (place to be announced).
    const where = int(20);
    if (where < 14) {
      const [name, address] = pick(VENUES);
      event.location = {name, address};
    }
    if (where >= 11 && where < 18) event.online = `https://example.net/transmisja/e${i}`;
    const organisers = new Set();
    const count = 1 + weighted([6, 3, 1]);
    while (organisers.size < count) organisers.add(/** @type {string} */ (partnerList[int(partnerList.length)].id));
    event.partners = [...organisers];
    event.areas = someAreas(2);
    if (chance(0.6)) event.url = `https://example.org/wydarzenia/e${i}`;
    const d = int(20);
    if (d < 4) {
      const k = int(DESCRIPTION_PL.length);
      event.description = {pl: DESCRIPTION_PL[k], en: DESCRIPTION_EN[k]};
    } else if (d < 9) {
      event.description = pick(DESCRIPTION_PL);
    }
    // "scheduled" is the default; most editors leave it out.
    if (chance(0.04)) event.status = 'cancelled';
    else if (chance(0.25)) event.status = 'scheduled';
    eventList.push(event);
  }

  return {
    version: 1,
    _demo: `${DEMO_MARK}. Generated: ${partners} partners, ${events} events, seed ${seed}.`,
    updated: dateTime(today, 9 * 60),
    timezone: TIME_ZONE,
    areas: AREAS.map((a) => ({id: a.id, name: {...a.name}})),
    partners: partnerList,
    events: eventList,
    join: {
      email: 'partnerstwo@um.warszawa.pl',
      action: null,
      privacyUrl: 'https://um.warszawa.pl/polityka-prywatnosci',
    },
  };
}
