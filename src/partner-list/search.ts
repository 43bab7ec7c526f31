/**
 * Search and order, DOM-free: Polish collation for names, and a normalizer
 * that makes search ignore case and diacritics.
 */

/**
 * Polish collation: Ł after L, Ś after S, Ż after Z (plain code-unit order puts them after z).
 * Punctuation is ignored, so „Zielona Praga” sorts with the Z's, not before the A's.
 */
export const polishCollator = new Intl.Collator('pl', {sensitivity: 'base', numeric: true, ignorePunctuation: true});

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Lower case, without diacritics: "Łódź" → "lodz".
 *
 * NFD splits "ó" into "o" + a combining acute, which is then stripped. "ł" is
 * a letter of its own in Unicode (no decomposition), so NFD leaves it whole;
 * without the explicit map "lodz" would not find "Łódź".
 */
export function normalize(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase().replace(/ł/g, 'l');
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
