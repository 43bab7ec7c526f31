/**
 * The HTML an editor pastes: module preloads and the script tag (with their
 * Subresource Integrity hashes), the theme's style block, and the element.
 * Pure; every value is HTML-escaped, since feed URLs and e-mail addresses are
 * typed by people.
 */
import {elementAttributes, themeDeclarations, type Settings} from './settings.js';

/** One file of the CDN build and its `integrity` value (empty when it could not be computed). */
export interface HashedFile {
  /** Path relative to the CDN base, e.g. `pdk-event-calendar.js`, `chunks/lit-1a2b.js`. */
  readonly path: string;
  readonly integrity: string;
}

export interface SnippetInput {
  readonly settings: Settings;
  /** Where the CDN files are hosted, ending in `/`. */
  readonly base: string;
  /** The element's entry file first, then the chunks it imports. */
  readonly files: readonly HashedFile[];
}

const ESCAPES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'};

/** Text made safe for an HTML attribute value or text node. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const attribute = (name: string, value: string) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`);

function integrity(file: HashedFile): string {
  return file.integrity ? `${attribute('integrity', file.integrity)} crossorigin="anonymous"` : ' crossorigin="anonymous"';
}

/** The snippet, one tag per line. */
export function buildSnippet({settings, base, files}: SnippetInput): string {
  const [entry, ...chunks] = files;
  const lines: string[] = [];
  // Preloads first, so each chunk is fetched once, with its hash checked, before the entry imports it.
  for (const chunk of chunks) {
    lines.push(`<link rel="modulepreload"${attribute('href', base + chunk.path)}${integrity(chunk)}>`);
  }
  const entryPath = entry?.path ?? `${settings.element}.js`;
  lines.push(`<script type="module"${attribute('src', base + entryPath)}${entry ? integrity(entry) : ''}></script>`);
  const declarations = themeDeclarations(settings.theme);
  if (declarations.length) {
    // A page setting the properties on the element (not on :host inside it) is what the widgets expect.
    lines.push(`<style>`, `  ${settings.element} {`);
    for (const [name, value] of declarations) lines.push(`    ${name}: ${escapeHtml(value)};`);
    lines.push(`  }`, `</style>`);
  }
  const attributes = elementAttributes(settings)
    .map(([name, value]) => attribute(name, value))
    .join('');
  lines.push(`<${settings.element}${attributes}></${settings.element}>`);
  return lines.join('\n') + '\n';
}
