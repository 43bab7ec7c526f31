// The build's html`…` minifier (scripts/rollup/minify-html.mjs): indentation
// goes, rendering and source maps stay.
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseAst} from 'rollup/parseAst';
import {TraceMap, originalPositionFor} from '@jridgewell/trace-mapping';
import {minifyHtml} from '../../scripts/rollup/minify-html.mjs';

const transform = (code, id = '/src/x.js') => minifyHtml().transform.call({parse: (text) => parseAst(text)}, code, id);

const SOURCE = [
  'const a = html `<li class="card">',
  '    <span>${name}</span>',
  '    ${logo ? html `',
  '      <img alt=${name}>` : nothing}',
  '  </li>`;',
  'const b = css `:host {',
  '  display: block;',
  '}`;',
  'const c = `plain',
  '  text`;',
  'const d = html `<b>a</b>\u00a0\n  <b>b</b>`;',
  'export const marker = 1;',
].join('\n');

test('a line break with its indentation becomes one space, in nested templates too', () => {
  const {code} = transform(SOURCE);
  assert.ok(code.includes('html `<li class="card"> <span>${name}</span> ${logo ? html ` <img alt=${name}>` : nothing} </li>`'), code);
});

test('other templates and non-ASCII spaces are left as written', () => {
  const {code} = transform(SOURCE);
  assert.ok(code.includes('css `:host {\n  display: block;\n}`'));
  assert.ok(code.includes('`plain\n  text`'));
  assert.ok(code.includes('<b>a</b>\u00a0 <b>b</b>'), 'U+00A0 is text and stays');
});

test('code after the templates maps back to its own line', () => {
  const {code, map} = transform(SOURCE);
  const index = code.indexOf('export const marker');
  const line = code.slice(0, index).split('\n').length;
  const column = index - code.lastIndexOf('\n', index) - 1;
  const original = originalPositionFor(new TraceMap(map), {line, column});
  assert.equal(original.line, SOURCE.split('\n').findIndex((l) => l.startsWith('export const marker')) + 1);
});

test('dependencies and files without html templates are not touched', () => {
  assert.equal(transform(SOURCE, '/x/node_modules/lit/index.js'), null);
  assert.equal(transform('const x = `a\n  b`;'), null);
});
