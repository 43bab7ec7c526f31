/**
 * Benchmark (prints figures; it asserts nothing about time). Not a *.test.ts
 * file, so the normal test run skips it. Run it alone:
 *
 *   npx wtr --files test/partner-list/partner-list.bench.ts
 *
 * Measures, in headless Chromium, in a 1,000 px column:
 * - the first render of 1,000 and 3,000 partners (fetch of a blob: URL,
 *   validation, sort, render and layout): until `pdk-ready` and the next
 *   frame, and until every card is in (`updateComplete`) and the next frame;
 * - search keystrokes over 3,000 partners, with and without a `limit`. A
 *   keystroke's first frame is measured as `npm run bench` does
 *   (scripts/bench/pages/bench.js, case search-ours): from the input event to
 *   the first DOM change in the shadow root (or the end of the update, for a
 *   key that changes nothing), then to the next animation frame with layout
 *   forced there. Target: within 16 ms. "Complete" is until `updateComplete`
 *   (every card in); long frames are the animation frames over 50 ms
 *   meanwhile (Long Animation Frames API: script, style, layout and paint).
 *
 * Lit's development build and a loaded machine make every figure slower than
 * the minified CDN file measured by `npm run bench`; compare runs with runs.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {largeFeedUrl} from '../../stories/feeds.js';
import {resetFeedState} from '../helpers/cleanup.js';
import type {PdkPartnerList} from '../../src/partner-list/partner-list.js';
import '../../src/partner-list/pdk-partner-list.js';

/** As the bench's frame(): the next animation frame, with style and layout forced there. */
const frame = () =>
  new Promise<number>((resolve) =>
    requestAnimationFrame(() => {
      void document.body.offsetHeight;
      resolve(performance.now());
    }),
  );
/** Quiet: a frame painted and a task after it. */
const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const worst = (values: number[]) => Math.max(0, ...values);

/** As the bench's changed(root): resolves at the first DOM change under `root`. */
const firstChange = (root: Node) =>
  new Promise<void>((resolve) => {
    const observer = new MutationObserver(() => {
      observer.disconnect();
      resolve();
    });
    observer.observe(root, {subtree: true, childList: true, characterData: true, attributes: true});
  });

/** Durations of the animation frames over 50 ms from now until `stop()`. */
function longFrames() {
  const durations: number[] = [];
  const observer = new PerformanceObserver((list) => durations.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({type: 'long-animation-frame'});
  return () => {
    durations.push(...observer.takeRecords().map((e) => e.duration));
    observer.disconnect();
    return durations;
  };
}

async function firstRender(partners: number, attrs: {controls?: boolean; limit?: number} = {}) {
  // A blob: URL of a generated feed (scripts/feeds/large-feed.mjs), logos pointing at sample/logos.
  const url = largeFeedUrl({partners, events: partners * 3, seed: 7});
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = Object.assign(document.createElement('pdk-partner-list'), {src: url, ...attrs}) as PdkPartnerList;
  const t0 = performance.now();
  const ready = oneEvent(el, 'pdk-ready');
  wrapper.append(el);
  await ready;
  const ms = (await frame()) - t0;
  await el.updateComplete;
  const all = (await frame()) - t0;
  await settle();
  return {el, ms, all};
}

/** Per keystroke: the first frame (as the bench), until every card is in, and the long frames meanwhile. */
async function keystrokes(el: PdkPartnerList, queries: string[]) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  input.focus();
  const frames: number[] = [];
  const complete: number[] = [];
  const long: number[] = [];
  for (const query of queries) {
    const stop = longFrames();
    const t0 = performance.now();
    const changed = firstChange(el.shadowRoot!);
    input.value = query;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true, data: query.slice(-1), inputType: 'insertText'}));
    await Promise.race([changed, el.updateComplete]);
    frames.push((await frame()) - t0);
    await el.updateComplete;
    complete.push(performance.now() - t0);
    await settle();
    long.push(...stop());
  }
  return {frames, complete, long};
}

describe('<pdk-partner-list> benchmark', function () {
  this.timeout(300_000);
  afterEach(resetFeedState);

  it('prints first-render and keystroke figures', async () => {
    const rows: string[] = [];
    for (const partners of [1000, 3000]) {
      const {ms, all, el} = await firstRender(partners);
      el.parentElement!.remove();
      rows.push(`first render, ${partners} partners (fetch+validate+render+layout): pdk-ready ${ms.toFixed(0)} ms, every card ${all.toFixed(0)} ms`);
    }
    const queries = ['f', '', 'z', 'zi', 'zie', 'ziel', 'zielo', 'zielon', 'zielona', 'zielon', 'ziel', 'zi', 'z', ''];
    for (const limit of [0, 24]) {
      const {el, all} = await firstRender(3000, {controls: true, limit});
      const {frames, complete, long} = await keystrokes(el, queries);
      el.parentElement!.remove();
      rows.push(
        `3000 partners, controls${limit ? `, limit=${limit}` : ''}: first render (every card) ${all.toFixed(0)} ms; ` +
          `keystroke first frame median ${median(frames).toFixed(1)} ms, worst ${worst(frames).toFixed(1)} ms ` +
          `("f": ${frames[0].toFixed(1)} ms); complete median ${median(complete).toFixed(1)} ms, worst ${worst(complete).toFixed(1)} ms; ` +
          `frames over 50 ms: ${long.length}, longest ${worst(long).toFixed(0)} ms (${frames.length} keys)`,
      );
    }
    console.log(`\n${rows.join('\n')}\n`);
    expect(rows).to.have.length(4);
  });
});
