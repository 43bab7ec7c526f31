/**
 * Boolean attributes as pages write them: present means on, except the value
 * "false". CMS editors write `controls="false"` meaning off, and Vue, when it
 * renders before our script has defined the elements, turns `:past="false"`
 * into the attribute `past="false"`; HTML's own rule (any value is on) would
 * switch those on.
 */
import type {ComplexAttributeConverter} from 'lit';

export const booleanAttribute: ComplexAttributeConverter<boolean> = {
  fromAttribute: (value) => value !== null && value.trim().toLowerCase() !== 'false',
  toAttribute: (value) => (value ? '' : null),
};
