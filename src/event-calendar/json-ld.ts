/**
 * schema.org `Event` JSON-LD for search engines, in a
 * `<script type="application/ld+json" data-pdk-json-ld>` the element owns in
 * its light DOM (crawlers do not read shadow roots).
 *
 * Trusted Types: under `require-trusted-types-for 'script'` a script's text
 * must be a TrustedScript, so the text goes through a policy named
 * `pdk-widgets` (the one SPEC lets us have). When the page does not allow it,
 * the JSON-LD is skipped: it is a bonus, never a reason to break the widget.
 */
import {organisersOf} from '../feed/organisers.js';
import type {Feed, Lang, PdkEvent} from '../feed/types.js';
import {isoInZone} from '../feed/zoned-dates.js';
import {textIn} from '../i18n/text.js';

export const POLICY_NAME = 'pdk-widgets';
const SELECTOR = ':scope > script[type="application/ld+json"][data-pdk-json-ld]';

interface ScriptPolicy {
  createScript(input: string): unknown;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: {createScript: (s: string) => string}): ScriptPolicy;
}

// Shared through the global symbol registry, so two copies of the library on
// one page (or another module of it) reuse one policy: a second
// createPolicy('pdk-widgets') would throw.
const POLICY_KEY = Symbol.for('pdk-widgets.trusted-types-policy');
type PolicyHolder = {[POLICY_KEY]?: ScriptPolicy | null};

/**
 * The policy's one rule. It is reachable by any script on the page (through
 * the registry), so it passes only what it exists for: JSON with every `<`
 * escaped, which cannot end a script element and does nothing run as code.
 */
function onlyJsonLd(text: string): string {
  if (text.includes('<')) throw new TypeError('pdk-widgets: only JSON-LD without "<" may become a script');
  JSON.parse(text);
  return text;
}

/** The page's `pdk-widgets` policy; undefined without Trusted Types, null when not allowed. */
export function scriptPolicy(): ScriptPolicy | null | undefined {
  const factory = (window as {trustedTypes?: TrustedTypesFactory}).trustedTypes;
  if (!factory) return undefined;
  const holder = globalThis as PolicyHolder;
  if (holder[POLICY_KEY] === undefined) {
    try {
      holder[POLICY_KEY] = factory.createPolicy(POLICY_NAME, {createScript: onlyJsonLd});
    } catch {
      holder[POLICY_KEY] = null;
    }
  }
  return holder[POLICY_KEY];
}

/** @internal Forgets the policy (tests). */
export function resetScriptPolicy(): void {
  delete (globalThis as PolicyHolder)[POLICY_KEY];
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;
}

/** One schema.org Event. */
export function eventJsonLd(event: PdkEvent, feed: Feed, lang: Lang): Record<string, unknown> {
  const zone = feed.timezone;
  const place = event.location && (event.location.name || event.location.address)
    ? compact({
        '@type': 'Place',
        name: event.location.name ?? event.location.address,
        address: event.location.address ? {'@type': 'PostalAddress', streetAddress: event.location.address} : undefined,
      })
    : undefined;
  const virtual = event.online ? {'@type': 'VirtualLocation', url: event.online} : undefined;
  const locations = [place, virtual].filter((l) => l !== undefined);
  const mode = place && virtual ? 'Mixed' : virtual ? 'Online' : 'Offline';
  const organizers = organisersOf(event, feed).map((partner) => compact({'@type': 'Organization', name: textIn(partner.name, lang), url: partner.url}));
  return compact({
    '@type': 'Event',
    name: textIn(event.title, lang),
    startDate: event.allDay ? event.firstDay : isoInZone(event.startMs, zone),
    endDate: event.allDay ? event.lastDay : event.end === undefined ? undefined : isoInZone(event.endMs, zone),
    eventStatus: event.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: `https://schema.org/${mode}EventAttendanceMode`,
    location: locations.length > 1 ? locations : locations[0],
    organizer: organizers.length ? organizers : undefined,
    description: textIn(event.description, lang) || undefined,
    url: event.url,
    inLanguage: lang,
  });
}

/** The JSON text, with `<` escaped so feed text such as `</script>` cannot end the script. */
export function jsonLdText(events: readonly PdkEvent[], feed: Feed, lang: Lang): string {
  const data = {'@context': 'https://schema.org', '@graph': events.map((e) => eventJsonLd(e, feed, lang))};
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/**
 * Keeps one JSON-LD script in the host's light DOM describing `events`:
 * created when missing, updated in place, removed when there are none.
 */
export function syncJsonLd(host: HTMLElement, events: readonly PdkEvent[], feed: Feed, lang: Lang): void {
  if (!events.length) {
    removeJsonLd(host);
    return;
  }
  try {
    const text = jsonLdText(events, feed, lang);
    const existing = host.querySelectorAll<HTMLScriptElement>(SELECTOR);
    // Another copy may have been added by hand or by a cloned element; keep one.
    for (const extra of Array.from(existing).slice(1)) extra.remove();
    let script = existing[0];
    if (script?.textContent === text) return;
    const policy = scriptPolicy();
    if (policy === null) {
      removeJsonLd(host);
      return;
    }
    const value = policy ? policy.createScript(text) : text;
    if (!script) {
      script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.pdkJsonLd = '';
    }
    // A TrustedScript where Trusted Types exist, a string elsewhere.
    script.textContent = value as string;
    if (!script.isConnected || script.parentNode !== host) host.append(script);
  } catch {
    // Trusted Types refused the text (or something else went wrong): no JSON-LD, widget unharmed.
    removeJsonLd(host);
  }
}

/** Whether the host holds its JSON-LD script. */
export const hasJsonLd = (host: HTMLElement): boolean => host.querySelector(SELECTOR) !== null;

/** Removes the element's JSON-LD script. */
export function removeJsonLd(host: HTMLElement): void {
  host.querySelectorAll(SELECTOR).forEach((s) => s.remove());
}
