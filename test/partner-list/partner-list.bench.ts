/**
 * Benchmark (prints figures; it asserts nothing about time). Not a *.test.ts
 * file, so the normal test run skips it. Run it alone:
 *
 *   npx wtr --files test/partner-list/partner-list.bench.ts
 *
 * Measures, in headless Chromium: the first render of 1,000 and 3,000
 * partners (fetch of a blob: URL, validation, sort, render and layout), and
 * one search keystroke over 3,000 partners (input event to the next frame
 * painted), with and without a `limit`. Target: a keystroke within 16 ms.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {largeFeedUrl} from '../../stories/feeds.js';
import {resetFeedState} from '../helpers/cleanup.js';
import type {PdkPartnerList} from '../../src/partner-list/partner-list.js';
import '../../src/partner-list/pdk-partner-list.js';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function firstRender(partners: number, attrs: {controls?: boolean; limit?: number} = {}) {
  // A blob: URL of a generated feed (scripts/feeds/large-feed.mjs), logos pointing at sample/logos.
  const url = largeFeedUrl({partners, events: partners * 3, seed: 7});
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1200px"></div>`);
  const el = Object.assign(document.createElement('pdk-partner-list'), {src: url, ...attrs}) as PdkPartnerList;
  const t0 = performance.now();
  const ready = oneEvent(el, 'pdk-ready');
  wrapper.append(el);
  await ready;
  await frame();
  return {el, ms: performance.now() - t0};
}

/** Per keystroke: until the next frame (the first batch of cards painted), and until every card is in. */
async function keystrokes(el: PdkPartnerList, queries: string[]) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="search"]')!;
  const frames: number[] = [];
  const complete: number[] = [];
  for (const query of queries) {
    const t0 = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input'));
    // Lit renders in a microtask; the next animation frame comes after it.
    await new Promise(requestAnimationFrame);
    frames.push(performance.now() - t0);
    await el.updateComplete;
    complete.push(performance.now() - t0);
    await frame();
  }
  return {frames, complete};
}

describe('<pdk-partner-list> benchmark', function () {
  this.timeout(120_000);
  afterEach(resetFeedState);

  it('prints first-render and keystroke figures', async () => {
    const rows: string[] = [];
    for (const partners of [1000, 3000]) {
      const {ms, el} = await firstRender(partners);
      el.parentElement!.remove();
      rows.push(`first render, ${partners} partners (fetch+validate+render+layout): ${ms.toFixed(0)} ms`);
    }
    const queries = ['f', '', 'z', 'zi', 'zie', 'ziel', 'zielo', 'zielon', 'zielona', 'zielon', 'ziel', 'zi', 'z', ''];
    for (const limit of [0, 24]) {
      const {el, ms} = await firstRender(3000, {controls: true, limit});
      const {frames, complete} = await keystrokes(el, queries);
      el.parentElement!.remove();
      rows.push(
        `3000 partners, controls${limit ? `, limit=${limit}` : ''}: first render ${ms.toFixed(0)} ms; ` +
          `keystroke to next frame median ${median(frames).toFixed(1)} ms, worst ${Math.max(...frames).toFixed(1)} ms; ` +
          `to every card rendered median ${median(complete).toFixed(1)} ms, worst ${Math.max(...complete).toFixed(1)} ms (${frames.length} keys)`,
      );
    }
    console.log(`\n${rows.join('\n')}\n`);
    expect(rows).to.have.length(4);
  });
});
