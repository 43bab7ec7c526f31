import {expect} from '@open-wc/testing';
import type {Feed, Partner, PdkEvent} from '../../src/feed/types.js';
import {
  buildEntries,
  categoryOptions,
  countUpcoming,
  filterEntries,
  monogram,
  sameEntries,
  sinceYear,
  sortEntries,
  type Criteria,
} from '../../src/partner-list/select.js';
import {queryTerms} from '../../src/partner-list/search.js';

const NOW = Date.parse('2026-12-01T12:00:00+01:00');
const HOUR = 3_600_000;

const p = (id: string, fields: Partial<Partner> = {}): Partner => ({id, name: id, category: 'ngo', areas: [], ...fields});
const ev = (id: string, partners: string[], endMs: number, status: PdkEvent['status'] = 'scheduled'): PdkEvent => ({
  id,
  title: id,
  type: 'debate',
  start: '',
  allDay: false,
  startMs: endMs - HOUR,
  endMs,
  firstDay: '2026-12-01',
  lastDay: '2026-12-01',
  partners,
  areas: [],
  status,
});
const feedOf = (partners: Partner[], events: PdkEvent[] = []): Feed => ({
  version: 1,
  timezone: 'Europe/Warsaw',
  areas: [],
  partners,
  events,
  join: {},
});
const none: Criteria = {terms: [], categories: new Set<string>(), areas: new Set<string>()};

describe('partner-list selectors', () => {
  describe('countUpcoming', () => {
    it('counts events not yet ended and not cancelled, once per organiser', () => {
      const counts = countUpcoming(
        [
          ev('future', ['a', 'b'], NOW + HOUR),
          ev('running', ['a'], NOW + 1),
          ev('over', ['a'], NOW),
          ev('cancelled', ['a'], NOW + HOUR, 'cancelled'),
          ev('twice', ['b', 'b'], NOW + HOUR),
        ],
        NOW,
      );
      expect(counts.get('a')).to.equal(2);
      expect(counts.get('b')).to.equal(2);
      expect(counts.has('c')).to.be.false;
    });
  });

  describe('sortEntries', () => {
    it('orders by the name shown, with Polish collation', () => {
      const names = ['Żabka', 'Zielona', 'Łąka', 'Lipa', 'Świt', 'Sad', 'Ósemka', 'Olcha'];
      const entries = buildEntries(feedOf(names.map((name, i) => p(`p${i}`, {name}))), NOW);
      expect(sortEntries(entries, 'pl').map((e) => e.partner.name)).to.deep.equal([
        'Lipa',
        'Łąka',
        'Olcha',
        'Ósemka',
        'Sad',
        'Świt',
        'Zielona',
        'Żabka',
      ]);
    });

    it('sorts by the English name in English', () => {
      const entries = buildEntries(feedOf([p('x', {name: {pl: 'Ambasada', en: 'Zed Embassy'}}), p('y', {name: 'Muzeum'})]), NOW);
      expect(sortEntries(entries, 'en').map((e) => e.partner.id)).to.deep.equal(['y', 'x']);
      expect(sortEntries(entries, 'pl').map((e) => e.partner.id)).to.deep.equal(['x', 'y']);
    });
  });

  describe('filterEntries', () => {
    const entries = buildEntries(
      feedOf([
        p('lodz', {name: 'Fundacja Łódź Zielona', category: 'ngo', areas: ['eco-transport']}),
        p('firma', {name: 'Firma Słoneczna', category: 'business', areas: ['renewable-energy'], description: {pl: 'Panele na dachach', en: 'Rooftop solar'}}),
        p('szkola', {name: {pl: 'Szkoła Podstawowa', en: 'Primary School'}, category: 'education', areas: ['eco-lifestyle', 'eco-transport']}),
      ]),
      NOW,
    );
    const ids = (criteria: Partial<Criteria>) => filterEntries(entries, {...none, ...criteria}).map((e) => e.partner.id);

    it('finds names ignoring case and diacritics', () => {
      expect(ids({terms: queryTerms('LODZ')})).to.deep.equal(['lodz']);
      expect(ids({terms: queryTerms('słoneczna')})).to.deep.equal(['firma']);
      expect(ids({terms: queryTerms('sloneczna')})).to.deep.equal(['firma']);
    });

    it('finds descriptions and names in both languages', () => {
      expect(ids({terms: queryTerms('rooftop')})).to.deep.equal(['firma']);
      expect(ids({terms: queryTerms('panele')})).to.deep.equal(['firma']);
      expect(ids({terms: queryTerms('primary')})).to.deep.equal(['szkola']);
    });

    it('filters by category and area (any of each, both together)', () => {
      expect(ids({categories: new Set(['ngo', 'business'])})).to.deep.equal(['lodz', 'firma']);
      expect(ids({areas: new Set(['eco-transport'])})).to.deep.equal(['lodz', 'szkola']);
      expect(ids({areas: new Set(['eco-transport']), categories: new Set(['education'])})).to.deep.equal(['szkola']);
      expect(ids({terms: queryTerms('zzz')})).to.deep.equal([]);
      expect(ids({})).to.deep.equal(['lodz', 'firma', 'szkola']);
    });

    it('sameEntries tells a result that changes nothing (a space typed at the end) from one that does', () => {
      const result = (query: string) => filterEntries(entries, {...none, terms: queryTerms(query)});
      expect(sameEntries(result('zielona'), result('zielona '))).to.be.true;
      expect(sameEntries(result(''), result('a'))).to.be.true;
      expect(sameEntries(result(''), result('szkola'))).to.be.false;
      expect(sameEntries(result('lodz'), result('firma'))).to.be.false;
    });
  });

  it('categoryOptions offers the categories in use and any preset, in the feed order', () => {
    expect(categoryOptions([p('a', {category: 'ngo'}), p('b', {category: 'embassy'})], ['education'])).to.deep.equal([
      'embassy',
      'ngo',
      'education',
    ]);
  });

  it('monogram takes the initials of the capitalised words', () => {
    expect(monogram('Fundacja Czyste Powietrze')).to.equal('FC');
    expect(monogram('Urząd do spraw Czystego Powietrza')).to.equal('UC');
    expect(monogram('ćwierć wata')).to.equal('ĆW');
    expect(monogram('Łódź')).to.equal('Ł');
    expect(monogram('42')).to.equal('?');
    expect(monogram('„Zielona Praga” Stowarzyszenie')).to.equal('ZP');
    expect(monogram('(Nie)zależni')).to.equal('N');
  });

  it('sinceYear reads the year', () => {
    expect(sinceYear('2019-05-01')).to.equal('2019');
    expect(sinceYear(undefined)).to.be.undefined;
  });
});
