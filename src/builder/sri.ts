/**
 * Subresource Integrity for the CDN build the builder is served with: the
 * entry file of an element and every chunk it imports statically, each
 * hashed with SHA-384 as `integrity="sha384-…"` expects.
 *
 * An entry's `integrity` covers that file only: the browser fetches the
 * chunks it imports without a hash. The snippet therefore also names each
 * chunk in a `<link rel="modulepreload" integrity=…>`, which Chromium-based
 * browsers check and reuse for the import.
 */
import type {HashedFile} from './snippet.js';

/** `sha384-<base64>` of some bytes. */
export async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha384-${btoa(binary)}`;
}

/**
 * Relative specifiers a minified ES module loads before it runs
 * (`import"./a.js"`, `import{x}from"./a.js"`, `export*from"./a.js"`); dynamic
 * `import()` is left out, as it is fetched later, if ever. The same rule as
 * scripts/check-size.mjs.
 */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])(\.{1,2}\/[^"'\s]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/**
 * Hashes `entry` (a path relative to `cdnUrl`) and the chunks it reaches through
 * static imports; the entry comes first. Rejects when a file cannot be fetched.
 */
export async function hashBuild(cdnUrl: string, entry: string, signal?: AbortSignal): Promise<HashedFile[]> {
  const base = new URL(cdnUrl, document.baseURI);
  const files: HashedFile[] = [];
  const seen = new Set<string>();
  const visit = async (url: URL): Promise<void> => {
    if (seen.has(url.href)) return;
    seen.add(url.href);
    const response = await fetch(url, {signal, cache: 'no-cache'});
    if (!response.ok) throw new Error(`${url.href}: HTTP ${response.status}`);
    const bytes = await response.arrayBuffer();
    files.push({path: url.href.slice(base.href.length), integrity: await sha384(bytes)});
    const code = new TextDecoder().decode(bytes);
    for (const specifier of staticImports(code)) await visit(new URL(specifier, url));
  };
  await visit(new URL(entry, base));
  return files;
}
