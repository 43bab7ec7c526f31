// The CDN build, from tsc's output in dist/ (the npm entry), so TypeScript is
// compiled once. Lit is bundled in, everything minified:
// - dist/cdn/pdk-widgets.js: all three elements, their code in one chunk,
//   since gzip packs one file better than several (SPEC's 24 KB budget);
// - one file per element, with shared chunks, so two per-element files on one
//   page never load Lit twice.
// Parts loaded on demand (the join form, the event detail) are lazy chunks
// of each build. All chunks are in dist/cdn/chunks/.
//
// A second build makes the embed builder a static page: dist/builder/ holds
// its bundle and its index.html, to be served next to dist/cdn/.
import {readFileSync} from 'node:fs';
import {resolve} from 'node:path';
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import {minifyCss} from './scripts/rollup/minify-css.mjs';
import {minifyHtml} from './scripts/rollup/minify-html.mjs';

const minify = () => [minifyCss(), minifyHtml(), terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}})];

/** One CDN build: `input` maps output names to tsc's files. */
const cdnBuild = (input, {litChunk = false} = {}) => ({
  input,
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    sourcemap: true,
    manualChunks: entryCode(input, litChunk),
  },
  // Registration is the point of each entry: keep it.
  preserveEntrySignatures: 'allow-extension',
  plugins: [nodeResolve({exportConditions: ['production']}), ...minify()],
});

/**
 * Keeps the code a lazy chunk needs out of the entry files, so that lazy
 * chunks never import an entry file. They would import it by its plain URL,
 * and a page that loads `pdk-widgets.js?ver=6.4` (as WordPress does) would
 * then fetch and run the whole library a second time.
 * Such code, when one entry loads it, goes to `<entry>-core`; code all
 * entries share goes to `shared`, code two share to `shared-<both>`, and
 * with `litChunk` Lit goes to `lit`. Every module several entries load needs
 * a name here: rollup would otherwise pull it into the first manual chunk
 * that imports it.
 */
function entryCode(input, litChunk) {
  const entryNames = Object.keys(input);
  let graph;
  return (id, {getModuleIds, getModuleInfo}) => {
    graph ??= moduleGraph(input, getModuleIds, getModuleInfo);
    const entries = graph.owners.get(id);
    if (!entries || getModuleInfo(id).isEntry) return undefined;
    if (litChunk && id.includes('/node_modules/')) return 'lit';
    // A one-entry build keeps all its code in one chunk, as gzip packs one file best.
    if (entries.size === 1) return entryNames.length === 1 || graph.neededLazily.has(id) ? `${[...entries][0]}-core` : undefined;
    return entries.size === entryNames.length ? 'shared' : `shared-${[...entries].map((e) => e.replace('pdk-', '')).join('-')}`;
  };
}

/**
 * `owners`: for each module, the names of the entries that load it through
 * static imports. `neededLazily`: the modules that code only lazy chunks
 * load imports.
 */
function moduleGraph(input, getModuleIds, getModuleInfo) {
  const owners = new Map();
  for (const [name, file] of Object.entries(input)) {
    const stack = [resolve(file)];
    while (stack.length) {
      const id = stack.pop();
      const set = owners.get(id) ?? new Set();
      if (set.has(name)) continue;
      owners.set(id, set.add(name));
      stack.push(...getModuleInfo(id).importedIds);
    }
  }
  const lazyOnly = [...getModuleIds()].filter((id) => !owners.has(id));
  return {owners, neededLazily: new Set(lazyOnly.flatMap((id) => getModuleInfo(id).importedIds))};
}

export default [
  cdnBuild({'pdk-widgets': 'dist/index.js'}),
  cdnBuild(
    {
      'pdk-partner-list': 'dist/partner-list/pdk-partner-list.js',
      'pdk-event-calendar': 'dist/event-calendar/pdk-event-calendar.js',
      'pdk-join-button': 'dist/join-button/pdk-join-button.js',
    },
    {litChunk: true},
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
