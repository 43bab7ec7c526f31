/**
 * Feed text in one language. DOM-free, for the widgets, their plain-text
 * outputs (calendar files, JSON-LD) and the command-line tool alike.
 */
import type {Lang, Text} from '../feed/types.js';

/** Text in a language, falling back to the other one (as the widgets show it). */
export function textIn(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'pl' ? 'en' : 'pl'] ?? '';
}

/**
 * Text without diacritics, case kept: "Łódź" → "Lodz". NFD splits "ó" into
 * "o" and a combining acute, which goes; "ł" is a letter of its own in
 * Unicode (no decomposition), so it is mapped by hand.
 */
export function withoutDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
}
