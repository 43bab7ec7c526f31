/**
 * Search and order, DOM-free: Polish collation for names, and a normalizer
 * that makes search ignore case and diacritics.
 */
import {withoutDiacritics} from '../i18n/text.js';

/**
 * Polish collation: Ł after L, Ś after S, Ż after Z (plain code-unit order puts them after z).
 * Punctuation is ignored, so „Zielona Praga” sorts with the Z's, not before the A's.
 */
export const polishCollator = new Intl.Collator('pl', {sensitivity: 'base', numeric: true, ignorePunctuation: true});

/** Lower case, without diacritics: "Łódź" → "lodz", so "lodz" finds it. */
export function normalize(text: string): string {
  return withoutDiacritics(text).toLowerCase();
}

/** A query as normalized terms; every term must occur (in any order). */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}

/** Whether a normalized haystack holds every term. */
export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}
