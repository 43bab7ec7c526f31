import type {SharedMessages} from './messages.js';

export const en: SharedMessages = {
  loading: 'Loading…',
  retry: 'Try again',
  errorTitle: 'Could not load the data',
  error: {
    network: 'The data source could not be reached. Try again in a moment.',
    offline: 'You are offline. The data will load when the connection is back.',
    timeout: 'The data source is not answering. Try again in a moment.',
    http: 'The data server returned an error. Try again later.',
    parse: 'The data file is damaged (it is not valid JSON).',
    version: 'The data file has a version this widget does not support.',
    invalid: 'The data file does not have the expected structure.',
    'no-source': 'No data source was given (the src attribute).',
  },
  stale: (age) => `Could not fetch current data. Showing a copy saved ${age}.`,
  empty: 'Nothing to show.',
  category: {
    government: 'Government',
    'local-government': 'Local government',
    embassy: 'Embassy',
    ngo: 'NGO',
    institution: 'Institution',
    business: 'Business',
    education: 'Education',
    other: 'Other',
  },
  eventType: {
    conference: 'Conference',
    debate: 'Debate',
    happening: 'Happening',
    exhibition: 'Exhibition',
    workshop: 'Workshop',
    other: 'Other',
  },
  opensInNewTab: '(opens in a new tab)',
};
