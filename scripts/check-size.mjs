#!/usr/bin/env node
// The size budget (SPEC "Embedding", issue 6): what a visitor downloads for
// each CDN entry, that is the entry file plus every file it loads through
// static imports, gzip-compressed (level 9) file by file as a server sends
// them. Fails (exit 1) when the all-in-one file with its chunks passes
// 24,000 bytes or a per-element file with its chunks passes 16,000. Sizes
// are exact, so this check cannot be flaky. Node built-ins only.
//
//   node scripts/check-size.mjs [dist/cdn]
import {existsSync, readFileSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const CDN = resolve(ROOT, process.argv[2] ?? 'dist/cdn');

/** Entry file → gzip budget in bytes, with its static imports. */
export const BUDGETS = {
  'pdk-widgets.js': 24_000,
  'pdk-partner-list.js': 16_000,
  'pdk-event-calendar.js': 16_000,
  'pdk-join-button.js': 16_000,
};

/**
 * Relative specifiers a minified ESM file loads before it runs:
 * `import"./a.js"`, `import{x}from"./a.js"`, `export{x}from"./a.js"`,
 * `export*from"./a.js"`. Dynamic `import("./a.js")` is left out on purpose:
 * it is loaded later, if ever.
 */
export function staticImports(code) {
  const found = new Set();
  const pattern = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?(["'])(\.{1,2}\/[^"'\s]+)\1/g;
  for (const match of code.matchAll(pattern)) found.add(match[2]);
  return [...found];
}

/** The entry and every file it reaches through static imports, each once. */
export function closure(entryPath) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    if (!existsSync(file)) throw new Error(`${relative(ROOT, file)} is imported but missing`);
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(resolve(dirname(file), spec));
  };
  visit(entryPath);
  return [...seen];
}

export const gzipSize = (buffer) => gzipSync(buffer, {level: 9}).length;
export const brotliSize = (buffer) =>
  brotliCompressSync(buffer, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** Sizes of one entry with its chunks: raw, gzip and brotli, summed file by file. */
export function measureEntry(entryPath) {
  const files = closure(entryPath);
  let raw = 0;
  let gzip = 0;
  let brotli = 0;
  for (const file of files) {
    const buffer = readFileSync(file);
    raw += buffer.length;
    gzip += gzipSize(buffer);
    brotli += brotliSize(buffer);
  }
  return {files: files.map((f) => relative(CDN, f)), raw, gzip, brotli};
}

const fmt = (n) => n.toLocaleString('en-US');

function main() {
  if (!existsSync(join(CDN, 'pdk-widgets.js'))) {
    console.error(`check-size: ${relative(ROOT, CDN) || CDN}/pdk-widgets.js is missing; run \`npm run build\` first.`);
    process.exit(1);
  }
  const rows = Object.entries(BUDGETS).map(([entry, budget]) => {
    const size = measureEntry(join(CDN, entry));
    return {entry, budget, ...size, ok: size.gzip <= budget};
  });

  const header = ['entry (+ static chunks)', 'files', 'raw', 'gzip', 'brotli', 'gzip budget', 'status'];
  const lines = rows.map((r) => [
    r.entry,
    String(r.files.length),
    fmt(r.raw),
    fmt(r.gzip),
    fmt(r.brotli),
    fmt(r.budget),
    r.ok ? 'ok' : `OVER by ${fmt(r.gzip - r.budget)}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const row = (cells) => cells.map((c, i) => (i === 0 || i === 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  console.log('Size budget (bytes; gzip -9 and brotli q11, file by file, entry + every chunk it imports statically)');
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));

  const over = rows.filter((r) => !r.ok);
  if (over.length) {
    console.error(`\nSize budget exceeded: ${over.map((r) => `${r.entry} (${fmt(r.gzip)} > ${fmt(r.budget)})`).join(', ')}.`);
    for (const r of over) console.error(`  ${r.entry} loads: ${r.files.join(', ')}`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) main();
