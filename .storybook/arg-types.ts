/**
 * The Docs tables, from custom-elements.json. Storybook's own extractor keys
 * every row by its bare name, so a CSS part named like an attribute (the
 * partner list's `category`, `area` and `controls`) silently replaced the
 * attribute, and every private field of the class was listed as a property.
 * This one keeps each kind in its own namespace (the table still shows the
 * plain name), lists public API only (with the methods, such as the join
 * button's `show()`), and gives controls to attributes alone
 * (parts, slots, events and custom properties have nothing to set; the
 * Theming story has the colour controls).
 */
import type {ArgTypes} from '@storybook/web-components-vite';

type InputType = ArgTypes[string];

interface Item {
  name: string;
  description?: string;
  summary?: string;
  type?: {text?: string};
  default?: string;
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}

interface Declaration {
  tagName?: string;
  attributes?: Item[];
  members?: Item[];
  events?: Item[];
  slots?: Item[];
  cssParts?: Item[];
  cssProperties?: Item[];
}

interface Manifest {
  modules?: {declarations?: Declaration[]}[];
}

/**
 * An attribute's type as Storybook knows it, which picks its control: a
 * toggle, a number field or a text field. A named type (`CalendarView`)
 * stays `other`; its story gives it options.
 */
function argType(type = 'string'): InputType['type'] {
  // An optional attribute (`number | undefined`) takes the control of its type.
  const text = type.replace(/ \| undefined$/, '');
  return text === 'boolean' || text === 'number' || text === 'string' ? {name: text} : {name: 'other', value: text};
}

function row(item: Item, category: string, name = item.name, control = false): InputType {
  return {
    name,
    description: item.description ?? item.summary ?? '',
    ...(control ? {} : {control: false}),
    table: {
      category,
      type: item.type?.text ? {summary: item.type.text} : undefined,
      defaultValue: item.default !== undefined ? {summary: item.default} : undefined,
    },
  };
}

/** Storybook's `docs.extractArgTypes`, reading `json` (the parsed custom-elements.json). */
export function argTypesFrom(json: unknown) {
  const manifest = json as Manifest;
  return (tagName: string): ArgTypes | null => {
    const element = manifest.modules?.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tagName);
    if (!element) return null;
    const argTypes: ArgTypes = {};
    const attributeFields = new Set<string>();
    for (const attribute of element.attributes ?? []) {
      argTypes[attribute.name] = {...row(attribute, 'attributes', attribute.name, true), type: argType(attribute.type?.text)};
      if (attribute.fieldName) attributeFields.add(attribute.fieldName);
    }
    for (const member of element.members ?? []) {
      const isPublicField = member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';
      if (isPublicField && !attributeFields.has(member.name)) argTypes[`property:${member.name}`] = row(member, 'properties');
      const isPublicMethod = member.kind === 'method' && !member.static && (member.privacy ?? 'public') === 'public';
      if (isPublicMethod) argTypes[`method:${member.name}`] = row(member, 'methods', `${member.name}()`);
    }
    for (const event of element.events ?? []) argTypes[`event:${event.name}`] = row(event, 'events');
    for (const slot of element.slots ?? []) argTypes[`slot:${slot.name}`] = row(slot, 'slots', slot.name || '(default)');
    for (const prop of element.cssProperties ?? []) argTypes[prop.name] = row(prop, 'css custom properties');
    for (const part of element.cssParts ?? []) argTypes[`part:${part.name}`] = row(part, 'css shadow parts');
    return argTypes;
  };
}
