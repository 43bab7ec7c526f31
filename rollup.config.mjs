// The CDN build, from tsc's output in dist/ (the npm entry), so TypeScript is
// compiled once. Lit is bundled in, everything minified:
// - dist/cdn/pdk-widgets.js: all three elements in one file, since gzip packs
//   one file better than several (SPEC's 24 KB budget);
// - one file per element, with shared chunks, so two per-element files on one
//   page never load Lit twice.
// Parts loaded on demand (the join form, the event detail) are lazy chunks
// of each build, under dist/cdn/chunks/.
//
// A second build makes the embed builder a static page: dist/builder/ holds
// its bundle and its index.html, to be served next to dist/cdn/.
import {readFileSync} from 'node:fs';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyCss} from './scripts/rollup/minify-css.mjs';

const minify = () => [minifyCss(), terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}})];

/** One CDN build: `input` maps output names to tsc's files. */
const cdnBuild = (input, output = {}) => ({
  input,
  output: {dir: 'dist/cdn', format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true, ...output},
  // Registration is the point of each entry: keep it.
  preserveEntrySignatures: 'allow-extension',
  plugins: [nodeResolve({exportConditions: ['production']}), ...minify()],
});

export default [
  cdnBuild({'pdk-widgets': 'dist/index.js'}),
  cdnBuild(
    {
      'pdk-partner-list': 'dist/partner-list/pdk-partner-list.js',
      'pdk-event-calendar': 'dist/event-calendar/pdk-event-calendar.js',
      'pdk-join-button': 'dist/join-button/pdk-join-button.js',
    },
    // Lit in one chunk, our shared modules in another: names that say what they hold.
    {manualChunks: (id) => (id.includes('node_modules') ? 'lit' : undefined)},
  ),
  {
    input: 'dist/builder/pdk-embed-builder.js',
    output: {file: 'dist/builder/pdk-embed-builder.min.js', format: 'es', inlineDynamicImports: true},
    plugins: [
      nodeResolve({exportConditions: ['production']}),
      ...minify(),
      builderPage(),
    ],
  },
];

/** Emits builder/index.html as dist/builder/index.html, with its paths made relative to dist/builder/. */
function builderPage() {
  const rewrites = [
    ['src="../dist/builder/pdk-embed-builder.min.js"', 'src="./pdk-embed-builder.min.js"'],
    ['cdn="../dist/cdn/"', 'cdn="../cdn/"'],
    // The sample feed is not part of dist/: the editor types the feed's address.
    ['feed="../sample/live-feed.json"', 'feed=""'],
  ];
  return {
    name: 'builder-page',
    generateBundle() {
      let page = readFileSync('builder/index.html', 'utf8');
      for (const [from, to] of rewrites) {
        if (!page.includes(from)) this.error(`builder/index.html no longer contains ${from}`);
        page = page.replace(from, to);
      }
      this.emitFile({type: 'asset', fileName: 'index.html', source: page});
    },
  };
}
