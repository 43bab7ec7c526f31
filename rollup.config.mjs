// The CDN build: dist/cdn/ gets the all-in-one file and one file per element,
// Lit bundled in, minified, with shared chunks so two per-element files on one
// page never load Lit twice. Its input is tsc's output in dist/ (the npm entry),
// so TypeScript is compiled once.
import {nodeResolve} from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: {
    'pdk-widgets': 'dist/index.js',
    'pdk-partner-list': 'dist/partner-list/pdk-partner-list.js',
    'pdk-event-calendar': 'dist/event-calendar/pdk-event-calendar.js',
    'pdk-join-button': 'dist/join-button/pdk-join-button.js',
  },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Lit in one chunk, our shared modules in another: names that say what they hold.
    manualChunks: (id) => (id.includes('node_modules') ? 'lit' : undefined),
    sourcemap: true,
  },
  // Registration is the point of each entry: keep it.
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    nodeResolve({exportConditions: ['production']}),
    terser({ecma: 2022, module: true, format: {comments: false}}),
  ],
};
