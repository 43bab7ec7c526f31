import {expect, waitUntil} from '@open-wc/testing';
import sinon from 'sinon';
import {eventDetail, setEventDetailImporter, type EventDetailModule} from '../../src/event-calendar/load-event-detail.js';
import {FEED_URL, event} from '../helpers/feeds.js';
import {$, active, calendarFeed, cell, mountCalendar, text, useCalendarFeed} from './fixtures.js';

const realImport = () => import('../../src/event-calendar/event-detail.js');
const dialogOf = (el: HTMLElement) => $<HTMLDialogElement>(el, 'dialog[part~="detail"]')!;
const chipOf = (el: HTMLElement, day: string) => cell(el, day).querySelector<HTMLButtonElement>('[part~="event"]')!;
// Booleans, not elements: a failed assertion on an element makes the runner serialize it.
const has = (el: HTMLElement, selector: string) => $(el, selector) !== null;
const labelOf = (el: HTMLElement) => text(el.shadowRoot!.getElementById(dialogOf(el).getAttribute('aria-labelledby')!));

/** An import that waits until the test lets it through. */
function heldImport() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const importer = sinon.spy(() => gate.then(realImport));
  return {importer, release};
}

describe('<pdk-event-calendar> event detail on demand', () => {
  const fetch = useCalendarFeed();
  afterEach(() => setEventDetailImporter());

  describe('states', () => {
    it('opens at once with the title as its heading and a loading line, then shows the detail', async () => {
      const {importer, release} = heldImport();
      setEventDetailImporter(importer);
      const el = await mountCalendar();
      chipOf(el, '2026-12-03').click();
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      expect(labelOf(el)).to.equal('Debata o transporcie');
      expect(text($(el, '[part~="detail-content"] [aria-busy="true"]'))).to.equal('Wczytywanie…');
      expect(has(el, '[part~="ics-link"]')).to.be.false;
      expect(dialog.contains(active(el))).to.be.true;
      await expect(el).to.be.accessible();
      release();
      await el.updateComplete;
      expect(has(el, '[aria-busy]')).to.be.false;
      expect(labelOf(el)).to.equal('Debata o transporcie');
      expect(text($(el, '[part~="detail-when"]'))).to.equal('Kiedy czwartek, 3 grudnia 2026, 18:00–20:00');
      expect(dialog.contains(active(el))).to.be.true;
      expect(importer.callCount).to.equal(1);
    });

    it('holds the full detail once updateComplete resolves after a click', async () => {
      setEventDetailImporter(realImport);
      const events = [event('debate', {title: 'Debata', start: '2026-12-03T18:00:00+01:00', description: 'Opis debaty.', url: 'https://example.org/debata'})];
      fetch().set(FEED_URL, {json: calendarFeed({events})});
      const el = await mountCalendar();
      chipOf(el, '2026-12-03').click();
      await el.updateComplete;
      expect(dialogOf(el).open).to.be.true;
      expect(text($(el, '[part~="detail-description"]'))).to.equal('Opis debaty.');
      expect($<HTMLAnchorElement>(el, '[part~="ics-link"]')!.download).to.equal('debate.ics');
      expect($<HTMLAnchorElement>(el, '[part~="google-link"]')!.href).to.match(/^https:\/\/calendar\.google\.com\//);
      expect($<HTMLAnchorElement>(el, '[part~="detail-link"]')!.href).to.equal('https://example.org/debata');
    });

    it('adds the detail styles when the detail arrives, keeping its own', async () => {
      setEventDetailImporter(realImport);
      const el = await mountCalendar();
      chipOf(el, '2026-12-03').click();
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="add-to-calendar"]')!).backgroundColor).to.equal('rgb(244, 247, 245)');
      expect(getComputedStyle($(el, '[part~="detail-content"] .type')!).textTransform).to.equal('uppercase');
      expect(getComputedStyle($(el, '.detail-bar')!).display).to.equal('flex');
      expect(getComputedStyle(cell(el, '2026-12-01')).borderTopStyle).to.equal('solid');
    });

    it('says when the detail could not be loaded, and retries', async () => {
      const importer = sinon.stub<[], Promise<EventDetailModule>>();
      importer.onFirstCall().rejects(new TypeError('Failed to fetch dynamically imported module'));
      importer.callsFake(realImport);
      setEventDetailImporter(importer);
      const el = await mountCalendar();
      chipOf(el, '2026-12-03').click();
      await el.updateComplete;
      const dialog = dialogOf(el);
      expect(dialog.open).to.be.true;
      expect(labelOf(el)).to.equal('Debata o transporcie');
      expect(text($(el, '[part~="detail-when"]'))).to.equal('czwartek, 3 grudnia 2026, 18:00–20:00');
      expect(text($(el, '[role="alert"]'))).to.equal('Nie udało się wczytać szczegółów wydarzenia.');
      expect(has(el, '[part~="ics-link"]')).to.be.false;
      await expect(el).to.be.accessible();
      const retry = dialog.querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
      expect(text(retry)).to.equal('Spróbuj ponownie');
      retry.click();
      await el.updateComplete;
      expect(importer.callCount).to.equal(2);
      expect(has(el, '[part~="ics-link"]')).to.be.true;
      expect(has(el, '[role="alert"]')).to.be.false;
      expect(active(el)?.id).to.equal(dialog.getAttribute('aria-labelledby'));
    });

    it('says so when the detail has not arrived in time, and shows it once it has', async () => {
      const {importer, release} = heldImport();
      setEventDetailImporter(importer);
      const timeout = sinon.stub(eventDetail, 'timeoutMs').value(50);
      try {
        const el = await mountCalendar();
        chipOf(el, '2026-12-03').click();
        await el.updateComplete;
        expect(text($(el, '[role="alert"]'))).to.equal('Nie udało się wczytać szczegółów wydarzenia.');
        release();
        dialogOf(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
        await el.updateComplete;
        expect(importer.callCount).to.equal(1);
        expect(has(el, '[part~="ics-link"]')).to.be.true;
        expect(has(el, '[role="alert"]')).to.be.false;
      } finally {
        timeout.restore();
      }
    });

    it('says it in English too', async () => {
      setEventDetailImporter(() => Promise.reject(new TypeError('offline')));
      const el = await mountCalendar({lang: 'en'});
      chipOf(el, '2026-12-03').click();
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.equal('The event details could not be loaded.');
      expect(text(dialogOf(el).querySelector('[part~="retry-button"]'))).to.equal('Try again');
    });
  });

  describe('prefetch', () => {
    it('imports the detail once the page is idle after the first render, once', async () => {
      const {importer} = heldImport();
      setEventDetailImporter(importer);
      const el = await mountCalendar();
      await waitUntil(() => importer.callCount === 1, 'no import when the page was idle', {timeout: 3000});
      chipOf(el, '2026-12-18').dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      expect(importer.callCount).to.equal(1);
    });

    /** A calendar whose idle import has happened, then forgotten: as if it had not come yet. */
    async function mountBeforeIdleImport() {
      const idle = heldImport();
      setEventDetailImporter(idle.importer);
      const el = await mountCalendar();
      await waitUntil(() => idle.importer.callCount === 1, 'no import when the page was idle', {timeout: 3000});
      const {importer} = heldImport();
      setEventDetailImporter(importer);
      return {el, importer};
    }

    it('starts the import when an event is pointed at, once', async () => {
      const {el, importer} = await mountBeforeIdleImport();
      chipOf(el, '2026-12-18').dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      expect(importer.callCount).to.equal(1);
      chipOf(el, '2026-12-03').dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
      expect(importer.callCount).to.equal(1);
    });

    it('starts the import when a day with events gets focus, not an empty one', async () => {
      const {el, importer} = await mountBeforeIdleImport();
      cell(el, '2026-12-02').focus();
      expect(importer.callCount).to.equal(0);
      cell(el, '2026-12-03').focus();
      expect(importer.callCount).to.equal(1);
    });
  });
});
