import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import {FEED_URL, event} from '../helpers/feeds.js';
import {$, $$, active, calendarFeed, cell, heading, mountCalendar, text, useCalendarFeed} from './fixtures.js';

const press = async (el: HTMLElement & {updateComplete: Promise<boolean>}, key: string) => {
  await sendKeys({press: key});
  await el.updateComplete;
};
/** Sixty events on December's days: a busy month. */
const sixtyDecemberEvents = () =>
  Array.from({length: 60}, (_, i) =>
    event(`e${i}`, {title: `Wydarzenie ${i}`, start: `2026-12-${String((i % 28) + 1).padStart(2, '0')}T${String(8 + (i % 10)).padStart(2, '0')}:00:00+01:00`}),
  );
const dialogOf = (el: HTMLElement) => $<HTMLDialogElement>(el, 'dialog[part~="detail"]')!;

describe('<pdk-event-calendar>', () => {
  const useFeed = useCalendarFeed();

  describe('keyboard', () => {
    it('has one tab stop, on today', async () => {
      const el = await mountCalendar();
      expect($$(el, '[part~="grid"] [tabindex="0"]').map((c) => c.dataset.day)).to.deep.equal(['2026-12-01']);
      expect($$(el, '[part~="grid"] button').every((b) => b.tabIndex === -1)).to.be.true;
    });

    it('moves a day with the arrows, and into the previous month keeping focus', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-01').focus();
      await press(el, 'ArrowRight');
      expect(active(el)?.dataset.day).to.equal('2026-12-02');
      await press(el, 'ArrowDown');
      expect(active(el)?.dataset.day).to.equal('2026-12-09');
      await press(el, 'ArrowUp');
      await press(el, 'ArrowLeft');
      await press(el, 'ArrowLeft');
      expect(active(el)?.dataset.day).to.equal('2026-11-30');
      expect(heading(el)).to.equal('listopad 2026');
      expect(active(el)!.getAttribute('part')).to.contain('selected').and.not.contain('outside');
      expect(active(el)!.tabIndex).to.equal(0);
    });

    it('goes to the start and end of the week with Home and End, and by month with PageUp and PageDown', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-01').focus();
      await press(el, 'End');
      expect(active(el)?.dataset.day).to.equal('2026-12-06');
      await press(el, 'Home');
      expect(active(el)?.dataset.day).to.equal('2026-11-30');
      await press(el, 'PageDown');
      expect(active(el)?.dataset.day).to.equal('2026-12-30');
      await press(el, 'PageDown');
      expect(active(el)?.dataset.day).to.equal('2027-01-30');
      expect(heading(el)).to.equal('styczeń 2027');
      await press(el, 'ArrowRight');
      await press(el, 'PageDown');
      expect(active(el)?.dataset.day).to.equal('2027-02-28');
      await press(el, 'PageUp');
      expect(active(el)?.dataset.day).to.equal('2027-01-28');
    });

    it('opens a day with one event with Enter, closes with Escape and returns focus', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-01').focus();
      await press(el, 'ArrowRight');
      await press(el, 'ArrowRight');
      const selected = oneEvent(el, 'pdk-event-select');
      await press(el, 'Enter');
      expect((await selected).detail).to.deep.equal({id: 'debate'});
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      expect(dialog.matches(':modal')).to.be.true;
      expect(text(el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!))).to.contain('Debata o transporcie');
      expect(dialog.contains(active(el))).to.be.true;
      expect(text($(el, '[part~="close-button"]'))).to.contain('Zamknij');
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog.open && active(el)?.dataset.day === '2026-12-03', 'focus should return to the day');
    });

    it('keeps Tab and Shift+Tab inside an open event and an open day', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-03').focus();
      await press(el, 'Enter');
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open && dialog.querySelector('[part~="google-link"]'), 'the detail is in');
      const tabbable = () => [...dialog.querySelectorAll<HTMLElement>('button, a[href]')];
      const [first] = tabbable();
      const last = tabbable().at(-1)!;
      last.focus();
      await press(el, 'Tab');
      expect(active(el) === first, 'Tab from the last control goes to the first').to.be.true;
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      expect(active(el) === last, 'Shift+Tab from the first goes to the last').to.be.true;
      await press(el, 'Escape');
      cell(el, '2026-12-04').focus();
      await press(el, 'Enter');
      await waitUntil(() => dialog.open && dialog.querySelector('.list-events button'));
      tabbable().at(-1)!.focus();
      await press(el, 'Tab');
      expect(active(el) === tabbable()[0]).to.be.true;
    });

    it('opens a crowded day as a list first, then an event from it', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-01').focus();
      for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await press(el, key);
      await sendKeys({press: 'Space'});
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open);
      expect(text(dialog.querySelector('h2'))).to.equal('piątek, 4 grudnia 2026');
      const buttons = [...dialog.querySelectorAll<HTMLButtonElement>('.list-events button')];
      expect(buttons.map(text)).to.deep.equal(['Wystawa', 'Konferencja', 'Audyt domu', 'Wykład', 'Przejazd']);
      await expect(el).to.be.accessible();
      const selected = oneEvent(el, 'pdk-event-select');
      buttons[3].click();
      expect((await selected).detail.id).to.equal('c3');
      await el.updateComplete;
      expect(text(dialog.querySelector('h2'))).to.contain('Wykład');
      expect(dialog.contains(active(el))).to.be.true;
      ($(el, '[part~="back-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(text(active(el))).to.equal('Wykład');
      ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
      await waitUntil(() => !dialog.open && active(el)?.dataset.day === '2026-12-04');
    });
  });

  describe('events', () => {
    it('fires pdk-event-select when an event chip is clicked, and returns focus to it on close', async () => {
      const el = await mountCalendar();
      const chip = cell(el, '2026-12-18').querySelector<HTMLButtonElement>('[part~="event"]')!;
      const heard = oneEvent(document, 'pdk-event-select');
      chip.focus();
      chip.click();
      const event = await heard;
      expect(event.detail).to.deep.equal({id: 'webinar'});
      expect(event.composed && event.bubbles).to.be.true;
      await waitUntil(() => dialogOf(el).open);
      ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
      await waitUntil(() => active(el) === chip);
    });

    it('keeps the close bar in reach above a long detail, never over what has focus', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-18').querySelector<HTMLButtonElement>('[part~="event"]')!.click();
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open && dialog.querySelector('[part~="google-link"]'), 'the detail is in');
      const bar = dialog.querySelector('.detail-bar')!;
      const body = dialog.querySelector<HTMLElement>('.detail-body')!;
      expect(bar.getBoundingClientRect().bottom).to.be.at.most(dialog.querySelector('h2')!.getBoundingClientRect().top);
      // Squeezed, the body scrolls under the bar, which stays at the dialog's top edge.
      dialog.style.maxHeight = '14em';
      body.scrollTop = 60;
      expect(body.scrollTop, 'the body scrolls').to.be.above(0);
      expect(dialog.scrollHeight - dialog.clientHeight, 'the dialog itself does not scroll').to.be.at.most(1);
      const top = dialog.getBoundingClientRect().top + dialog.clientTop;
      expect(Math.round(bar.getBoundingClientRect().top - top)).to.equal(0);
      // The body scrolls below the bar, not under it; every control focused, going backwards as
      // Shift+Tab does, is in its sight.
      expect(body.getBoundingClientRect().top).to.be.at.least(bar.getBoundingClientRect().bottom - 1);
      for (const control of [...body.querySelectorAll<HTMLElement>('a[href], button')].reverse()) {
        control.focus();
        const {top, bottom} = control.getBoundingClientRect();
        const sight = body.getBoundingClientRect();
        expect(Math.min(bottom, sight.bottom) - Math.max(top, sight.top), text(control)).to.be.above(0);
      }
    });

    it('opens an event from far down a day\'s list at its top, title in sight', async () => {
      const el = await mountCalendar();
      cell(el, '2026-12-04').focus();
      await press(el, 'Enter');
      const dialog = dialogOf(el);
      await waitUntil(() => dialog.open && dialog.querySelector('.list-events button'));
      dialog.style.maxHeight = '12em';
      const body = dialog.querySelector<HTMLElement>('.detail-body')!;
      const buttons = dialog.querySelectorAll<HTMLButtonElement>('.list-events button');
      buttons[buttons.length - 1].focus();
      expect(body.scrollTop, 'scrolled down to the last event').to.be.above(0);
      buttons[buttons.length - 1].click();
      await waitUntil(() => text(dialog.querySelector('h2')).includes('Przejazd'));
      await el.updateComplete;
      expect(body.scrollTop).to.equal(0);
      expect(dialog.querySelector('h2')!.getBoundingClientRect().top).to.be.at.least(dialog.querySelector('.detail-bar')!.getBoundingClientRect().bottom - 1);
    });

    it('switched to the list by a script while an event is open: closing puts focus on the heading', async () => {
      const el = await mountCalendar();
      const chip = cell(el, '2026-12-18').querySelector<HTMLButtonElement>('[part~="event"]')!;
      chip.focus();
      chip.click();
      await waitUntil(() => dialogOf(el).open);
      el.view = 'list';
      await el.updateComplete;
      ($(el, '[part~="close-button"]') as HTMLButtonElement).click();
      // The chip went with the grid; the list has no day cells.
      await waitUntil(() => active(el)?.id === 'month-heading', 'focus on the heading, not lost to the page');
    });

    it('a new src while an event is open: no dialog of the old feed left, the page unlocked, focus inside', async () => {
      const feeds = useFeed();
      const el = await mountCalendar();
      const chip = cell(el, '2026-12-18').querySelector<HTMLButtonElement>('[part~="event"]')!;
      chip.focus();
      chip.click();
      await waitUntil(() => dialogOf(el).open);
      const other = 'https://feeds.example.org/other.json';
      feeds.set(other, {json: calendarFeed({events: []})});
      const ready = oneEvent(el, 'pdk-ready');
      el.setAttribute('src', other);
      await ready;
      await el.updateComplete;
      expect(dialogOf(el).open).to.be.false;
      expect($(el, '[part~="detail-title"]') === null).to.be.true;
      expect(document.documentElement.style.overflow).to.equal('');
      expect(active(el) !== null, 'focus inside the calendar').to.be.true;
    });

    it('a click (a tap) on a day outside its chips opens the day, as Enter does', async () => {
      const el = await mountCalendar();
      const selected = oneEvent(el, 'pdk-event-select');
      cell(el, '2026-12-18').querySelector<HTMLElement>('.day-head')!.click();
      expect((await selected).detail.id).to.equal('webinar');
      await waitUntil(() => dialogOf(el).open);
      dialogOf(el).close();
      await waitUntil(() => !dialogOf(el).open);
      cell(el, '2026-12-04').click();
      await el.updateComplete;
      await waitUntil(() => dialogOf(el).open);
      expect(dialogOf(el).querySelectorAll('.list-events li')).to.have.length(5);
      dialogOf(el).close();
      await waitUntil(() => !dialogOf(el).open);
      cell(el, '2026-12-22').click();
      await el.updateComplete;
      expect(dialogOf(el).open, 'a day without events opens nothing').to.be.false;
    });

    it('moves on from the day that holds focus, also when that is another month\'s day', async () => {
      // November's last week shows 1–6 December; 4 December is crowded.
      const el = await mountCalendar({month: '2026-11'});
      const more = cell(el, '2026-12-04').querySelector<HTMLButtonElement>('[part~="more"]')!;
      more.focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialogOf(el).open);
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialogOf(el).open && active(el) === more);
      await press(el, 'ArrowRight');
      expect(heading(el)).to.equal('grudzień 2026');
      expect(active(el)?.dataset.day).to.equal('2026-12-05');
    });

    it('opens the day list from "+N więcej"', async () => {
      const el = await mountCalendar();
      ($(el, '[part~="more"]') as HTMLButtonElement).click();
      await waitUntil(() => dialogOf(el).open);
      expect(dialogOf(el).querySelectorAll('.list-events li')).to.have.length(5);
    });

    it('an open day\'s list follows a script\'s filter, and says so when none is left', async () => {
      const el = await mountCalendar();
      ($(el, '[part~="more"]') as HTMLButtonElement).click();
      await waitUntil(() => dialogOf(el).open);
      el.setAttribute('type', 'workshop');
      await el.updateComplete;
      // The day's events are part `list`, as the list view's days are; its empty message is `empty`.
      expect(dialogOf(el).querySelectorAll('[part~="list"] li')).to.have.length(1);
      el.setAttribute('type', 'debate');
      await el.updateComplete;
      expect(dialogOf(el).open).to.be.true;
      expect(text(dialogOf(el).querySelector('[part~="empty"][role="status"]'))).to.equal('Tego dnia nie ma wydarzeń, które pasują do filtrów.');
    });

    for (const [what, attributes, width] of [
      ['the list view with past events', {view: 'list', past: true}, undefined],
      ['the month as a list (a narrow container)', {}, '320px'],
    ] as const) {
      it(`opening and closing an event in ${what} does not format every listed event again`, async () => {
        // A list a script would take long to rebuild on every render.
        const many = sixtyDecemberEvents();
        useFeed().set(FEED_URL, {json: calendarFeed({events: many})});
        const el = await mountCalendar(attributes, width);
        await el.updateComplete;
        // Our own sandbox: sinon.restore() would also undo the feed's fetch stub.
        const spies = sinon.createSandbox();
        // `format` is a getter that hands out a bound function: count the times it is read.
        const format = spies.spy(Intl.DateTimeFormat.prototype, 'format', ['get']).get;
        const formatRange = spies.spy(Intl.DateTimeFormat.prototype, 'formatRange');
        try {
          $<HTMLButtonElement>(el, '[part~="list"] [data-event="e5"]')!.click();
          await waitUntil(() => dialogOf(el).open);
          await el.updateComplete;
          dialogOf(el).close();
          await waitUntil(() => !dialogOf(el).open);
          await el.updateComplete;
          // The detail formats its own dates; the list's 60 times stay as they were.
          expect(format.callCount + formatRange.callCount).to.be.lessThan(20);
        } finally {
          spies.restore();
        }
      });
    }

    it('names a button in the list view without its day, which its heading and time already say', async () => {
      const el = await mountCalendar({view: 'list'});
      const festival = $(el, '[data-event="festival"]')!;
      expect(festival.getAttribute('aria-label')).to.equal('Festiwal zero waste, 13–14 grudnia 2026');
    });

    it('opens an event from the list view', async () => {
      const el = await mountCalendar({view: 'list'});
      const selected = oneEvent(el, 'pdk-event-select');
      ($(el, '[part~="list"] [part~="event"] button') as HTMLButtonElement).click();
      expect((await selected).detail.id).to.equal('debate');
      await waitUntil(() => dialogOf(el).open);
      await expect(el).to.be.accessible();
    });
  });

  describe('filters', () => {
    it('applies type, area and partner presets', async () => {
      const el = await mountCalendar({type: 'workshop, debate'});
      expect($$(el, '[part~="grid"] [part~="event"] .title').map(text)).to.have.members(['Debata o transporcie', 'Audyt domu', 'Debata o parkingach', 'Webinar PV']);
      el.setAttribute('type', '');
      el.setAttribute('area', 'energy-efficiency');
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('2 wydarzenia');
      el.setAttribute('area', '');
      el.setAttribute('partner', 'b');
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('5 wydarzeń');
    });

    it('with controls, filters by type, area and attendance and announces the count', async () => {
      const el = await mountCalendar({controls: true, type: 'debate'});
      const fieldsets = $$(el, 'fieldset[part~="filter"]');
      expect(fieldsets.map((f) => text(f.querySelector('legend')))).to.deep.equal(['Rodzaj wydarzenia', 'Obszar tematyczny', 'Forma udziału']);
      const typeButton = (label: string) => [...fieldsets[0].querySelectorAll('button')].find((b) => text(b) === label)!;
      expect(typeButton('Debata').getAttribute('aria-pressed')).to.equal('true');
      expect(text($(el, '[part~="count"]'))).to.equal('2 wydarzenia');
      typeButton('Warsztaty').click();
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('4 wydarzenia');
      typeButton('Debata').click();
      await el.updateComplete;
      expect(typeButton('Debata').getAttribute('aria-pressed')).to.equal('false');
      expect(text($(el, '[part~="count"]'))).to.equal('2 wydarzenia');
      const online = [...fieldsets[2].querySelectorAll('label')].find((l) => text(l) === 'Na miejscu')!.querySelector('input')!;
      online.click();
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('0 wydarzeń');
      const area = fieldsets[1].querySelector('button')!;
      expect(text(area)).to.equal('Efektywność energetyczna');
      await expect(el).to.be.accessible();
    });

    it('gives a page\'s ::part() rules the heading, the view switch and the filter toggles, pressed or not', async () => {
      const el = await mountCalendar({controls: true, type: 'debate'});
      expect(text($(el, '[part~="heading"]'))).to.equal('grudzień 2026');
      const parts = (selector: string) => $$(el, selector).map((b) => `${text(b)}: ${b.getAttribute('part')}`);
      expect(parts('[part~="view-button"]')).to.deep.equal(['Miesiąc: view-button pressed', 'Lista: view-button']);
      expect(parts('[part~="filter-button"]').slice(0, 2)).to.deep.equal(['Konferencja: filter-button', 'Debata: filter-button pressed']);
      expect($$(el, '[part~="filter-button"][aria-pressed]').length).to.equal($$(el, '[part~="filter-button"]').length);
    });

    it('without controls again, only the presets filter: the visitor\'s choices there are dropped', async () => {
      const el = await mountCalendar({controls: true, type: 'debate'});
      const fieldsets = $$(el, 'fieldset[part~="filter"]');
      [...fieldsets[0].querySelectorAll('button')].find((b) => text(b) === 'Warsztaty')!.click();
      [...fieldsets[2].querySelectorAll('label')].find((l) => text(l) === 'Online')!.querySelector('input')!.click();
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('2 wydarzenia');
      el.controls = false;
      await el.updateComplete;
      // The preset (debates) stays; the added workshops and "online" go.
      expect(text($(el, '[part~="count"]'))).to.equal('2 wydarzenia');
      el.removeAttribute('type');
      await el.updateComplete;
      expect(text($(el, '[part~="count"]'))).to.equal('9 wydarzeń');
    });

    it('follows pdk-partner-select on the page, shows a chip to clear it, and stops when removed', async () => {
      const el = await mountCalendar({follow: true});
      document.dispatchEvent(new CustomEvent('pdk-partner-select', {detail: {id: 'b'}, bubbles: true, composed: true}));
      await el.updateComplete;
      const chip = $(el, '[part~="following"]')!;
      expect(text(chip)).to.equal('Wydarzenia partnera: Zielona Praga ✕ Pokaż wszystkie wydarzenia');
      // The name is isolated: one in Hebrew or Arabic would not reorder what is around it.
      expect(text(chip.querySelector('bdi'))).to.equal('Zielona Praga');
      // The count, a live region, names the partner for a screen reader: a choice made in a
      // paired list is announced, also when the number stays the same.
      expect(text($(el, '[part~="count"]'))).to.equal('Zielona Praga: 5 wydarzeń');
      expect(text($(el, '[part~="count"] .visually-hidden'))).to.equal('Zielona Praga:');
      await expect(el).to.be.accessible();
      (chip.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect($(el, '[part~="following"]')).to.be.null;
      expect(text($(el, '[part~="count"]'))).to.equal('9 wydarzeń');

      const parent = el.parentElement!;
      el.remove();
      document.dispatchEvent(new CustomEvent('pdk-partner-select', {detail: {id: 'a'}}));
      parent.append(el);
      await el.updateComplete;
      expect($(el, '[part~="following"]')).to.be.null;

      el.follow = false;
      await el.updateComplete;
      document.dispatchEvent(new CustomEvent('pdk-partner-select', {detail: {id: 'a'}}));
      await el.updateComplete;
      expect($(el, '[part~="following"]')).to.be.null;
    });
  });

  describe('following a partner list', () => {
    const select = (id: string) => document.dispatchEvent(new CustomEvent('pdk-partner-select', {detail: {id}, bubbles: true, composed: true}));

    it('scrolls into view when a partner is chosen while the calendar is out of sight', async () => {
      const el = await mountCalendar({follow: true});
      const spacer = document.createElement('div');
      spacer.style.height = `${3 * innerHeight}px`;
      el.before(spacer);
      try {
        scrollTo(0, 0);
        select('b');
        await waitUntil(() => Math.abs(el.getBoundingClientRect().top) < 2, 'the calendar comes to the top of the view');
        expect(text($(el, '[part~="following"]'))).to.contain('Zielona Praga');
      } finally {
        spacer.remove();
        scrollTo(0, 0);
      }
    });

    it('leaves the page where it is when the calendar is in sight', async () => {
      const el = await mountCalendar({follow: true});
      scrollTo(0, 0);
      const before = el.getBoundingClientRect().top;
      select('b');
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.getBoundingClientRect().top).to.equal(before);
    });
  });

  describe('search engines', () => {
    /** Mounts a calendar; resolves with what is in place when pdk-ready fires, and how many renders had the grid by then. */
    async function atReady() {
      const el = document.createElement('pdk-event-calendar');
      el.setAttribute('src', FEED_URL);
      let gridRenders = 0;
      let jsonLdWithGrid = false;
      el.addController({
        hostUpdated: () => {
          if (!el.shadowRoot?.querySelector('[role="grid"]')) return;
          if (!gridRenders++) jsonLdWithGrid = Boolean(el.querySelector('script[type="application/ld+json"]'));
        },
      });
      let found = '';
      el.addEventListener('pdk-ready', () => {
        const printed = el.shadowRoot!.querySelectorAll('.print-only [part~="event"]').length;
        found = `${el.querySelectorAll('script[type="application/ld+json"]').length} script, ${printed} printed events, renders with the grid: ${gridRenders}, JSON-LD with the first: ${jsonLdWithGrid}`;
      });
      document.body.append(el);
      try {
        await waitUntil(() => found, 'pdk-ready');
        return found;
      } finally {
        el.remove();
      }
    }

    it('has the JSON-LD and the print copy of a quiet month in place when pdk-ready fires, made with the grid in one render', async () => {
      expect(await atReady()).to.equal('1 script, 10 printed events, renders with the grid: 1, JSON-LD with the first: true');
    });

    it('has them in place for a busy month too, each written in a task of its own after the grid', async () => {
      // More than fit a render's task.
      const many = sixtyDecemberEvents();
      useFeed().set(FEED_URL, {json: calendarFeed({events: many})});
      expect(await atReady()).to.equal('1 script, 60 printed events, renders with the grid: 2, JSON-LD with the first: false');
    });

    it('keeps JSON-LD of the shown events in the light DOM, and removes it when disconnected', async () => {
      const el = await mountCalendar();
      const script = () => el.querySelector('script[type="application/ld+json"]');
      await waitUntil(script);
      expect(script()!.textContent).to.contain('Debata o transporcie').and.not.contain('Kongres szkół');
      ($(el, '[part~="next-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(script()!.textContent).to.contain('Kongres szkół');
      el.remove();
      expect(script()).to.be.null;
    });

    it('is in the new language once updateComplete resolves after a lang change', async () => {
      const el = await mountCalendar();
      el.lang = 'en';
      await el.updateComplete;
      expect($(el, '[part~="today-button"]')!.textContent).to.equal('Today');
      expect(el.querySelector('script[type="application/ld+json"]')?.textContent).to.contain('"inLanguage":"en"');
    });

    it('writes the JSON-LD again when a framework sets the element\'s text (React and Vue render children so)', async () => {
      const el = await mountCalendar();
      await el.updateComplete;
      el.textContent = 'Kalendarz wydarzeń';
      expect(el.querySelector('script[type="application/ld+json"]')).to.be.null;
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')?.textContent).to.contain('Debata o transporcie');
      expect(el.textContent).to.contain('Kalendarz wydarzeń');
    });

    it('writes the JSON-LD again when the element is put back on the page', async () => {
      const el = await mountCalendar();
      const parent = el.parentElement!;
      el.remove();
      parent.append(el);
      await el.updateComplete;
      expect(el.querySelector('script[type="application/ld+json"]')?.textContent).to.contain('Debata o transporcie');
    });
  });
});
