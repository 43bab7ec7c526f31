/**
 * WCAG 2.1 contrast: relative luminance of sRGB colours and the ratio between
 * two of them (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). Pure.
 */

/** The ratio body text needs for AA (1.4.3); large text and UI parts need 3:1. */
export const AA_TEXT = 4.5;

/** `#rgb` or `#rrggbb` as [r, g, b] in 0–255, or null for anything else. */
export function parseHex(value: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (!match) return null;
  const hex = match[1].length === 3 ? [...match[1]].map((c) => c + c).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** A colour as people type it ("#1A7F5A", "1a7f5a", "#abc") as `#rrggbb`, or null. */
export function normalizeHex(value: string): string | null {
  const typed = value.trim();
  const rgb = parseHex(typed.startsWith('#') ? typed : `#${typed}`);
  return rgb && `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (0 black – 1 white), with WCAG 2.1's sRGB linearisation. */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    // WCAG 2.1 writes 0.03928 (the old sRGB draft); it gives the same result as 0.04045 for 8-bit values.
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** Contrast ratio (1–21) of two hex colours, or null when either is not a hex colour. */
export function contrastRatio(foreground: string, background: string): number | null {
  const fg = parseHex(foreground);
  const bg = parseHex(background);
  if (!fg || !bg) return null;
  const [light, dark] = [relativeLuminance(fg), relativeLuminance(bg)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The ratio as people read it ("4.48:1", "21:1"), cut (not rounded) to two
 * decimals: 4.499 must not read as a passing "4.5".
 */
export function formatRatio(ratio: number, lang: string): string {
  const cut = Math.floor(ratio * 100) / 100;
  return `${new Intl.NumberFormat(lang, {maximumFractionDigits: 2}).format(cut)}:1`;
}
