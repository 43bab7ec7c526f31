/**
 * Theming: the shared --pdk-* custom properties (src/theme/base.styles.ts),
 * set on a wrapper around all three widgets, as a host page would set them on
 * any ancestor. Every colour pair in the ready themes passes WCAG 2.1 AA:
 * text 4.5:1 on bg, surface and accent-soft; accent-contrast on accent
 * 4.5:1; borders and the focus ring 3:1 (ratios noted at each theme).
 */
import type {ArgTypes, Meta, StoryObj} from '@storybook/web-components-vite';
import {html} from 'lit';
import {styleMap} from 'lit/directives/style-map.js';
import '../src/partner-list/pdk-partner-list.js';
import '../src/event-calendar/pdk-event-calendar.js';
import '../src/join-button/pdk-join-button.js';
import {SAMPLE_FEED, SAMPLE_MONTH} from './feeds.js';

type Theme = Record<ThemeProperty, string>;
type ThemeProperty = (typeof PROPERTIES)[number]['name'];

/** The shared custom properties, with the library's defaults. */
const PROPERTIES = [
  {name: '--pdk-color-text', value: '#1b1f1d', what: 'Body text'},
  {name: '--pdk-color-muted', value: '#4f5753', what: 'Secondary text (dates, counts)'},
  {name: '--pdk-color-bg', value: '#ffffff', what: 'Background of cards, fields and the dialog'},
  {name: '--pdk-color-surface', value: '#f4f7f5', what: 'Quiet surfaces (toolbars, skeletons)'},
  {name: '--pdk-color-border', value: '#6e7a74', what: 'Borders of controls (3:1 on bg)'},
  {name: '--pdk-color-accent', value: '#00693e', what: 'Links, buttons, selection'},
  {name: '--pdk-color-accent-contrast', value: '#ffffff', what: 'Text on the accent colour'},
  {name: '--pdk-color-accent-soft', value: '#e1f0e8', what: 'Soft highlights (today, hovered rows)'},
  {name: '--pdk-color-danger', value: '#b3261e', what: 'Errors and cancelled events'},
  {name: '--pdk-color-focus', value: '#00693e', what: 'Focus ring (defaults to the accent)'},
  {name: '--pdk-radius', value: '0.5em', what: 'Corner radius'},
  {name: '--pdk-spacing', value: '1em', what: 'Base spacing'},
] as const;

const DEFAULTS = Object.fromEntries(PROPERTIES.map((p) => [p.name, p.value])) as Theme;

/** Colour and size controls, one per property, with its default in the docs table. */
const argTypes: ArgTypes = Object.fromEntries(
  PROPERTIES.map((p) => [
    p.name,
    {
      control: p.name.startsWith('--pdk-color') ? 'color' : 'text',
      description: p.what,
      table: {category: p.name.startsWith('--pdk-color') ? 'Colours' : 'Shape', defaultValue: {summary: p.value}},
    },
  ]),
);

/** The City of Warsaw's look: red and yellow accents on white. Red on white 5.9:1, white on red 5.9:1, border 4.5:1 on the yellow surface. */
const CITY: Theme = {
  ...DEFAULTS,
  '--pdk-color-text': '#1a1a1a',
  '--pdk-color-muted': '#55504a',
  '--pdk-color-surface': '#fff8e1',
  '--pdk-color-border': '#7a7263',
  '--pdk-color-accent': '#c8102e',
  '--pdk-color-accent-soft': '#ffe9a8',
  '--pdk-color-danger': '#a4161a',
  '--pdk-color-focus': '#1a1a1a',
  '--pdk-radius': '0.25em',
};

/**
 * A dark site. Text 16:1 on bg, muted 9.8:1, accent 11:1, dark text on the accent 11:1, border 6.2:1, yellow focus ring 12.8:1.
 * The calendar's type markers, lightened as the embed builder does: 3.2:1 or more on the chips (non-text contrast).
 */
const DARK: Theme = {
  '--pdk-color-text': '#eef3f0',
  '--pdk-color-muted': '#b5c1bb',
  '--pdk-color-bg': '#121715',
  '--pdk-color-surface': '#1c2420',
  '--pdk-color-border': '#8c9a93',
  '--pdk-color-accent': '#7fdcaa',
  '--pdk-color-accent-contrast': '#0b1410',
  '--pdk-color-accent-soft': '#1f3b2e',
  '--pdk-color-danger': '#ff8f86',
  '--pdk-color-focus': '#ffd54f',
  '--pdk-radius': '0.5em',
  '--pdk-spacing': '1em',
};
const DARK_MARKERS = {
  '--pdk-calendar-type-conference': '#308562',
  '--pdk-calendar-type-debate': '#476fdd',
  '--pdk-calendar-type-exhibition': '#874ded',
  '--pdk-calendar-type-workshop': '#c8447a',
  '--pdk-calendar-type-other': '#6f7672',
};

/** A partner with its own brand colour (a fictional energy company): blue 6.9:1 on white, square corners, tighter spacing. */
const PARTNER: Theme = {
  ...DEFAULTS,
  '--pdk-color-text': '#14213d',
  '--pdk-color-muted': '#4a5568',
  '--pdk-color-surface': '#f2f6fb',
  '--pdk-color-border': '#6b7a90',
  '--pdk-color-accent': '#0057b8',
  '--pdk-color-accent-soft': '#e3eefb',
  '--pdk-color-focus': '#0057b8',
  '--pdk-radius': '0',
  '--pdk-spacing': '0.75em',
};

/**
 * The three widgets under one wrapper that sets the theme. styleMap sets the
 * properties through the CSSOM, which a strict Content-Security-Policy
 * allows (a style="…" attribute it would block). The wrapper paints the page
 * background and text colour too, as the host page's own CSS would.
 */
function renderThemed(theme: Partial<Theme>, calendarTheme: Record<string, string> = {}) {
  const style = {
    ...theme,
    ...calendarTheme,
    'background-color': theme['--pdk-color-bg'] ?? '',
    color: theme['--pdk-color-text'] ?? '',
    display: 'grid',
    gap: '1.5em',
    padding: '1.5em',
  };
  return html`<div style=${styleMap(style)}>
    <pdk-join-button src=${SAMPLE_FEED}></pdk-join-button>
    <pdk-event-calendar src=${SAMPLE_FEED} month=${SAMPLE_MONTH} controls></pdk-event-calendar>
    <pdk-partner-list src=${SAMPLE_FEED} controls limit="6"></pdk-partner-list>
  </div>`;
}

const meta: Meta<Theme> = {
  title: 'Theming',
  argTypes,
  args: DEFAULTS,
  render: (args) => renderThemed(args),
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Set any `--pdk-*` property on an ancestor of the widgets (a wrapper, `body`, `:root`): it reaches inside their shadow roots. ' +
          'Use the controls to try colours; each ready theme below passes WCAG 2.1 AA. ' +
          'For anything the properties do not cover, style the parts with `::part()` (listed on each element’s Docs page).',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Theme>;

/** The library's defaults: change any control to see all three widgets follow. */
export const Playground: Story = {};
/** The city's look: Warsaw red and yellow. */
export const CityOfWarsaw: Story = {name: 'City of Warsaw', args: CITY};
/** A site with a dark background and light text. */
export const DarkSite: Story = {name: 'Dark site', args: DARK, render: (args) => renderThemed(args, DARK_MARKERS)};
/** A partner's own site, with its brand colour, square corners and tighter spacing. */
export const PartnerBrand: Story = {name: 'Partner brand', args: PARTNER};
