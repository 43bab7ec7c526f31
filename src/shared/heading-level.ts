/**
 * The `heading-level` attribute: the level of an element's top headings, so
 * that they fit the outline of the page section it is placed in (WCAG
 * 1.3.1). Our tags stay h2/h3; `aria-level` says the level when it differs,
 * which screen readers take over the tag's own.
 */
import {nothing, type ComplexAttributeConverter} from 'lit';

/** 1 to 6; anything else is no level (the element's default). */
export const headingLevelAttribute: ComplexAttributeConverter<number | undefined> = {
  fromAttribute: (value) => {
    const level = Number(value);
    return Number.isInteger(level) && level >= 1 && level <= 6 ? level : undefined;
  },
};

/** The `aria-level` for a heading tag of level `tag` that is to be read as `level` (at most 6). */
export const ariaLevel = (level: number, tag: number) => (Math.min(level, 6) === tag ? nothing : String(Math.min(level, 6)));
