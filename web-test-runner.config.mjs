// Browser tests: real headless Chromium (Debian's `chromium` on our machines),
// TypeScript compiled by esbuild from the same tsconfig as everything else.
import {existsSync, readFileSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

// Embedding tests (test/embedding/): the hostile host pages they open are
// served with the headers a strict host would send, chosen by file name.
const EMBEDDING_PAGES = '/test/embedding/pages/';
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'";
const PAGE_POLICIES = [
  ['.csp.html', STRICT],
  ['.tt.html', "require-trusted-types-for 'script'; trusted-types lit-html pdk-widgets"],
  ['.tt-lit.html', "require-trusted-types-for 'script'; trusted-types lit-html"],
];
// The sample feed under two more paths, one open to other origins (CORS) and
// one not: the pages read them from 127.0.0.1 while they run on localhost.
// Under feeds/down/ the feed host answers 503.
const EMBEDDING_FEEDS = /^\/test\/embedding\/feeds\/(cors|no-cors|down)\/(.*)$/;
// Second copies of the built bundle under other URLs, so a page can load the
// library twice as separate module instances: `same` is byte for byte the
// build, `old` claims another version (as a page with an older copy would).
const EMBEDDING_COPIES = /^\/test\/embedding\/copies\/(same|old)\/(dist\/cdn\/[\w./-]+\.js)$/;
const VERSION = /VERSION = '([^']+)'/.exec(readFileSync('src/shared/define.ts', 'utf8'))?.[1];

/** Koa middleware: CSP headers for the embedding pages, the two feed hosts, the bundle copies. */
/**
 * A join endpoint for the join button's tests: POST /__pdk-join-endpoint
 * answers 200 and keeps the body, GET …/last returns the last body received;
 * POST …/fail-once/KEY answers 500 the first time for each KEY, then 200.
 */
const joinPosts = {last: null, failed: new Set()};
async function joinEndpoint(context, next) {
  if (!context.path.startsWith('/__pdk-join-endpoint')) return next();
  if (context.method === 'GET' && context.path === '/__pdk-join-endpoint/last') {
    context.type = 'application/json';
    context.body = joinPosts.last ?? 'null';
    return;
  }
  if (context.method !== 'POST') return next();
  const chunks = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const failOnce = /^\/__pdk-join-endpoint\/fail-once\/([\w-]+)$/.exec(context.path);
  if (failOnce && !joinPosts.failed.has(failOnce[1])) {
    joinPosts.failed.add(failOnce[1]);
    context.status = 500;
    context.body = 'Internal Server Error';
    return;
  }
  joinPosts.last = Buffer.concat(chunks).toString();
  context.type = 'application/json';
  context.body = '{"ok":true}';
}

/**
 * A module that fails to load once, then loads (as on a flaky network):
 * GET /__pdk-flaky-module/KEY.js answers 503 the first time for each KEY
 * (whatever the query), then a module exporting `key`.
 */
const flakyModules = new Set();
async function flakyModule(context, next) {
  const flaky = /^\/__pdk-flaky-module\/([\w-]+)\.js$/.exec(context.path);
  if (!flaky) return next();
  if (!flakyModules.has(flaky[1])) {
    flakyModules.add(flaky[1]);
    context.status = 503;
    context.body = 'Service Unavailable';
    return;
  }
  context.type = 'text/javascript';
  context.body = `export const key = ${JSON.stringify(flaky[1])};`;
}

/**
 * Test command `emulate-media-features` ({features: [{name, value}]}): sets
 * CSS media features through CDP. @web/test-runner-commands' emulateMedia
 * does not pass forced-colors on to Chromium.
 */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-media-features') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {features: payload.features});
    return true;
  },
};

/**
 * Test command `ax-focused`: the accessibility-tree node of the focused
 * element (through shadow roots), as a screen reader gets it:
 * `{role, name, description, properties}`; null when nothing is focused.
 */
const accessibilityTree = {
  name: 'ax-focused',
  async executeCommand({command, session}) {
    if (command !== 'ax-focused') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      const {result} = await cdp.send('Runtime.evaluate', {
        expression: '(() => { let a = document.activeElement; while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement; return a; })()',
      });
      if (!result.objectId) return null;
      const {nodes} = await cdp.send('Accessibility.getPartialAXTree', {objectId: result.objectId, fetchRelatives: false});
      const node = nodes[0];
      if (!node) return null;
      const properties = Object.fromEntries((node.properties ?? []).map((p) => [p.name, p.value.value]));
      return {role: node.role?.value, name: node.name?.value ?? '', description: node.description?.value ?? '', properties};
    } finally {
      await cdp.detach();
    }
  },
};

async function embeddingHosts(context, next) {
  const copy = EMBEDDING_COPIES.exec(context.path);
  if (copy && !copy[2].includes('..')) {
    const code = await readFile(copy[2], 'utf8').catch(() => null);
    if (code === null) return next();
    context.type = 'text/javascript';
    context.body = copy[1] === 'old' ? code.replaceAll(`"${VERSION}"`, '"0.0.1-old"') : code;
    return;
  }
  const feed = EMBEDDING_FEEDS.exec(context.path);
  if (feed?.[1] === 'down') {
    context.status = 503;
    context.body = 'Service Unavailable';
    return;
  }
  if (feed) context.url = `/sample/${feed[2]}${context.querystring ? `?${context.querystring}` : ''}`;
  await next();
  if (feed) {
    if (feed[1] === 'cors') context.set('Access-Control-Allow-Origin', '*');
    else context.remove('Access-Control-Allow-Origin');
  }
  if (context.path.startsWith(EMBEDDING_PAGES)) {
    const policy = PAGE_POLICIES.find(([suffix]) => context.path.endsWith(suffix));
    if (policy) context.set('Content-Security-Policy', policy[1]);
  }
}

export default {
  files: ['test/**/*.test.ts'],
  // Lit's dev build, so its warnings (e.g. class-field shadowing) surface in tests.
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'}), mediaFeatures, accessibilityTree],
  middleware: [joinEndpoint, flakyModule, embeddingHosts],
  browsers: [
    chromeLauncher({
      // A context (a window) per test page: headless Chromium gives animation
      // frames only to the visible tab, and open-wc's fixture waits for one.
      createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath,
        // --no-sandbox: CI runs as root. The rest keep Chromium off the (closed) network.
        // The visitor is far from Warsaw: every date test then proves that the
        // feed's zone, not the browser's, decides what day an event is on.
        env: {...process.env, TZ: 'America/Los_Angeles'},
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
  filterBrowserLogs: ({args}) => !String(args[0]).includes('Lit is in dev mode'),
  concurrency: 2,
  testFramework: {config: {timeout: 10000}},
};
