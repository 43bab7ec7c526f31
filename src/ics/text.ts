/**
 * Feed text in one language, for plain-text outputs (calendar files, JSON-LD).
 * Its own module so the JSON-LD, which the calendar needs at once, does not
 * pull the iCalendar code into the initial bundle.
 */
import type {Lang, Text} from '../feed/types.js';

/** Text in a language, falling back to the other one (as the widgets show it). */
export function textIn(text: Text | undefined, lang: Lang): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[lang] ?? text[lang === 'pl' ? 'en' : 'pl'] ?? '';
}
