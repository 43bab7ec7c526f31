/**
 * A reactive controller that tells an element its language and re-renders it
 * when that changes. Not `@lit/localize`: its runtime can be configured only
 * once per page, and the host page may use it too.
 *
 * Observed: the element's own `lang`, through LocalizedElement, which its
 * host extends; and `lang` anywhere in the document and in every shadow root
 * around the element (one observer for the page; it only hears `lang`
 * changes, which are rare).
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {Lang, Text} from '../feed/types.js';
import {DEFAULT_LANG, resolveLang} from './lang.js';
import {textIn} from './text.js';
import type {SharedMessages} from './messages.js';
import {en} from './en.js';
import {pl} from './pl.js';

const SHARED: Record<Lang, SharedMessages> = {pl, en};

type Host = ReactiveControllerHost & HTMLElement;

const connected = new Set<LocalizeController>();
const controllers = new WeakMap<Element, LocalizeController>();
let langObserver: MutationObserver | undefined;
const watchedRoots = new WeakSet<Node>();

/** The language an element renders in, once its LocalizeController is made. */
export function renderedLang(host: Element): Lang | undefined {
  return controllers.get(host)?.lang;
}

/** The element's own `lang` attribute changed (LocalizedElement hears it at once). */
export function langAttributeChanged(host: Element): void {
  controllers.get(host)?.refresh();
}

/**
 * Watches `lang` attributes in the document and in every shadow root around
 * `host` (a page's own components can hold our elements): an observer on the
 * document does not see into shadow trees.
 */
function observeLangAround(host: Element) {
  langObserver ??= new MutationObserver(() => connected.forEach((c) => c.refresh()));
  for (let root = host.getRootNode(); !watchedRoots.has(root); root = (root as ShadowRoot).host.getRootNode()) {
    watchedRoots.add(root);
    langObserver.observe(root, {attributes: true, attributeFilter: ['lang'], subtree: true});
    if (!(root instanceof ShadowRoot)) break;
  }
}

export class LocalizeController implements ReactiveController {
  /** The element's language. */
  lang: Lang = DEFAULT_LANG;
  /** The tag to format dates and times with: `lang`, or the page's tag in that language ("en-GB"). */
  locale: string = DEFAULT_LANG;
  private readonly pluralRules = new Map<Lang, Intl.PluralRules>();

  constructor(private readonly host: Host) {
    host.addController(this);
    controllers.set(host, this);
  }

  hostConnected() {
    // Moved into a section in another language: render again.
    this.refresh();
    connected.add(this);
    observeLangAround(this.host);
  }

  hostDisconnected() {
    connected.delete(this);
  }

  /** Re-reads the language; re-renders the host when it changed. */
  refresh() {
    const {lang, locale} = resolveLang(this.host);
    if (lang !== this.lang || locale !== this.locale) {
      this.lang = lang;
      this.locale = locale;
      this.host.requestUpdate();
    }
  }

  /** Messages shared by all elements. */
  get shared(): SharedMessages {
    return SHARED[this.lang];
  }

  /** Picks from an element's own `{pl, en}` catalog. */
  pick<T>(catalog: Record<Lang, T>): T {
    return catalog[this.lang];
  }

  text(text: Text | undefined): string {
    return textIn(text, this.lang);
  }

  /**
   * The language `text` is in when it is not the element's, because the feed
   * has no translation: the element that holds it carries that `lang`, so a
   * screen reader reads it in the right voice (WCAG 3.1.2). Else undefined.
   * A plain string is Polish (SPEC: an empty `_en` column means the Polish
   * text is used for both languages), as are places and addresses.
   */
  fallbackLang(text: Text | undefined): Lang | undefined {
    if (!text) return undefined;
    if (typeof text === 'string') return this.lang === 'pl' ? undefined : 'pl';
    if (text[this.lang] !== undefined) return undefined;
    const other = this.lang === 'pl' ? 'en' : 'pl';
    return text[other] === undefined ? undefined : other;
  }

  /** The CLDR plural category of `n` (Polish: one / few / many / other). */
  plural(n: number): Intl.LDMLPluralRule {
    let rules = this.pluralRules.get(this.lang);
    if (!rules) {
      rules = new Intl.PluralRules(this.lang);
      this.pluralRules.set(this.lang, rules);
    }
    return rules.select(n);
  }

  /**
   * How long ago an instant was, in words ("30 sekund temu", "3 godziny
   * temu", "2 months ago"). At least a second: 'auto' says "teraz" / "now"
   * for 0, which of a saved copy would read as live.
   */
  age(sinceMs: number, now = Date.now()): string {
    const seconds = Math.max(1, Math.round((now - sinceMs) / 1000));
    const minutes = Math.round(seconds / 60);
    const days = Math.round(minutes / 1440);
    const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
      seconds < 60
        ? [seconds, 'second']
        : minutes < 60
          ? [minutes, 'minute']
          : minutes < 48 * 60
            ? [Math.round(minutes / 60), 'hour']
            : days < 60
              ? [days, 'day']
              : days < 730
                ? [Math.round(days / 30.44), 'month']
                : [Math.round(days / 365.25), 'year'];
    return new Intl.RelativeTimeFormat(this.lang, {numeric: 'auto'}).format(-value, unit);
  }
}
