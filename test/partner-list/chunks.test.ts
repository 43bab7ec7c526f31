import {expect, html, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {feed, partner} from '../helpers/feeds.js';
import {CHUNK_CARDS} from '../../src/partner-list/chunks.js';
import type {PartnerListLayout} from '../../src/partner-list/partner-list.js';
import {FEED_URL, all, mount, one} from './fixtures.js';

const PARTNERS = Array.from({length: 420}, (_, i) => partner(`p${i}`, {name: `Organizacja ${String(i).padStart(3, '0')}`}));

/** Names in card order, in every layout (a logo tile has its name as a tooltip). */
const cardNames = (el: HTMLElement) => all(el, '[part~="card"]').map((card) => card.querySelector('[title]')?.getAttribute('title') ?? card.querySelector('[part~="name"]')?.textContent?.trim());
const chunks = (el: HTMLElement) => [...one(el, '[part~="list"]').children] as HTMLElement[];
const columnsOf = (chunk: Element) => getComputedStyle(chunk).gridTemplateColumns.split(' ').length;

/** Every chunk but the last is whole rows, and none is much over CHUNK_CARDS. */
function wholeRows(el: HTMLElement) {
  const list = chunks(el);
  const columns = columnsOf(list[0]);
  const counts = list.map((chunk) => chunk.childElementCount);
  return {columns, counts, ok: counts.slice(0, -1).every((n) => n % columns === 0) && counts.every((n) => n > 0 && n < CHUNK_CARDS + columns)};
}

describe('<pdk-partner-list> chunks', () => {
  let fetch: FetchStub;
  afterEach(async () => {
    fetch?.restore();
    resetFeedState();
    await emulateMedia({media: 'screen'});
  });

  for (const layout of ['grid', 'list', 'logos'] as PartnerListLayout[]) {
    for (const width of [280, 1000, 1400]) {
      it(`${layout} at ${width} px: every card in by updateComplete, in chunks of whole rows`, async () => {
        fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS, events: []})}});
        const wrapper = await mount(html`<div style="width: ${width}px"><pdk-partner-list src=${FEED_URL} layout=${layout}></pdk-partner-list></div>`);
        const el = wrapper.querySelector('pdk-partner-list')!;
        await el.updateComplete;
        expect(all(el, '[part~="card"]')).to.have.length(420);
        expect(cardNames(el)).to.deep.equal(PARTNERS.map((p) => p.name));
        expect(chunks(el).length).to.be.above(1);
        await waitUntil(() => wholeRows(el).ok, 'chunks are not whole rows');
        if (layout === 'list') expect(wholeRows(el).columns).to.equal(1);
      });
    }
  }

  it('regroups the chunks when the width changes the number of columns', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS, events: []})}});
    const wrapper = await mount(html`<div style="width: 1000px"><pdk-partner-list src=${FEED_URL} layout="logos"></pdk-partner-list></div>`);
    const el = wrapper.querySelector('pdk-partner-list')!;
    await el.updateComplete;
    await waitUntil(() => wholeRows(el).ok);
    const before = wholeRows(el).columns;
    wrapper.style.width = '1150px';
    await waitUntil(() => wholeRows(el).columns !== before && wholeRows(el).ok, 'not regrouped');
    expect(cardNames(el)).to.deep.equal(PARTNERS.map((p) => p.name));
  });

  it('keeps focus on a card that moves to another chunk', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS, events: []})}});
    const wrapper = await mount(html`<div style="width: 1000px"><pdk-partner-list src=${FEED_URL} layout="logos"></pdk-partner-list></div>`);
    const el = wrapper.querySelector('pdk-partner-list')!;
    await el.updateComplete;
    await waitUntil(() => wholeRows(el).ok);
    // The first card of the second chunk is the first to move to the first chunk.
    const target = chunks(el)[1].querySelector<HTMLElement>('.focus-target')!;
    target.focus();
    const before = wholeRows(el).columns;
    wrapper.style.width = '1150px';
    await waitUntil(() => wholeRows(el).columns !== before && wholeRows(el).ok);
    expect(chunks(el)[0].contains(target)).to.be.true;
    expect(el.shadowRoot!.activeElement).to.equal(target);
  });

  it('takes the column template and gap a page gives ::part(list)', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS, events: []})}});
    const wrapper = await mount(html`<div class="seven">
      <style>
        .seven pdk-partner-list::part(list) {
          grid-template-columns: repeat(7, 1fr);
          gap: 3px;
        }
      </style>
      <pdk-partner-list src=${FEED_URL}></pdk-partner-list>
    </div>`);
    const el = wrapper.querySelector('pdk-partner-list')!;
    await waitUntil(() => wholeRows(el).ok && wholeRows(el).columns === 7, 'chunks are not whole rows of 7');
    expect(chunks(el).every((chunk) => getComputedStyle(chunk).rowGap === '3px')).to.be.true;
    expect(all(el, '[part~="card"]')).to.have.length(420);
  });

  it('prints every chunk: none is skipped', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS, events: []})}});
    const el = await mount();
    await emulateMedia({media: 'print'});
    expect(chunks(el).map((chunk) => getComputedStyle(chunk).contentVisibility)).to.satisfy((values: string[]) => values.every((v) => v === 'visible'));
    await emulateMedia({media: 'screen'});
    expect(getComputedStyle(chunks(el).at(-1)!).contentVisibility).to.equal('auto');
  });

  it('is accessible: a list of listitems through chunks with no role', async () => {
    fetch = stubFetch({[FEED_URL]: {json: feed({partners: PARTNERS.slice(0, 130), events: []})}});
    const el = await mount();
    expect(chunks(el).every((chunk) => chunk.getAttribute('role') === 'none')).to.be.true;
    await expect(el).to.be.accessible();
  });
});
