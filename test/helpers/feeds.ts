/** Small feeds for tests, with valid defaults that each test overrides. */
export const FEED_URL = 'https://feeds.example.org/pdk/feed.json';

export function partner(id: string, fields: Record<string, unknown> = {}) {
  return {id, name: `Partner ${id}`, category: 'ngo', ...fields};
}

export function event(id: string, fields: Record<string, unknown> = {}) {
  return {id, title: `Event ${id}`, type: 'debate', start: '2026-12-03T18:00:00+01:00', ...fields};
}

export function feed(fields: Record<string, unknown> = {}) {
  return {
    version: 1,
    timezone: 'Europe/Warsaw',
    areas: [
      {id: 'energy-efficiency', name: {pl: 'Efektywność energetyczna', en: 'Energy efficiency'}},
      {id: 'eco-transport', name: {pl: 'Ekologiczny transport', en: 'Eco-friendly transport'}},
    ],
    partners: [partner('a'), partner('b')],
    events: [event('e1', {partners: ['a']})],
    join: {email: 'partnerstwo@um.warszawa.pl', action: null, privacyUrl: 'https://example.org/privacy'},
    ...fields,
  };
}
