import {adoptStyles, supportsAdoptingStyleSheets, type CSSResultOrNative, type ReactiveElement} from 'lit';

/**
 * Adds styles that arrived with a lazy chunk to an element's shadow root,
 * after its own. Constructable sheets, as Lit's own, so a strict CSP sees no
 * <style>; where a browser lacks them, adoptStyles appends <style> elements,
 * and then only the new ones are needed.
 */
export function adoptMoreStyles(host: ReactiveElement, styles: CSSResultOrNative): void {
  const root = host.shadowRoot;
  if (!root) return;
  const own = (host.constructor as typeof ReactiveElement).elementStyles;
  adoptStyles(root, supportsAdoptingStyleSheets ? [...own, styles] : [styles]);
}
