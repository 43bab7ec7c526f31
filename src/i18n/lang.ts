/**
 * Which language an element speaks: its own `lang`, else the nearest
 * ancestor's, else Polish. `closest('[lang]')` stops at a shadow root
 * (whatwg/html#7039), so the walk steps out through each root's host.
 */
import type {Lang} from '../feed/types.js';

export const DEFAULT_LANG: Lang = 'pl';

export function normalizeLang(value: string | null | undefined): Lang | null {
  const primary = value?.trim().toLowerCase().split(/[-_]/)[0];
  if (!primary) return null;
  return primary === 'en' ? 'en' : primary === 'pl' ? 'pl' : null;
}

/** The `lang` attribute in force for `el`, following shadow hosts outwards. */
export function inheritedLangAttribute(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/**
 * The tag dates and times are formatted with: the page's own tag when it is in
 * the language shown, so that `en-GB` reads "3 December 2026, 18:00" where
 * `en` reads "December 3, 2026, 6:00 PM"; else the language itself.
 */
export function localeFor(tag: string | null, lang: Lang): string {
  if (!tag || normalizeLang(tag) !== lang) return lang;
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? lang;
  } catch {
    return lang; // not a well-formed tag
  }
}

/** The language an element speaks (one we ship; an unsupported one, say `de`, falls back to Polish) and the tag it formats dates with. */
export function resolveLang(el: Element): {lang: Lang; locale: string} {
  const tag = inheritedLangAttribute(el);
  const lang = normalizeLang(tag) ?? DEFAULT_LANG;
  return {lang, locale: localeFor(tag, lang)};
}
