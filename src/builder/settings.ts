/**
 * What the editor chose, and the element it makes: the attributes SPEC gives
 * each element, in SPEC's order, leaving out every one still at its default.
 * Pure: the preview and the snippet are both made from `elementAttributes`,
 * so they cannot disagree.
 */
import type {Lang} from '../feed/types.js';
import {isEmailAddress} from '../feed/validate.js';
import type {CalendarView} from '../event-calendar/toolbar.js';
import type {PartnerListLayout} from '../partner-list/templates.js';
import type {WidgetTag} from '../shared/widget-tags.js';


/** The three container widths the preview offers. */
export const PREVIEW_WIDTHS = ['sidebar', 'column', 'full'] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

/** The colours a webmaster picks. */
export type ThemeColour = 'accent' | 'text' | 'bg';

export interface Theme {
  /** `--pdk-color-accent`. */
  readonly accent: string;
  /** `--pdk-color-text`. */
  readonly text: string;
  /** `--pdk-color-bg`. */
  readonly bg: string;
  /** `--pdk-radius`, in em. */
  readonly radius: number;
}

/** The defaults of src/theme/base.styles.ts. */
export const DEFAULT_THEME: Theme = {accent: '#00693e', text: '#1b1f1d', bg: '#ffffff', radius: 0.5};
/** The largest corner radius offered, in em: beyond it a card's corners eat its text. */
export const MAX_RADIUS_EM = 3;

export interface Settings {
  readonly element: WidgetTag;
  /** Feed URL, absolute. */
  readonly src: string;
  /** `''`: the page's language. */
  readonly lang: '' | Lang;
  readonly layout: PartnerListLayout;
  readonly view: CalendarView;
  /** `YYYY-MM` or `''`. */
  readonly month: string;
  readonly category: readonly string[];
  readonly area: readonly string[];
  readonly type: readonly string[];
  readonly partner: readonly string[];
  readonly controls: boolean;
  /** 0: no limit. */
  readonly limit: number;
  readonly past: boolean;
  readonly follow: boolean;
  readonly action: string;
  readonly email: string;
  readonly theme: Theme;
}

export const DEFAULT_SETTINGS: Settings = {
  element: 'pdk-event-calendar',
  src: '',
  lang: '',
  layout: 'grid',
  view: 'month',
  month: '',
  category: [],
  area: [],
  type: [],
  partner: [],
  controls: false,
  limit: 0,
  past: false,
  follow: false,
  action: '',
  email: '',
  theme: DEFAULT_THEME,
};

/**
 * Why a typed join endpoint cannot go into the snippet, or '' when it can
 * (empty, an http(s) address, or a path on the page's own site). An e-mail
 * address typed here would make the form POST to a page named after it.
 */
export function joinActionProblem(typed: string): '' | 'email' | 'url' {
  const value = typed.trim();
  if (!value || /^\/(?!\/)\S*$/.test(value)) return '';
  if (value.includes('@') && !value.includes('://')) return 'email';
  if (!/^https?:\/\/[^\s/]+\S*$/i.test(value)) return 'url';
  try {
    new URL(value);
    return '';
  } catch {
    return 'url';
  }
}

/** Whether a typed e-mail address can go into the snippet (empty: the feed's address), by the feed's own rule for join.email. */
export const joinEmailOk = (typed: string): boolean => !typed.trim() || isEmailAddress(typed.trim());

/** An attribute: a name and its value (`''` for a boolean attribute). */
export type Attribute = readonly [name: string, value: string];

/** The element's attributes for these settings, `src` first, then SPEC's table order, then `lang`. */
export function elementAttributes(s: Settings): Attribute[] {
  const list = (ids: readonly string[]) => ids.join(',');
  const limit = s.limit > 0 ? String(Math.floor(s.limit)) : '';
  const candidates: Array<[string, string | boolean]> =
    s.element === 'pdk-partner-list'
      ? [
          ['src', s.src],
          ['layout', s.layout === 'grid' ? '' : s.layout],
          ['category', list(s.category)],
          ['area', list(s.area)],
          ['controls', s.controls],
          ['limit', limit],
        ]
      : s.element === 'pdk-event-calendar'
        ? [
            ['src', s.src],
            ['view', s.view === 'month' ? '' : s.view],
            ['month', s.view === 'month' ? s.month : ''],
            ['partner', list(s.partner)],
            ['type', list(s.type)],
            ['area', list(s.area)],
            ['controls', s.controls],
            // SPEC: `limit` and `past` belong to the list view.
            ['limit', s.view === 'list' ? limit : ''],
            ['past', s.view === 'list' && s.past],
            ['follow', s.follow],
          ]
        : [
            ['src', s.src],
            // What the form could not use is left out (the field says why): the feed's address is the fallback.
            ['action', joinActionProblem(s.action) ? '' : s.action.trim()],
            ['email', joinEmailOk(s.email) ? s.email.trim() : ''],
          ];
  candidates.push(['lang', s.lang]);
  return candidates.flatMap(([name, value]): Attribute[] =>
    value === true ? [[name, '']] : value ? [[name, value]] : [],
  );
}
