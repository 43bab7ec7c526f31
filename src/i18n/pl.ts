import type {SharedMessages} from './messages.js';

export const pl: SharedMessages = {
  loading: 'Wczytywanie…',
  retry: 'Spróbuj ponownie',
  errorTitle: 'Nie udało się wczytać danych',
  error: {
    network: 'Nie udało się połączyć ze źródłem danych. Spróbuj ponownie za chwilę.',
    offline: 'Brak połączenia z internetem. Dane wczytają się, gdy połączenie wróci.',
    timeout: 'Źródło danych nie odpowiada. Spróbuj ponownie za chwilę.',
    http: 'Serwer z danymi zwrócił błąd. Spróbuj ponownie później.',
    parse: 'Plik z danymi jest uszkodzony (to nie jest poprawny JSON).',
    version: 'Plik z danymi ma wersję, której ten widżet nie obsługuje.',
    invalid: 'Plik z danymi ma nieprawidłową strukturę.',
    'no-source': 'Nie wskazano źródła danych (atrybut src).',
  },
  stale: (age) => `Nie udało się pobrać aktualnych danych. Pokazujemy kopię zapisaną ${age}.`,
  empty: 'Brak danych do wyświetlenia.',
  category: {
    government: 'Administracja rządowa',
    'local-government': 'Samorząd',
    embassy: 'Ambasada',
    ngo: 'Organizacja pozarządowa',
    institution: 'Instytucja',
    business: 'Firma',
    education: 'Edukacja',
    other: 'Inne',
  },
  eventType: {
    conference: 'Konferencja',
    debate: 'Debata',
    happening: 'Happening',
    exhibition: 'Wystawa',
    workshop: 'Warsztaty',
    other: 'Inne',
  },
  opensInNewTab: '(otwiera się w nowej karcie)',
};
