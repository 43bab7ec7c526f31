/**
 * The partner list's own strings. Counted terms take the number and its CLDR
 * plural category (from `LocalizeController.plural`, i.e. Intl.PluralRules):
 * Polish needs one / few / many ("1 organizacja", "2 organizacje",
 * "5 organizacji", "22 organizacje"), which hand-written rules get wrong.
 */
import {plWord} from '../i18n/plural.js';

export type PluralForm = Intl.LDMLPluralRule;

export interface PartnerListMessages {
  listLabel: string;
  searchLabel: string;
  /** The search landmark's name: a page has its own site search too. */
  filtersLabel: string;
  categoryLegend: string;
  areaLegend: string;
  categoryPrefix: string;
  areasLabel: string;
  /** How many partners match the search and filters. */
  found: (n: number, form: PluralForm) => string;
  noResults: string;
  clearFilters: string;
  /** The "show more" button; `n` is how many are still hidden. */
  showMore: (n: number) => string;
  /** On paper, where "show more" is not: how many are not printed. */
  notPrinted: (n: number, form: PluralForm) => string;
  upcoming: (n: number, form: PluralForm) => string;
  since: (year: string) => string;
  /** The button under a long description's opening, and under the whole text. */
  wholeDescription: string;
  shorterDescription: string;
}

export const pl: PartnerListMessages = {
  listLabel: 'Partnerzy',
  searchLabel: 'Szukaj organizacji',
  filtersLabel: 'Wyszukiwanie i filtry partnerów',
  categoryLegend: 'Kategoria',
  areaLegend: 'Obszar tematyczny',
  categoryPrefix: 'Kategoria:',
  areasLabel: 'Obszary tematyczne',
  found: (n, form) =>
    n === 0 ? 'Nie znaleziono żadnej organizacji' : `Znaleziono: ${n} ${plWord(form, 'organizacja', 'organizacje', 'organizacji')}`,
  noResults: 'Żadna organizacja nie spełnia wybranych kryteriów.',
  clearFilters: 'Wyczyść filtry',
  showMore: (n) => `Pokaż więcej (${n})`,
  notPrinted: (n, form) => `…i jeszcze ${n} ${plWord(form, 'organizacja', 'organizacje', 'organizacji')}`,
  upcoming: (n, form) =>
    `${n} ${plWord(form, 'nadchodzące wydarzenie', 'nadchodzące wydarzenia', 'nadchodzących wydarzeń')}`,
  since: (year) => `W Partnerstwie od ${year}`,
  wholeDescription: 'Pokaż cały opis',
  shorterDescription: 'Zwiń opis',
};

export const en: PartnerListMessages = {
  listLabel: 'Partners',
  searchLabel: 'Search organisations',
  filtersLabel: 'Partner search and filters',
  categoryLegend: 'Category',
  areaLegend: 'Theme',
  categoryPrefix: 'Category:',
  areasLabel: 'Themes',
  found: (n, form) => (n === 0 ? 'No organisations found' : `${n} ${form === 'one' ? 'organisation' : 'organisations'} found`),
  noResults: 'No organisation matches your search and filters.',
  clearFilters: 'Clear filters',
  showMore: (n) => `Show more (${n})`,
  notPrinted: (n, form) => `…and ${n} more ${form === 'one' ? 'organisation' : 'organisations'}`,
  upcoming: (n, form) => `${n} upcoming ${form === 'one' ? 'event' : 'events'}`,
  since: (year) => `Partner since ${year}`,
  wholeDescription: 'Show the whole description',
  shorterDescription: 'Show less',
};

export const messages = {pl, en};
