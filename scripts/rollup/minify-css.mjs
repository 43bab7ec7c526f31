// Rollup plugin: minifies the CSS inside Lit's css`…` templates with esbuild's
// CSS minifier. Terser leaves template text alone, and the styles are about a
// fifth of the bundle. Only css templates are touched: whitespace in html
// templates can be visible text, and they stay as written. A template with a
// ${…} interpolation or an escape is left as it is (ours have neither).
// Source maps: positions inside the style modules shift; the rest are exact.
import {transform} from 'esbuild';

const CSS_TEMPLATE = /\bcss\s*`([^`]*)`/g;
const minifiable = (body) => !body.includes('${') && !body.includes('\\');

export function minifyCss() {
  return {
    name: 'minify-css',
    async transform(code, id) {
      if (id.includes('/node_modules/')) return null;
      const bodies = [...code.matchAll(CSS_TEMPLATE)].map(([, body]) => body).filter(minifiable);
      if (!bodies.length) return null;
      const minified = new Map();
      for (const body of bodies) {
        // charset utf8: esbuild would otherwise write "✓" as "\2713", an escape a template literal rejects.
        const css = (await transform(body, {loader: 'css', minify: true, charset: 'utf8'})).code.trim();
        if (minifiable(css) && !css.includes('`')) minified.set(body, css);
      }
      return {code: code.replace(CSS_TEMPLATE, (match, body) => (minified.has(body) ? `css\`${minified.get(body)}\`` : match)), map: null};
    },
  };
}
