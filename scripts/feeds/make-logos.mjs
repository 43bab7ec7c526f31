#!/usr/bin/env node
/**
 * Writes `sample/logos/<id>.svg` for every sample partner that has a logo:
 * a simple geometric mark and the organisation's initials, 120×60, each under
 * 1 KB. The output is committed; rerun after changing the sample partners.
 *
 *   node scripts/feeds/make-logos.mjs [--out DIR]
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {makeSampleFeed} from './sample-feed.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Background, mark and text colours; text on background is well above 4.5:1. */
const PALETTES = [
  {bg: '#eef6ef', mark: '#2e8b57', text: '#14432a'},
  {bg: '#eaf2fb', mark: '#1f6fb2', text: '#0d3556'},
  {bg: '#fff4e0', mark: '#e08a00', text: '#5a3500'},
  {bg: '#f6ecf7', mark: '#8e3fa0', text: '#43184d'},
  {bg: '#e8f6f6', mark: '#138a8a', text: '#0a4040'},
  {bg: '#fdecea', mark: '#c8382b', text: '#5e1710'},
  {bg: '#f1f3e4', mark: '#6b8e23', text: '#33441a'},
  {bg: '#eceefa', mark: '#3f51b5', text: '#1c2559'},
  {bg: '#fff8d6', mark: '#c9a400', text: '#4d3f00'},
  {bg: '#f0ebe6', mark: '#8d5a36', text: '#3f2716'},
];

/** Geometric marks drawn in the 6..54 × 6..54 square on the left. @type {((colour: string) => string)[]} */
const MARKS = [
  (c) => `<circle cx="30" cy="30" r="20" fill="${c}"/>`,
  (c) => `<path d="M30 8 52 30 30 52 8 30z" fill="${c}"/>`,
  (c) => `<path d="M30 9 53 50H7z" fill="${c}"/>`,
  (c) => `<path d="M30 8 49 19v22L30 52 11 41V19z" fill="${c}"/>`,
  (c) => `<path d="M10 50C10 24 26 10 50 10c0 26-14 40-40 40z" fill="${c}"/>`,
  (c) => `<rect x="10" y="10" width="40" height="40" rx="9" fill="${c}"/>`,
  (c) => `<circle cx="30" cy="30" r="11" fill="${c}"/><circle cx="30" cy="30" r="19" fill="none" stroke="${c}" stroke-width="4" stroke-dasharray="5 4"/>`,
  (c) => `<path d="M8 38q11-14 22 0t22 0M8 26q11-14 22 0t22 0" fill="none" stroke="${c}" stroke-width="6" stroke-linecap="round"/>`,
];

/** @param {string} s */
const escapeXml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Up to three initials of the capitalised words of a name, diacritics kept:
 * "Łączka – Fundacja Ogrodów Społecznych" → "ŁFO", "Słoneczne Dachy sp. z o.o." → "SD".
 * @param {string} name
 */
export function initials(name) {
  return name
    .replace(/[„”"“]/g, ' ')
    .split(/[\s–—-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .slice(0, 3)
    .map((w) => w[0])
    .join('');
}

/**
 * @param {string} name
 * @param {number} index
 */
export function logoSvg(name, index) {
  const palette = PALETTES[index % PALETTES.length];
  const mark = MARKS[(index * 3) % MARKS.length](palette.mark);
  const letters = initials(name);
  const size = letters.length > 2 ? 22 : 26;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60" role="img">` +
    `<title>${escapeXml(name)}</title>` +
    `<rect width="120" height="60" rx="8" fill="${palette.bg}"/>` +
    mark +
    `<text x="87" y="39" font-family="Arial, Helvetica, sans-serif" font-size="${size}" font-weight="700" text-anchor="middle" fill="${palette.text}">${escapeXml(letters)}</text>` +
    `</svg>\n`
  );
}

function main() {
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const outDir = outIndex >= 0 ? resolve(args[outIndex + 1]) : join(ROOT, 'sample', 'logos');
  mkdirSync(outDir, {recursive: true});
  // Any day gives the same partners.
  const feed = makeSampleFeed('2026-12-01');
  let count = 0;
  feed.partners.forEach((partner) => {
    if (!partner.logo) return;
    const svg = logoSvg(String(partner.name), count);
    const bytes = Buffer.byteLength(svg);
    if (bytes >= 1024) throw new Error(`${partner.id}: logo is ${bytes} bytes (limit 1 KB)`);
    writeFileSync(join(outDir, `${partner.id}.svg`), svg);
    count++;
  });
  console.log(`Wrote ${count} logos to ${outDir}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
