// The story smoke test (`npm run test:stories`): every story of the built
// Storybook (storybook-static/, from `storybook build`) rendered in headless
// Chromium, checked for console errors, uncaught exceptions, widgets that do
// not reach their expected state, and axe violations.
//
// The built Storybook is served, untouched by the dev server's plugins, under
// a sub-path (/sb/), so this also proves the static build works from any
// sub-folder of a static host. Same Chromium launcher (and visitor time zone,
// America/Los_Angeles) as the other browser tests.
import {createReadStream, existsSync, statSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import base from '../../web-test-runner.config.mjs';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
const PREFIX = '/sb/';
if (!existsSync(join(STATIC, 'index.json'))) {
  throw new Error('storybook-static/ is missing: build it first (npm run test:stories does: storybook build --quiet -o storybook-static).');
}
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Koa middleware: /sb/… from storybook-static/, as a plain static host would (404 for what is missing). */
async function serveStorybook(context, next) {
  if (!context.path.startsWith(PREFIX)) return next();
  const file = join(STATIC, normalize(decodeURIComponent(context.path.slice(PREFIX.length)) || 'index.html'));
  if (!file.startsWith(STATIC)) return (context.status = 403);
  try {
    if (!statSync(file).isFile()) return (context.status = 404);
  } catch {
    return (context.status = 404);
  }
  context.type = TYPES[extname(file)] ?? 'application/octet-stream';
  context.body = createReadStream(file);
}

export default {
  files: ['test/storybook/stories.smoke.ts'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'})],
  middleware: [serveStorybook],
  browsers: base.browsers,
  filterBrowserLogs: base.filterBrowserLogs,
  concurrency: 1,
  // One test per story, each bounded by its own timeout; the whole run by this one.
  testsFinishTimeout: 15 * 60_000,
  testFramework: {config: {timeout: 120_000}},
};
