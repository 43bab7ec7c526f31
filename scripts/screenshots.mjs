#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures of each widget, taken from the
 * demo page (demo/index.html, which embeds the built CDN bundle as a partner
 * site would) in headless Chromium, so they stay current with the code.
 * `npm run screenshots` builds first; this script expects dist/ to exist.
 *
 * Reproducible: the demo reads sample/live-feed.json, but here that request
 * is answered with the committed sample/feed.json (built around 2026-12-01),
 * and the page's clock starts at 2026-12-01 10:00 in Warsaw, so the same
 * code gives the same pictures on any day.
 *
 * Writes docs/screenshots/partner-list.png, event-calendar.png,
 * join-button.png, join-dialog.png (the join form, open) and
 * embed-builder.png (the builder page, /builder/).
 *
 * Options: CHROME_PATH=/path/to/chromium, PORT (default 8765).
 */
/* global window, document, requestAnimationFrame, scrollY, scrollTo, innerHeight -- the functions passed to page.evaluate* run in the page. */
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {serveStatic} from './static-server.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}docs/screenshots/`;
const PORT = Number(process.env.PORT ?? 8765);
/** The sample feed's day, at 10:00 in Warsaw (UTC+1 in December). */
const FIXED_NOW = Date.parse('2026-12-01T10:00:00+01:00');
const READY_TIMEOUT_MS = 30_000;

const executablePath = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (path) => path && existsSync(path),
);
if (!executablePath) fail('no Chromium found; install it or set CHROME_PATH.');
if (!existsSync(`${ROOT}dist/cdn/pdk-widgets.js`)) fail('dist/cdn/pdk-widgets.js is missing; run `npm run build` first (npm run screenshots does).');

/** @param {string} message */
function fail(message) {
  console.error(`screenshots: ${message}`);
  process.exit(1);
}

/**
 * Runs in the page before its scripts: a clock that starts at `now` and then
 * runs normally, and a record of which widgets have reported.
 * @param {number} now
 */
function pageSetup(now) {
  const RealDate = Date;
  const offset = now - RealDate.now();
  class FixedDate extends RealDate {
    /** @param {any[]} args */
    constructor(...args) {
      // @ts-expect-error -- the spread covers every Date constructor form.
      super(...(args.length ? args : [RealDate.now() + offset]));
    }
    static now() {
      return RealDate.now() + offset;
    }
  }
  globalThis.Date = /** @type {DateConstructor} */ (/** @type {unknown} */ (FixedDate));
  /** @type {Set<EventTarget | null>} */
  const settled = new Set();
  Object.assign(window, {__pdkSettled: settled});
  for (const type of ['pdk-ready', 'pdk-error']) window.addEventListener(type, (event) => settled.add(event.target), true);
}

const sampleFeed = readFileSync(`${ROOT}sample/feed.json`);
const server = await serveStatic(ROOT, PORT);
const browser = await puppeteer.launch({
  executablePath,
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-background-networking', '--hide-scrollbars', '--font-render-hinting=none'],
});
let failed = false;
try {
  const page = await browser.newPage();
  await page.setViewport({width: 1100, height: 900, deviceScaleFactor: 1});
  await page.emulateTimezone('Europe/Warsaw');
  await page.evaluateOnNewDocument(pageSetup, FIXED_NOW);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const {pathname} = new URL(request.url());
    if (pathname === '/favicon.ico') {
      void request.respond({status: 204, body: ''});
    } else if (pathname === '/sample/live-feed.json') {
      // Open to other origins, as README tells feed hosts to be (the builder checks it).
      void request.respond({status: 200, contentType: 'application/json; charset=utf-8', headers: {'Access-Control-Allow-Origin': '*'}, body: sampleFeed});
    } else if (new URL(request.url()).origin !== `http://127.0.0.1:${PORT}`) {
      void request.abort(); // Offline: nothing but the local server.
    } else {
      void request.continue();
    }
  });

  await page.goto(`http://127.0.0.1:${PORT}/demo/`, {waitUntil: 'load'});
  await page.waitForFunction(
    () => {
      const widgets = [...document.querySelectorAll('pdk-partner-list, pdk-event-calendar, pdk-join-button')];
      const settled = /** @type {Set<EventTarget>} */ (/** @type {any} */ (window).__pdkSettled);
      return widgets.length > 0 && widgets.every((el) => settled.has(el));
    },
    {timeout: READY_TIMEOUT_MS, polling: 100},
  );
  // Logos load lazily; load them all now, so no picture has an empty box.
  await page.evaluate(async () => {
    const images = [...document.querySelectorAll('pdk-partner-list')].flatMap((el) => [...(el.shadowRoot?.querySelectorAll('img') ?? [])]);
    for (const img of images) img.loading = 'eager';
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
  });

  mkdirSync(OUT, {recursive: true});
  /** @param {string} selector @param {string} name */
  const shoot = async (selector, name) => {
    const element = await page.waitForSelector(selector, {timeout: READY_TIMEOUT_MS});
    if (!element) throw new Error(`${selector} not found`);
    // Cards off screen (content-visibility: auto) take an estimated height until they have
    // been on screen once: scroll the whole element past the viewport first, so every part
    // has its real size and the picture does not depend on where the page was scrolled before.
    await element.evaluate(async (el) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const top = el.getBoundingClientRect().top + scrollY;
      for (let y = top; y < top + el.getBoundingClientRect().height; y += innerHeight / 2) {
        scrollTo(0, y);
        await frame();
      }
      scrollTo(0, 0);
      await frame();
    });
    await element.screenshot({path: `${OUT}${name}`});
    console.log(`Wrote docs/screenshots/${name}`);
  };
  await shoot('pdk-partner-list[controls]', 'partner-list.png');
  await shoot('pdk-event-calendar[controls]', 'event-calendar.png');
  await shoot('pdk-join-button', 'join-button.png');

  // The join form, open: a click on the button, as a visitor would.
  await page.click('pdk-join-button >>> [part~="button"]');
  await page.waitForFunction(() => document.querySelector('pdk-join-button')?.shadowRoot?.querySelector('dialog')?.open, {
    timeout: READY_TIMEOUT_MS,
  });
  await shoot('pdk-join-button >>> dialog', 'join-dialog.png');

  // The embed builder as an editor first sees it: the sample feed checked, the preview ready, the code hashed.
  await page.setViewport({width: 1440, height: 1500, deviceScaleFactor: 1});
  await page.goto(`http://127.0.0.1:${PORT}/builder/`, {waitUntil: 'load'});
  await page.waitForFunction(
    () => {
      const root = document.querySelector('pdk-embed-builder')?.shadowRoot;
      const preview = root?.querySelector('[part="preview"] > *');
      const code = root?.querySelector('textarea');
      // The preview's events come out of the builder's shadow root as the builder's, so look at what it shows.
      return Boolean(
        preview?.shadowRoot?.querySelector('[part~="grid"], [part~="list"]') &&
          root?.querySelector('.hash-status')?.textContent?.trim() === '' &&
          code?.value.includes('integrity'),
      );
    },
    {timeout: READY_TIMEOUT_MS, polling: 100},
  );
  await page.screenshot({path: `${OUT}embed-builder.png`});
  console.log('Wrote docs/screenshots/embed-builder.png');

  if (problems.length) {
    failed = true;
    console.error(`screenshots: the demo page reported problems:\n  ${problems.join('\n  ')}`);
  }
} catch (error) {
  failed = true;
  console.error(`screenshots: ${/** @type {Error} */ (error).message}`);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
