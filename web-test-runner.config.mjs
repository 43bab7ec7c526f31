// Browser tests: real headless Chromium (Debian's `chromium` on our machines),
// TypeScript compiled by esbuild from the same tsconfig as everything else.
import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

const executablePath = process.env.CHROME_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export default {
  files: ['test/**/*.test.ts'],
  // Lit's dev build, so its warnings (e.g. class-field shadowing) surface in tests.
  nodeResolve: {exportConditions: ['development']},
  plugins: [esbuildPlugin({ts: true, tsconfig: 'tsconfig.json', target: 'es2022'})],
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
