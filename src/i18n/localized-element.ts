import {LitElement} from 'lit';
import {langAttributeChanged} from './localize.js';

/**
 * The base of our elements: a change of the element's own `lang` renders at
 * once, as a change of any attribute does, so `el.lang = 'en'; await
 * el.updateComplete` finds everything in English (the JSON-LD included).
 * LocalizeController's MutationObserver alone would hear of it a microtask
 * too late for that.
 *
 * @attr lang - The language, `pl` or `en`; without it, the nearest ancestor's `lang`, else Polish.
 */
export class LocalizedElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...(super.observedAttributes ?? []), 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) langAttributeChanged(this);
  }
}
