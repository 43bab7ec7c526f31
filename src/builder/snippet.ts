/**
 * The HTML an editor pastes: module preloads and the script tag (with their
 * Subresource Integrity hashes), a style block (the space the element keeps
 * before the script runs, and the theme), and the element.
 * Pure; every value is HTML-escaped, since feed URLs and e-mail addresses are
 * typed by people.
 */
import {reservedSpaceDeclarations} from '../theme/reserved-space.js';
import {themeDeclarations} from './palette.js';
import {elementAttributes, type Settings} from './settings.js';

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
  const rule = (selector: string, declarations: readonly (readonly [string, string])[]) => [
    `  ${selector} {`,
    ...declarations.map(([name, value]) => `    ${name}: ${escapeHtml(value)};`),
    `  }`,
  ];
  // No layout shift when the script arrives: the element's loading placeholder's height, kept from the first paint.
  lines.push('<style>', ...rule(`${settings.element}:not(:defined)`, reservedSpaceDeclarations(settings.element, settings.view)));
  const theme = themeDeclarations(settings.theme, settings.element);
  // A page setting the properties on the element (not on :host inside it) is what the widgets expect.
  if (theme.length) lines.push(...rule(settings.element, theme));
  lines.push('</style>');
  const attributes = elementAttributes(settings)
    .map(([name, value]) => attribute(name, value))
    .join('');
  lines.push(`<${settings.element}${attributes}></${settings.element}>`);
  return lines.join('\n') + '\n';
}
