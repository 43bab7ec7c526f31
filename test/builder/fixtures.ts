/** Helpers for the builder's browser tests. */
import {fixture, html} from '@open-wc/testing';
import '../../src/builder/pdk-embed-builder.js';
import type {PdkEmbedBuilder} from '../../src/builder/embed-builder.js';

/** The same path on the embedding tests' other feed host: 127.0.0.1, while the test page is on localhost. */
export const otherOrigin = (path: string) => `http://127.0.0.1:${location.port}${path}`;

export const SAMPLE = '/sample/feed.json';

/** A builder on the sample feed and the built /dist/cdn/, once its feed check and hashes are done. */
export async function mountBuilder(feed = SAMPLE, lang = 'pl'): Promise<PdkEmbedBuilder> {
  const el = await fixture<PdkEmbedBuilder>(html`<pdk-embed-builder feed=${feed} cdn="/dist/cdn/" lang=${lang}></pdk-embed-builder>`);
  await settle(el);
  return el;
}

/** Waits for the feed check and the hashes, then for the render they cause. */
export async function settle(el: PdkEmbedBuilder) {
  await el.updateComplete;
  await Promise.allSettled([el.feedCheck.taskComplete, el.hashes.taskComplete]);
  await el.updateComplete;
}

export function q<T extends Element = HTMLElement>(el: PdkEmbedBuilder, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in <pdk-embed-builder>`);
  return found;
}

/** Clicks the radio or checkbox `name` with `value`, as a person would. */
export async function choose(el: PdkEmbedBuilder, name: string, value: string) {
  q<HTMLInputElement>(el, `input[name="${name}"][value="${CSS.escape(value)}"]`).click();
  await settle(el);
}

/** Types into a field and leaves it (input, then change). */
export async function type(el: PdkEmbedBuilder, selector: string, value: string) {
  const input = q<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  input.dispatchEvent(new Event('change', {bubbles: true}));
  await settle(el);
}

/** The element in the preview. */
export function previewed(el: PdkEmbedBuilder): HTMLElement {
  return q(el, '[part="preview"]').firstElementChild as HTMLElement;
}

/** An element's attributes as a sorted list. */
export const attributesOf = (el: Element) => [...el.attributes].map((a) => [a.name, a.value]).sort(([a], [b]) => a.localeCompare(b));
