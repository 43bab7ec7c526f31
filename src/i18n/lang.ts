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

/** A language we ship; an unsupported one (say `de`) falls back to Polish. */
export function resolveLang(el: Element): Lang {
  return normalizeLang(inheritedLangAttribute(el)) ?? DEFAULT_LANG;
}
