/** A small feed for the partner-list tests, anchored at NOW (2026-12-01 12:00 in Warsaw). */
import {html, type TemplateResult} from 'lit';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';
import type {PdkPartnerList} from '../../src/partner-list/partner-list.js';
import '../../src/partner-list/pdk-partner-list.js';

export {FEED_URL};
export const NOW = Date.parse('2026-12-01T12:00:00+01:00');

/** Events that end `hours` after NOW (negative: already over). */
const at = (id: string, partners: string[], hours: number, status = 'scheduled') => {
  const end = new Date(NOW + hours * 3_600_000).toISOString();
  const start = new Date(NOW + (hours - 1) * 3_600_000).toISOString();
  return event(id, {partners, start, end, status});
};

export const PARTNERS = [
  partner('zielona', {name: 'Zielona Warszawa', category: 'ngo', areas: ['eco-transport'], url: 'https://example.org/zielona'}),
  partner('zoliborz', {name: 'Żoliborskie Centrum Edukacji', category: 'education', areas: ['energy-efficiency']}),
  partner('lodzka', {
    name: 'Łódzka Inicjatywa Klimatyczna',
    category: 'ngo',
    areas: ['energy-efficiency', 'eco-transport'],
    url: 'https://example.org/lodzka',
    description: {pl: 'Sadzimy drzewa w Łodzi.', en: 'We plant trees in Lodz.'},
    since: '2019-05-01',
  }),
  partner('lokalna', {
    name: 'Lokalna Energia',
    category: 'business',
    areas: ['energy-efficiency'],
    url: 'https://example.org/lokalna',
    description: {pl: 'Panele słoneczne na dachach bloków.', en: 'Solar panels on rooftops.'},
    since: '2021-01-10',
  }),
  partner('swietlica', {name: 'Świetlica Sąsiedzka', category: 'other', areas: []}),
  partner('sklep', {name: 'Sklep Rowerowy', category: 'business', areas: ['eco-transport'], url: 'https://example.org/sklep'}),
  partner('ambasada', {
    name: {pl: 'Ambasada Przykładu', en: 'Embassy of Example'},
    category: 'embassy',
    areas: ['eco-transport'],
    url: 'https://example.org/ambasada',
  }),
];

/** Sorted as a Polish reader expects: Ł after L, Ś after S, Ż after Z. */
export const PL_ORDER = [
  'Ambasada Przykładu',
  'Lokalna Energia',
  'Łódzka Inicjatywa Klimatyczna',
  'Sklep Rowerowy',
  'Świetlica Sąsiedzka',
  'Zielona Warszawa',
  'Żoliborskie Centrum Edukacji',
];

export const EVENTS = [
  at('e1', ['lodzka'], 24),
  at('e2', ['lodzka', 'zielona'], 48),
  at('e3', ['lodzka'], 1),
  at('past', ['lodzka', 'lokalna'], -1),
  at('cancelled', ['lokalna'], 24, 'cancelled'),
];

export const testFeed = (fields: Record<string, unknown> = {}) => feed({partners: PARTNERS, events: EVENTS, ...fields});

export async function mount(template: TemplateResult = html`<pdk-partner-list src=${FEED_URL}></pdk-partner-list>`) {
  const {el} = await mountUntil<PdkPartnerList>(template, 'pdk-ready');
  await el.updateComplete;
  return el;
}

export const root = (el: HTMLElement) => el.shadowRoot!;
export const all = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) => [
  ...root(el).querySelectorAll<T & Element>(selector),
] as T[];
export const one = <T extends Element = HTMLElement>(el: HTMLElement, selector: string) =>
  root(el).querySelector(selector) as T;

/** The names as shown, without the screen-reader-only "(opens in a new tab)". */
export const names = (el: HTMLElement) =>
  all(el, '[part~="name"]').map((h) => {
    const ownText = (node: Node): string =>
      [...node.childNodes]
        .map((child) =>
          child.nodeType === Node.TEXT_NODE
            ? child.textContent
            : child instanceof HTMLElement && !child.classList.contains('visually-hidden')
              ? ownText(child)
              : '',
        )
        .join('');
    return ownText(h).trim();
  });

export const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
