/**
 * Phones: the dialogs fit, keep their close button in reach (iOS has no
 * Escape key), lock the page behind them and stay modal when their element
 * is moved; large text does not squeeze headings or widen lists; fields do
 * not make iOS zoom the page.
 */
import {expect, html, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../../src/index.js';
import type {PdkEventCalendar} from '../../src/event-calendar/event-calendar.js';
import type {PdkJoinButton} from '../../src/join-button/join-button.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';
import {mailer} from '../../src/join-button/mail.js';
import {fillRequired} from '../join-button/join-helpers.js';
import sinon from 'sinon';

const LONG_TEXT = 'Spotkanie o efektywności energetycznej budynków szkolnych i komunalnych. '.repeat(30);
const PHONE_FEED = feed({
  partners: [partner('a', {name: 'Fundacja Przykład', description: LONG_TEXT}), partner('b', {name: 'Biuro Ochrony Powietrza i Polityki Klimatycznej'})],
  events: [event('e1', {title: 'Debata o transporcie', description: LONG_TEXT, partners: ['a'], start: '2026-12-03T18:00:00+01:00'})],
});

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const rect = (root: ShadowRoot, selector: string) => root.querySelector(selector)!.getBoundingClientRect();

async function openJoin(el: PdkJoinButton) {
  await el.show();
  await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form did not load');
  await frame();
}

async function openEvent(el: PdkEventCalendar) {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-event]')!.click();
  await el.updateComplete;
  await frame();
}

/** Whether `inner` is inside `outer`, to the pixel. */
const within = (inner: DOMRect, outer: DOMRect) =>
  inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1 && inner.left >= outer.left - 1 && inner.right <= outer.right + 1;

