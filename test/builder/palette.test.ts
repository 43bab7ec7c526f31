import {expect} from '@open-wc/testing';
import {normalizeHex} from '../../src/builder/contrast.js';
import {palette, typeColours} from '../../src/builder/palette.js';
import {DEFAULT_THEME} from '../../src/builder/settings.js';
import {styles as calendarStyles} from '../../src/event-calendar/event-calendar.styles.js';
import {detailStyles} from '../../src/event-calendar/event-detail.styles.js';
import {styles as joinButtonStyles} from '../../src/join-button/join-button.styles.js';
import {formStyles} from '../../src/join-button/join-form.styles.js';
import {styles as partnerListStyles} from '../../src/partner-list/partner-list.styles.js';
import {baseStyles} from '../../src/theme/base.styles.js';

/** Every `var(--pdk-…, fallback)` fallback the widgets' styles hold, by property (as #rrggbb where it is a colour). */
function fallbacksInStyles(): Map<string, Set<string>> {
  const css = [baseStyles, calendarStyles, detailStyles, joinButtonStyles, formStyles, partnerListStyles]
    .flat()
    .map((s) => s.cssText)
    .join('\n');
  const found = new Map<string, Set<string>>();
  for (const [, name, value] of css.matchAll(/var\((--pdk-[\w-]+),\s*([^()]+?)\s*\)/g)) {
    if (!found.has(name)) found.set(name, new Set());
    found.get(name)!.add(normalizeHex(value) ?? value);
  }
  return found;
}

const kebab = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

describe("the builder's palette", () => {
  // The builder checks contrast, and writes only what differs, against these defaults: a default
  // changed in the styles and not here would make it judge and leave out the wrong colours.
  it("starts from the colours the widgets' styles default to", () => {
    const inStyles = fallbacksInStyles();
    const defaults = palette(DEFAULT_THEME);
    const expected: Array<[string, string]> = [
      ...Object.entries(defaults).map(([key, colour]): [string, string] => [`--pdk-color-${kebab(key)}`, colour]),
      ...Object.entries(typeColours(defaults)).map(([type, colour]): [string, string] => [`--pdk-calendar-type-${type}`, colour]),
    ];
    for (const [property, colour] of expected) {
      expect([...(inStyles.get(property) ?? [])], property).to.deep.equal([colour]);
    }
  });
});
