/**
 * README.md is what embedders read, and the elements' JSDoc (through
 * custom-elements.json) is the source of their API: every attribute, event,
 * CSS part, custom property and named slot there must be named in the
 * README, attributes and own parts under the element's heading. The tables
 * stay written by hand, as their prose says more than a generated list.
 *
 * Run after `npm run analyze` (npm run build does it).
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));

const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName?.startsWith('pdk-') && declaration.tagName !== 'pdk-embed-builder');

/** The README's text under `### \`<tag>\``, up to the next heading of that level or above. */
function section(tag) {
  const start = readme.indexOf(`### \`<${tag}>\``);
  assert.notEqual(start, -1, `README has no "### \`<${tag}>\`" section`);
  const next = readme.slice(start + 4).search(/^#{2,3} /m);
  return next === -1 ? readme.slice(start) : readme.slice(start, start + 4 + next);
}

/** The state parts the partner list and the calendar share, listed once for both. */
const sharedParts = /^Parts shared by the partner list and the calendar: (.*)$/m.exec(readme)?.[1] ?? '';
const sharingParts = new Set(['pdk-partner-list', 'pdk-event-calendar']);

const named = (text, name) => text.includes(`\`${name}\``);

describe('README names what custom-elements.json documents', () => {
  test('the three elements are in the manifest', () => {
    assert.deepEqual(elements.map((e) => e.tagName).sort(), ['pdk-event-calendar', 'pdk-join-button', 'pdk-partner-list']);
  });

  for (const element of elements) {
    const tag = element.tagName;
    test(`<${tag}>: attributes and parts under its heading; events, custom properties and slots`, () => {
      const own = section(tag);
      // `lang` is the global attribute, explained once for all elements.
      const attributes = (element.attributes ?? []).map((a) => a.name).filter((name) => name !== 'lang');
      assert.deepEqual(attributes.filter((name) => !named(own, name)), [], `attributes of <${tag}> missing from its README section`);
      const parts = (element.cssParts ?? []).map((p) => p.name);
      const shared = (name) => sharingParts.has(tag) && named(sharedParts, name);
      assert.deepEqual(parts.filter((name) => !named(own, name) && !shared(name)), [], `parts of <${tag}> missing from the README`);
      const events = (element.events ?? []).map((e) => e.name);
      assert.deepEqual(events.filter((name) => !named(readme, name)), [], `events of <${tag}> missing from the README`);
      const properties = (element.cssProperties ?? []).map((p) => p.name);
      assert.deepEqual(properties.filter((name) => !named(readme, name)), [], `custom properties of <${tag}> missing from the README`);
      const slots = (element.slots ?? []).map((s) => s.name).filter(Boolean);
      assert.deepEqual(slots.filter((name) => !named(readme, name)), [], `named slots of <${tag}> missing from the README`);
    });
  }
});