describe('on phones', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: PHONE_FEED}})));
  afterEach(async () => {
    fetch.restore();
    resetFeedState();
    document.documentElement.style.fontSize = '';
    document.documentElement.style.overflow = '';
    await setViewport({width: 800, height: 600});
  });

  describe('the join dialog', () => {
    it('on a 320 px phone, an e-mail address breaks after its @, not inside the domain people copy', async () => {
      await setViewport({width: 320, height: 640});
      const opened = sinon.stub(mailer, 'open');
      try {
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button email="partnerstwo@um.warszawa.pl"></pdk-join-button>`, 'pdk-ready');
        await openJoin(el);
        await fillRequired(el);
        el.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="mail"]'), 'the e-mail panel');
        // Each text node of the domain sits on one line (a break inside it would give two boxes).
        const paragraph = el.shadowRoot!.querySelector('[part~="mail"] p')!;
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        const lines = [];
        while (walker.nextNode()) {
          const at = walker.currentNode.textContent!.indexOf('um.warszawa.pl');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(walker.currentNode, at);
          range.setEnd(walker.currentNode, at + 'um.warszawa.pl'.length);
          lines.push(new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size);
        }
        expect(lines.length, 'the address is in the text').to.be.greaterThan(0);
        expect(lines.every((n) => n === 1)).to.be.true;
      } finally {
        opened.restore();
      }
    });

    it('at 200% text on a 360 px phone: the heading keeps its width, the close button its place in the dialog', async () => {
      await setViewport({width: 360, height: 640});
      document.documentElement.style.fontSize = '32px';
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-ready');
      await openJoin(el);
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      const heading = root.querySelector('h2')!;
      const lines = heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight);
      expect(Math.round(lines), 'heading lines').to.be.at.most(4);
      // Beside or below the heading, never past the dialog's side (the header scrolls with the form at this size).
      const close = rect(root, '[part~="close-button"]');
      const box = dialog.getBoundingClientRect();
      expect(close.left >= box.left && close.right <= box.right, 'close button inside the dialog').to.be.true;
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth);
      // Its margins are in px, as the event dialog's: in em, 200% text would take 32 px a side.
      expect(box.width).to.be.at.least(340);
    });

    it('at 200% text on a phone, the header scrolls away with the form rather than covering half of it', async () => {
      for (const [width, height] of [[360, 740], [740, 360]]) {
        await setViewport({width, height});
        document.documentElement.style.fontSize = '32px';
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-ready');
        await openJoin(el);
        const root = el.shadowRoot!;
        const size = `${width}×${height}`;
        expect(getComputedStyle(root.querySelector('.header')!).position, size).to.equal('static');
        // The focused first field has its label in view, not under the header.
        const label = root.querySelector('label[for="join-organisation"]')!.getBoundingClientRect();
        const dialog = root.querySelector('dialog')!.getBoundingClientRect();
        expect(label.top >= dialog.top && label.bottom <= dialog.bottom, `${size}: label ${label.top}–${label.bottom} in ${dialog.top}–${dialog.bottom}`).to.equal(true);
        el.close();
        el.remove();
      }
    });

    it('on a landscape phone, the close button stays in view as the form scrolls', async () => {
      await setViewport({width: 640, height: 360});
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-ready');
      await openJoin(el);
      const root = el.shadowRoot!;
      root.querySelector<HTMLElement>('[part~="submit"]')!.scrollIntoView({block: 'end'});
      await frame();
      // The form scrolls under the header, which stays.
      expect(root.querySelector('.body')!.scrollTop, 'the form scrolled').to.be.greaterThan(100);
      expect(within(rect(root, '[part~="close-button"]'), rect(root, 'dialog'))).to.be.true;
    });

    it('stays modal, with the page locked, when its element is moved while open', async () => {
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-ready');
      await openJoin(el);
      const elsewhere = document.createElement('div');
      el.parentElement!.append(elsewhere);
      elsewhere.append(el);
      await el.updateComplete;
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.be.true;
      expect(document.documentElement.style.overflow).to.equal('hidden');
      // Its close event comes a task later, and must not undo the reopening.
      await new Promise((resolve) => setTimeout(resolve));
      expect(dialog.matches(':modal')).to.be.true;
      el.close();
      await waitUntil(() => document.documentElement.style.overflow === '', 'the page is unlocked on close');
    });

    it('fields are at least 16 px on a page with 14 px text, so iOS does not zoom in on focus', async () => {
      document.documentElement.style.fontSize = '14px';
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-ready');
      await openJoin(el);
      const fields = [...el.shadowRoot!.querySelectorAll('input:not([type="checkbox"]):not([type="radio"]), select, textarea')];
      const small = fields.filter((field) => parseFloat(getComputedStyle(field).fontSize) < 16).map((field) => field.getAttribute('name'));
      expect(fields.length).to.be.greaterThan(4);
      expect(small).to.deep.equal([]);
    });
  });

  describe('the event dialog', () => {
    it('on a landscape phone: the close button stays in view at the end of a long detail, and the page stays put', async () => {
      await setViewport({width: 640, height: 360});
      const {el} = await mountUntil<PdkEventCalendar>(html`<pdk-event-calendar src=${FEED_URL} month="2026-12" view="list" past></pdk-event-calendar>`, 'pdk-ready');
      await openEvent(el);
      const root = el.shadowRoot!;
      const dialog = root.querySelector('dialog')!;
      await waitUntil(() => root.querySelector('[part~="detail-description"]'), 'the detail did not load');
      const body = dialog.querySelector('.detail-body')!;
      body.scrollTop = body.scrollHeight;
      await frame();
      expect(body.scrollTop).to.be.greaterThan(100);
      expect(within(rect(root, '[part~="close-button"]'), dialog.getBoundingClientRect())).to.be.true;
      expect(getComputedStyle(body).overscrollBehaviorY, 'scrolling past its end does not reach the page').to.equal('contain');
      expect(document.documentElement.style.overflow, 'the page behind is locked').to.equal('hidden');
      root.querySelector<HTMLButtonElement>('[part~="close-button"]')!.click();
      await waitUntil(() => document.documentElement.style.overflow === '', 'the page is unlocked on close');
    });

    it('at 200% text on a 360 px phone, it uses the phone\'s width', async () => {
      await setViewport({width: 360, height: 640});
      document.documentElement.style.fontSize = '32px';
      const {el} = await mountUntil<PdkEventCalendar>(html`<pdk-event-calendar src=${FEED_URL} month="2026-12" view="list" past></pdk-event-calendar>`, 'pdk-ready');
      await openEvent(el);
      expect(rect(el.shadowRoot!, 'dialog').width).to.be.at.least(340);
    });

    it('stays modal when the calendar is moved while it is open', async () => {
      const {el} = await mountUntil<PdkEventCalendar>(html`<pdk-event-calendar src=${FEED_URL} month="2026-12" view="list" past></pdk-event-calendar>`, 'pdk-ready');
      await openEvent(el);
      const elsewhere = document.createElement('div');
      el.parentElement!.append(elsewhere);
      elsewhere.append(el);
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve));
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.matches(':modal')).to.be.true;
      expect(el.shadowRoot!.querySelector('[part~="detail-title"]')).to.exist;
    });
  });

  describe('the partner list', () => {
    it('the list layout fits a 280 px sidebar on a page with 18 px text', async () => {
      document.documentElement.style.fontSize = '18px';
      const {el} = await mountUntil<HTMLElement>(html`<pdk-partner-list src=${FEED_URL} layout="list" style="display: block; width: 280px"></pdk-partner-list>`, 'pdk-ready');
      const widest = Math.max(...[...el.shadowRoot!.querySelectorAll('[part~="card"]')].map((card) => card.getBoundingClientRect().width));
      expect(widest).to.be.at.most(280);
    });
  });
});
