import {LitElement, type PropertyValues} from 'lit';
import {DEFAULT_LANG} from './lang.js';
import {langAttributeChanged, renderedLang} from './localize.js';

/**
 * The base of our elements, for their language:
 * - A change of the element's own `lang` renders at once, as a change of any
 *   attribute does, so `el.lang = 'en'; await el.updateComplete` finds
 *   everything in English (the JSON-LD included). LocalizeController's
 *   MutationObserver alone would hear of it a microtask too late for that.
 * - What it renders is marked with the language it is in (WCAG 3.1.2): on a
 *   page in another language (`lang="uk"`, or none) the Polish text would
 *   otherwise be read by a screen reader in the page's voice. The mark is on
 *   a wrapper in the shadow root, the render root: the host's own `lang` is
 *   the page's to set, and it decides ours.
 *
 * @attr lang - The language, `pl` or `en`; without it, the nearest ancestor's `lang`, else Polish.
 */
export class LocalizedElement extends LitElement {
  static override get observedAttributes(): string[] {
    return [...(super.observedAttributes ?? []), 'lang'];
  }

  private langRoot?: HTMLElement;

  protected override createRenderRoot(): HTMLElement {
    const shadowRoot = super.createRenderRoot();
    this.langRoot = document.createElement('div');
    this.langRoot.className = 'lang-root';
    shadowRoot.append(this.langRoot);
    // LitElement would render before the shadow root's first child, now outside the wrapper.
    this.renderOptions.renderBefore = null;
    return this.langRoot;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null) {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) langAttributeChanged(this);
  }

  protected override update(changed: PropertyValues) {
    const lang = renderedLang(this) ?? DEFAULT_LANG;
    if (this.langRoot!.lang !== lang) this.langRoot!.lang = lang;
    super.update(changed);
  }
}
