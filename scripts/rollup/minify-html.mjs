// Rollup plugin: collapses the indentation inside Lit's html`…` templates.
// Terser leaves template text alone, so each line's indentation shipped as
// written. A run of spaces and tabs that holds a line break becomes one space,
// which renders the same under `white-space: normal`: every element whose
// text comes from template source uses it (`pre-line` is only on interpolated
// feed text, which this does not touch). A single space is kept, not none,
// since between inline elements it is a visible gap. U+00A0 and other
// non-ASCII spaces are left alone: they are text.
// Source maps stay exact (magic-string writes the edits' map).
import MagicString from 'magic-string';

const INDENTATION = /[ \t\r]*\n[ \t\r\n]*/g;

export function minifyHtml() {
  return {
    name: 'minify-html',
    transform(code, id) {
      if (id.includes('/node_modules/') || !/\bhtml\s*`/.test(code)) return null;
      const edited = new MagicString(code);
      for (const quasi of htmlTemplateTexts(this.parse(code))) {
        const text = code.slice(quasi.start, quasi.end);
        const collapsed = text.replace(INDENTATION, ' ');
        if (collapsed !== text) edited.overwrite(quasi.start, quasi.end, collapsed);
      }
      if (!edited.hasChanged()) return null;
      return {code: edited.toString(), map: edited.generateMap({hires: true, source: id})};
    },
  };
}

/** The static text parts (`TemplateElement`s) of every template tagged `html`, nested ones included. */
function htmlTemplateTexts(ast) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'html') {
      found.push(...node.quasi.quasis.filter((quasi) => quasi.end > quasi.start));
    }
    for (const value of Object.values(node)) if (value && typeof value === 'object') visit(value);
  };
  visit(ast);
  return found;
}
