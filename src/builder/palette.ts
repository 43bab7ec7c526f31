/**
 * Every colour the widgets use, from the three the builder lets a webmaster
 * pick, and the pairs they draw text with. The other colours follow the
 * three, as the defaults follow the default three: on a dark background the
 * surface of tags and chips is dark too and the secondary text light. Pure.
 */
import {EVENT_TYPES, type EventType} from '../feed/types.js';
import {contrastRatio, parseHex} from './contrast.js';
import type {WidgetTag} from '../shared/widget-tags.js';
import {DEFAULT_THEME, type Attribute, type Theme} from './settings.js';

export interface Palette {
  readonly text: string;
  readonly bg: string;
  readonly accent: string;
  readonly muted: string;
  readonly surface: string;
  readonly border: string;
  readonly accentSoft: string;
  readonly accentContrast: string;
  readonly danger: string;
}

/** The defaults of src/theme/base.styles.ts, and the custom property each colour sets. */
const DEFAULT_PALETTE: Palette = {
  text: DEFAULT_THEME.text,
  bg: DEFAULT_THEME.bg,
  accent: DEFAULT_THEME.accent,
  muted: '#4f5753',
  surface: '#f4f7f5',
  border: '#6e7a74',
  accentSoft: '#e1f0e8',
  accentContrast: '#ffffff',
  danger: '#b3261e',
};
const PALETTE_PROPERTIES: Record<keyof Palette, string> = {
  accent: '--pdk-color-accent',
  text: '--pdk-color-text',
  bg: '--pdk-color-bg',
  muted: '--pdk-color-muted',
  surface: '--pdk-color-surface',
  border: '--pdk-color-border',
  accentSoft: '--pdk-color-accent-soft',
  accentContrast: '--pdk-color-accent-contrast',
  danger: '--pdk-color-danger',
};

/** The calendar's event-type marker colours (event-calendar/grid.styles.ts): 3:1 on white. */
const DEFAULT_TYPE_COLOURS: Record<EventType, string> = {
  conference: '#00693e',
  debate: '#1d4ed8',
  happening: '#b45309',
  exhibition: '#7c3aed',
  workshop: '#be185d',
  other: '#4f5753',
};

/** Non-text contrast (WCAG 1.4.11): a marker's shape must stand out from what it is drawn on. */
const AA_GRAPHICS = 3;

/** A red that reads on dark backgrounds, where the default one does not. */
const LIGHT_DANGER = '#ff8a80';

/** `share` of `a` mixed into `b`, in sRGB, as `#rrggbb` (both hex colours, as colour inputs give). */
function mix(a: string, b: string, share: number): string {
  const [from, to] = [parseHex(a) ?? [0, 0, 0], parseHex(b) ?? [0, 0, 0]];
  return `#${from.map((c, i) => Math.round(c * share + to[i] * (1 - share)).toString(16).padStart(2, '0')).join('')}`;
}

const ratio = (fg: string, bg: string) => contrastRatio(fg, bg) ?? 1;

export function palette(theme: Theme): Palette {
  const [text, bg, accent] = [theme.text, theme.bg, theme.accent].map((colour) => colour.toLowerCase());
  const textOrBg = text !== DEFAULT_THEME.text || bg !== DEFAULT_THEME.bg;
  const accentOrBg = accent !== DEFAULT_THEME.accent || bg !== DEFAULT_THEME.bg;
  const onAccent = ratio('#ffffff', accent) >= ratio('#000000', accent) ? '#ffffff' : '#000000';
  return {
    text,
    bg,
    accent,
    muted: textOrBg ? mix(text, bg, 0.8) : DEFAULT_PALETTE.muted,
    surface: textOrBg ? mix(text, bg, 0.05) : DEFAULT_PALETTE.surface,
    border: textOrBg ? mix(text, bg, 0.6) : DEFAULT_PALETTE.border,
    accentSoft: accentOrBg ? mix(accent, bg, 0.15) : DEFAULT_PALETTE.accentSoft,
    accentContrast: accentOrBg ? onAccent : DEFAULT_PALETTE.accentContrast,
    danger: ratio(DEFAULT_PALETTE.danger, bg) >= ratio(LIGHT_DANGER, bg) ? DEFAULT_PALETTE.danger : LIGHT_DANGER,
  };
}

/**
 * The calendar's marker colours on this palette: each default, drawn toward
 * the text colour just enough for 3:1 on the page and on the chips. On a
 * light page that leaves them as they are; on a dark one they lighten.
 */
export function typeColours(p: Palette): Record<EventType, string> {
  const lowest = (colour: string) => Math.min(ratio(colour, p.bg), ratio(colour, p.surface));
  const colourFor = (type: EventType) => {
    let colour = DEFAULT_TYPE_COLOURS[type];
    for (let step = 1; step <= 10 && lowest(colour) < AA_GRAPHICS; step++) colour = mix(DEFAULT_TYPE_COLOURS[type], p.text, 1 - step / 10);
    return colour;
  };
  return Object.fromEntries(EVENT_TYPES.map((type) => [type, colourFor(type)])) as Record<EventType, string>;
}

/** The `--pdk-*` declarations for `element` that differ from the defaults, in a fixed order. */
export function themeDeclarations(theme: Theme, element: WidgetTag): Attribute[] {
  const colours = palette(theme);
  const out = (Object.keys(PALETTE_PROPERTIES) as Array<keyof Palette>)
    .filter((key) => colours[key] !== DEFAULT_PALETTE[key])
    .map((key): Attribute => [PALETTE_PROPERTIES[key], colours[key]]);
  // Dark colours want the browser's dark checkboxes, options and scrollbars.
  if (ratio('#ffffff', colours.bg) > ratio('#000000', colours.bg)) out.push(['--pdk-color-scheme', 'dark']);
  if (theme.radius !== DEFAULT_THEME.radius) out.push(['--pdk-radius', `${theme.radius}em`]);
  if (element === 'pdk-event-calendar') {
    const types = typeColours(colours);
    for (const type of EVENT_TYPES) {
      if (types[type] !== DEFAULT_TYPE_COLOURS[type]) out.push([`--pdk-calendar-type-${type}`, types[type]]);
    }
  }
  return out;
}

export type ContrastPair = 'text' | 'muted' | 'surface' | 'accent' | 'button' | 'today' | 'danger';

/**
 * Each kind of text the widgets draw, with its colour and the lowest contrast
 * it gets over the backgrounds it is drawn on (links sit on the page and on
 * chips, secondary text on the page and on days of other months, …).
 */
export function contrastPairs(p: Palette): Array<{pair: ContrastPair; fg: string; bg: string; ratio: number}> {
  const worst = (pair: ContrastPair, fg: string, ...backgrounds: string[]) => {
    const [bg] = backgrounds.sort((a, b) => ratio(fg, a) - ratio(fg, b));
    return {pair, fg, bg, ratio: ratio(fg, bg)};
  };
  return [
    worst('text', p.text, p.bg),
    worst('muted', p.muted, p.bg, p.surface),
    worst('surface', p.text, p.surface),
    worst('accent', p.accent, p.bg, p.surface),
    worst('button', p.accentContrast, p.accent),
    worst('today', p.text, p.accentSoft),
    worst('danger', p.danger, p.bg),
  ];
}
