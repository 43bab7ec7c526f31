import {expect} from '@open-wc/testing';
import {matchesTerms, normalize, polishCollator, queryTerms} from '../../src/partner-list/search.js';

describe('partner-list search', () => {
  describe('normalize', () => {
    it('drops case and diacritics, and maps ł to l by hand (NFD leaves it whole)', () => {
      expect(normalize('Łódź')).to.equal('lodz');
      expect(normalize('ŻÓŁĆ gęślą jaźń')).to.equal('zolc gesla jazn');
      expect('Łódź'.normalize('NFD').toLowerCase()).to.contain('ł');
    });
  });

  describe('queryTerms / matchesTerms', () => {
    it('splits a query into normalized terms that must all occur', () => {
      expect(queryTerms('  Łódź   Zielona ')).to.deep.equal(['lodz', 'zielona']);
      expect(matchesTerms(normalize('Zielona Łódź'), queryTerms('lodz ziel'))).to.be.true;
      expect(matchesTerms(normalize('Zielona Łódź'), queryTerms('lodz krakow'))).to.be.false;
    });

    it('matches everything for an empty query', () => {
      expect(queryTerms('   ')).to.deep.equal([]);
      expect(matchesTerms('anything', [])).to.be.true;
    });
  });

  describe('polishCollator', () => {
    const sort = (names: string[]) => [...names].sort(polishCollator.compare);

    it('puts Ł after L, Ś after S and Ż after Z, not after every Latin letter', () => {
      expect(sort(['Żuraw', 'Łoś', 'Zebra', 'Lis', 'Ślimak', 'Sowa', 'Mysz', 'Tur'])).to.deep.equal([
        'Lis',
        'Łoś',
        'Mysz',
        'Sowa',
        'Ślimak',
        'Tur',
        'Zebra',
        'Żuraw',
      ]);
    });

    it('sorts a name in quotation marks by its first word', () => {
      expect(sort(['„Zielona Praga”', 'Akademia', '"Bractwo"', 'Yeti'])).to.deep.equal(['Akademia', '"Bractwo"', 'Yeti', '„Zielona Praga”']);
    });
  });
});
