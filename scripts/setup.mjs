// Set-up that `npm start` and `npm test` run first, so a fresh machine needs
// no manual step: installs the locked dependencies when they are missing or
// stale, and (with --browser) makes sure a Chromium is there for the tests.
// Node built-ins only: this runs before node_modules exists.
import {execFileSync} from 'node:child_process';
import {existsSync, statSync} from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args) => execFileSync(cmd, args, {cwd: root, stdio: 'inherit'});

function dependenciesStale() {
  const installed = `${root}node_modules/.package-lock.json`;
  if (!existsSync(installed)) return true;
  return statSync(`${root}package-lock.json`).mtimeMs > statSync(installed).mtimeMs;
}

export const CHROMIUM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function findChromium() {
  return [process.env.CHROME_PATH, ...CHROMIUM_PATHS].find((p) => p && existsSync(p));
}

function installChromium() {
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('pdk-widgets: Chromium is missing; installing Debian\'s "chromium" package for the browser tests…');
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
    return;
  }
  console.error(`
pdk-widgets: the browser tests need Chromium, and none was found.
  Debian/Ubuntu:  sudo apt-get install chromium
  Elsewhere:      install Chromium or Chrome, then set CHROME_PATH=/path/to/chrome
Searched: ${CHROMIUM_PATHS.join(', ')}`);
  process.exit(1);
}

if (dependenciesStale()) {
  console.log('pdk-widgets: installing the locked dependencies (npm ci)…');
  run('npm', ['ci', '--no-audit', '--no-fund']);
}
if (process.argv.includes('--browser') && !findChromium()) {
  installChromium();
  if (!findChromium()) {
    console.error('pdk-widgets: Chromium is still missing after the install; see the messages above.');
    process.exit(1);
  }
}
