/**
 * The space a page keeps for a widget before the script runs (README, the
 * embed builder's snippet, demo/reserve-space.css) must be the height of the
 * widget's loading placeholder, or the page still jumps when the script arrives.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import '../../src/index.js';
import {reservedHeight, reservedSpaceDeclarations} from '../../src/theme/reserved-space.js';
import type {WidgetTag} from '../../src/shared/widget-tags.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed} from '../helpers/feeds.js';

const CASES: [WidgetTag, string][] = [
  ['pdk-join-button', ''],
  ['pdk-event-calendar', ''],
  ['pdk-event-calendar', 'list'],
  ['pdk-partner-list', ''],
];

describe('reserved space before the script runs', () => {
  let fetch: FetchStub;
  afterEach(() => {
    fetch?.restore();
    resetFeedState();
  });

  for (const [tag, view] of CASES) {
    it(`is the height of <${tag}${view ? ` view="${view}"` : ''}> while it loads`, async () => {
      fetch = stubFetch({[FEED_URL]: {hang: true}});
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 50em"></div>`);
      const reserved = document.createElement('span');
      for (const [name, value] of reservedSpaceDeclarations(tag, view === 'list' ? 'list' : 'month')) reserved.style.setProperty(name, value);
      const el = await fixture<HTMLElement>(staticHtml`<${unsafeStatic(tag)} src=${FEED_URL} view=${view || 'month'} month="2026-12"></${unsafeStatic(tag)}>`, {
        parentNode: wrapper,
      });
      wrapper.prepend(reserved);
      await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
      const placeholder = el.getBoundingClientRect().height;
      expect(placeholder).to.be.greaterThan(40);
      expect(reserved.getBoundingClientRect().height).to.be.closeTo(placeholder, 0.5);
    });
  }

  for (const [month, weeks] of [['2027-02', 4], ['2026-12', 5], ['2026-11', 6]] as const) {
    it(`the calendar's month of ${weeks} weeks is the height of its placeholder, so nothing below it moves`, async () => {
      let arrive!: () => void;
      const events = ['2026-11-10', '2026-12-10', '2027-02-10'].map((start) => event(`e-${start}`, {start}));
      fetch = stubFetch({[FEED_URL]: {json: feed({events}), after: new Promise<void>((resolve) => (arrive = resolve))}});
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 60em; font: 16px system-ui, sans-serif"></div>`);
      const el = document.createElement('pdk-event-calendar') as HTMLElement & {updateComplete: Promise<unknown>};
      Object.assign(el, {src: FEED_URL, month});
      wrapper.append(el);
      await el.updateComplete;
      const placeholder = el.getBoundingClientRect().height;
      const ready = oneEvent(el, 'pdk-ready');
      arrive();
      await ready;
      expect(el.getBoundingClientRect().height).to.be.closeTo(placeholder, 1);
    });
  }

  // Under 15px text (Bootstrap 3's 14px, html { font-size: 10px }), a day's three 24px targets
  // need more than 6.5em: placeholder, month and the page's reserved space all grow alike.
  for (const size of [14, 10]) {
    it(`keeps them all the same height with ${size}px text and a day of three events`, async () => {
      let arrive!: () => void;
      const events = ['09', '12', '18'].map((hour) => event(`e-${hour}`, {start: `2026-12-10T${hour}:00:00+01:00`}));
      fetch = stubFetch({[FEED_URL]: {json: feed({events}), after: new Promise<void>((resolve) => (arrive = resolve))}});
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 60em; font: ${size}px system-ui, sans-serif"></div>`);
      const reserved = document.createElement('span');
      for (const [name, value] of reservedSpaceDeclarations('pdk-event-calendar')) reserved.style.setProperty(name, value);
      const el = document.createElement('pdk-event-calendar') as HTMLElement & {updateComplete: Promise<unknown>};
      Object.assign(el, {src: FEED_URL, month: '2026-12'});
      wrapper.append(reserved, el);
      await el.updateComplete;
      const placeholder = el.getBoundingClientRect().height;
      expect(reserved.getBoundingClientRect().height).to.be.closeTo(placeholder, 0.5);
      const ready = oneEvent(el, 'pdk-ready');
      arrive();
      await ready;
      expect(el.getBoundingClientRect().height).to.be.closeTo(placeholder, 1);
      expect(el.shadowRoot!.querySelectorAll('td[data-day="2026-12-10"] .chip')).to.have.length(3);
    });
  }

  it('is what demo/reserve-space.css keeps, for every widget', async () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(await (await window.fetch('/demo/reserve-space.css')).text());
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    const declared = (selector: string, property: string) =>
      rules
        .filter((r) => r.selectorText.split(/,\s*/).includes(selector))
        .map((r) => r.style.getPropertyValue(property))
        .find(Boolean);
    for (const [tag, view] of CASES) {
      const selector = view ? `${tag}[view="${view}"]:not(:defined)` : `${tag}:not(:defined)`;
      // Both as the CSSOM writes them: it brackets calc()'s products.
      const expected = document.createElement('div').style;
      expected.minHeight = reservedHeight(tag, view === 'list' ? 'list' : 'month');
      expect(declared(selector, 'min-height'), selector).to.equal(expected.minHeight);
      expect(declared(`${tag}:not(:defined)`, 'display'), tag).to.equal('block');
    }
  });
});
