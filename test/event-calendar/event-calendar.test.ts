import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import {messages} from '../../src/event-calendar/messages.js';
import {axFocused} from '../helpers/ax.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {FEED_URL, event} from '../helpers/feeds.js';
import {$, $$, active, calendarFeed, cell, heading, mountCalendar, text, useCalendarFeed} from './fixtures.js';

describe('<pdk-event-calendar>', () => {
  const fetch = useCalendarFeed();

  describe('month view', () => {
    it("shows this month in the feed's zone as a Monday-first ARIA grid", async () => {
      const el = await mountCalendar();
      expect(heading(el)).to.equal('grudzień 2026');
      const grid = $(el, '[part~="grid"]')!;
      expect(grid.getAttribute('role')).to.equal('grid');
      expect(grid.getAttribute('aria-labelledby')).to.equal($(el, '[part~="toolbar"] h2')!.id);
      const headers = $$(el, '[role="columnheader"]');
      expect(headers.map((h) => text(h.querySelector('[aria-hidden]')))).to.deep.equal(['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.']);
      expect(text(headers[0].querySelector('.visually-hidden'))).to.equal('poniedziałek');
      const rows = $$(el, 'tbody [role="row"]');
      expect(rows).to.have.length(5);
      expect(rows[0].querySelector('[role="gridcell"]')!.getAttribute('data-day')).to.equal('2026-11-30');
      expect($$(el, '[role="gridcell"]')).to.have.length(35);
      await expect(el).to.be.accessible();
    });

    it('marks today with aria-current, a part token and a visible word, and dims days of other months', async () => {
      const el = await mountCalendar();
      const today = cell(el, '2026-12-01');
      expect(today.getAttribute('part')).to.contain('today');
      expect(today.getAttribute('aria-current')).to.equal('date');
      expect(text(today.querySelector('.today-label'))).to.equal('dziś');
      expect($$(el, '[aria-current="date"]')).to.have.length(1);
      // Said in words as well: not every screen reader announces aria-current.
      today.focus();
      expect((await axFocused())?.name).to.match(/^wtorek, 1 grudnia 2026 dziś/);
      expect(cell(el, '2026-11-30').getAttribute('part')).to.contain('outside');
      expect(cell(el, '2026-12-02').getAttribute('part')).not.to.contain('outside');
    });

    it('shows each event with its time, title and type as text', async () => {
      const el = await mountCalendar();
      const chip = cell(el, '2026-12-03').querySelector('[part~="event"]')!;
      expect(text(chip)).to.equal('Debata: 18:00 Debata o transporcie');
      expect(chip.querySelector('.marker')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('shows a multi-day all-day event on every day it covers', async () => {
      const el = await mountCalendar();
      for (const day of ['2026-12-13', '2026-12-14']) {
        expect(text(cell(el, day))).to.contain('cały dzień Festiwal zero waste');
      }
      expect(text(cell(el, '2026-12-15'))).not.to.contain('Festiwal');
    });

    it('in a list, an event\'s button is named with its time, and "odwołane" when cancelled', async () => {
      const el = await mountCalendar({view: 'list'});
      $(el, 'button[data-event="cancelled"]')!.focus();
      expect((await axFocused())?.name).to.equal('Debata o parkingach, 18:00, odwołane');
      $(el, 'button[data-event="debate"]')!.focus();
      expect((await axFocused())?.name).to.equal('Debata o transporcie, 18:00–20:00');
      // Read in the button's name, so not again beside it; shown all the same.
      const item = $(el, 'button[data-event="cancelled"]')!.closest('li')!;
      const walker = document.createTreeWalker(item, NodeFilter.SHOW_TEXT);
      let heard = '';
      while (walker.nextNode()) if (!walker.currentNode.parentElement!.closest('[aria-hidden="true"], button')) heard += walker.currentNode.textContent;
      expect(heard).not.to.contain('18:00').and.not.to.contain('odwołane');
      expect(text(item)).to.contain('18:00').and.contain('odwołane');
    });

    it('in a narrow month, an event of two days has a button on each, told apart by its day', async () => {
      const el = await mountCalendar({}, '300px');
      await waitUntil(() => $(el, '.calendar.narrow'), 'the narrow layout');
      const names = [];
      for (const button of $$<HTMLButtonElement>(el, 'button[data-event="festival"]')) {
        button.focus();
        names.push((await axFocused())?.name);
      }
      expect(names).to.deep.equal(['Festiwal zero waste, niedziela, 13 grudnia 2026, cały dzień', 'Festiwal zero waste, poniedziałek, 14 grudnia 2026, cały dzień']);
    });

    for (const size of [15, 16]) {
      it(`gives chips and "+N więcej" 24 px of height (WCAG 2.5.8); a crowded day keeps its 6.5em at ${size} px text`, async () => {
        const el = await mountCalendar();
        el.style.font = `${size}px system-ui, sans-serif`;
        const crowded = cell(el, '2026-12-04');
        const box = crowded.getBoundingClientRect();
        // Taller days would make the calendar taller than the space README tells pages to keep.
        expect(box.height).to.be.closeTo(6.5 * size, 0.5);
        const targets = [...crowded.querySelectorAll('[part~="event"], [part~="more"]')].map((t) => t.getBoundingClientRect());
        expect(targets).to.have.length(3);
        for (const target of targets) {
          expect(target.height).to.be.at.least(24);
          expect(target.bottom).to.be.at.most(box.bottom);
        }
      });
    }

    it('marks cancelled events in words, not only with a strike-through', async () => {
      const el = await mountCalendar();
      const chip = cell(el, '2026-12-10').querySelector('[part~="event"]')!;
      expect(chip.getAttribute('part')).to.equal('event cancelled');
      expect(text(chip)).to.contain('odwołane');
      expect(getComputedStyle(chip.querySelector('.title')!).textDecorationLine).to.equal('line-through');
    });

    // A sans-serif page (the test page's serif is narrower), twice the text size, and WCAG 1.4.12's text spacing.
    for (const [width, fontSize, spacing] of [['520px', '', false], ['500px', '', false], ['1000px', '200%', false], ['500px', '', true]] as const) {
      it(`keeps the word "odwołane" in view in a small day cell, where the title gives way (${width}${fontSize && `, text ${fontSize}`}${spacing ? ', text spacing' : ''})`, async () => {
        document.documentElement.style.fontSize = fontSize;
        try {
          const el = await mountCalendar({style: 'font-family: system-ui, sans-serif'}, width);
          if (spacing) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }');
            el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, sheet];
          }
          await el.updateComplete;
          expect($(el, '[part~="grid"]') !== null, 'a grid, not the narrow list').to.equal(true);
          const day = cell(el, '2026-12-10');
          const label = day.querySelector('.cancelled-label')!.getBoundingClientRect();
          const box = day.getBoundingClientRect();
          expect(label.width).to.be.greaterThan(0);
          expect(label.left >= box.left && label.right <= box.right, `label ${label.left}–${label.right} in cell ${box.left}–${box.right}`).to.be.true;
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('shows "+N więcej" on a crowded day, named with its day for a screen reader', async () => {
      const el = await mountCalendar();
      const crowded = cell(el, '2026-12-04');
      expect(crowded.querySelectorAll('[part~="event"]')).to.have.length(2);
      expect(text(crowded.querySelector('[part~="more"]'))).to.equal('+3 więcej');
      crowded.querySelector<HTMLButtonElement>('[part~="more"]')!.focus();
      expect((await axFocused())?.name).to.equal('+3 więcej: piątek, 4 grudnia 2026');
      // All-day first, then by start.
      expect(text(crowded.querySelector('[part~="event"]'))).to.contain('cały dzień Wystawa');
    });

    it('in a 640px column gives a chip\'s line to its title; its time is still read', async () => {
      const el = await mountCalendar({}, '640px');
      const chips = $$(el, '.chip');
      expect(chips.length).to.be.greaterThan(5);
      for (const chip of chips) {
        const em = parseFloat(getComputedStyle(chip).fontSize);
        const title = chip.querySelector('.title')!;
        expect(title.getBoundingClientRect().width, text(chip)).to.be.at.least(Math.min(4 * em, title.scrollWidth - 1));
        expect(chip.querySelector('.time')!.getBoundingClientRect().width, text(chip)).to.be.at.most(1);
      }
      const timed = cell(el, '2026-12-03').querySelector<HTMLButtonElement>('.chip')!;
      timed.focus();
      expect((await axFocused())?.name).to.equal('Debata: 18:00 Debata o transporcie');
    });

    it('shows the beginning of an Arabic title in a chip: the title takes its own direction', async () => {
      const arabic = 'مؤتمر المناخ السنوي لسفارة دولة قطر في وارسو حول الطاقة المتجددة';
      fetch().set(FEED_URL, {json: calendarFeed({events: [event('ar', {title: arabic, start: '2026-12-03T18:00:00+01:00'})]})});
      const el = await mountCalendar({}, '1100px');
      const title = cell(el, '2026-12-03').querySelector<HTMLElement>('.chip .title')!;
      expect(title.scrollWidth > title.clientWidth, 'the title is cut').to.be.true;
      const firstLetter = document.createRange();
      const textNode = [...title.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(arabic))!;
      firstLetter.setStart(textNode, textNode.textContent!.indexOf(arabic));
      firstLetter.setEnd(textNode, textNode.textContent!.indexOf(arabic) + 1);
      const [letter, box] = [firstLetter.getBoundingClientRect(), title.getBoundingClientRect()];
      expect(letter.left >= box.left - 1 && letter.right <= box.right + 1, 'the first letter is in view').to.be.true;
    });

    it('shows a whole day\'s chip with its title alone; "cały dzień" is for screen readers', async () => {
      const el = await mountCalendar({}, '1000px');
      const [allDay, timed] = [...cell(el, '2026-12-04').querySelectorAll<HTMLButtonElement>('[part~="event"]')];
      expect(allDay.querySelector('.time')!.getBoundingClientRect().width).to.be.at.most(1);
      expect(timed.querySelector('.time')!.getBoundingClientRect().width).to.be.greaterThan(10);
      allDay.focus();
      expect((await axFocused())?.name).to.equal('Wystawa: cały dzień Wystawa');
    });

    it('opens the month from the month attribute, and moves with the toolbar buttons', async () => {
      const el = await mountCalendar({month: '2027-01'});
      expect(heading(el)).to.equal('styczeń 2027');
      expect(text(cell(el, '2027-01-12'))).to.contain('Kongres szkół');
      ($(el, '[part~="prev-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('grudzień 2026');
      expect(el.month).to.equal('2026-12');
      ($(el, '[part~="next-button"]') as HTMLButtonElement).click();
      ($(el, '[part~="next-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('luty 2027');
      ($(el, '[part~="today-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('grudzień 2026');
      expect($(el, '[part~="toolbar"] h2')!.getAttribute('aria-live')).to.equal('polite');
      expect(text($(el, '[part~="prev-button"]'))).to.contain('Poprzedni miesiąc');
      expect(text($(el, '[part~="next-button"]'))).to.contain('Następny miesiąc');
    });

    it('says when the next event is in an empty month, and jumps to it', async () => {
      const el = await mountCalendar({month: '2026-11'});
      const empty = $(el, '[part~="empty"]')!;
      expect(text(empty)).to.equal('Brak wydarzeń w tym miesiącu. Najbliższe wydarzenie: 3 grudnia 2026');
      await expect(el).to.be.accessible();
      const button = empty.querySelector('button') as HTMLButtonElement;
      expect(text(button)).to.equal('Najbliższe wydarzenie: 3 grudnia 2026');
      button.focus();
      // As a screen reader gets it (Chromium dropped the space between two text parts).
      expect((await axFocused())?.name).to.equal('Najbliższe wydarzenie: 3 grudnia 2026');
      button.click();
      await el.updateComplete;
      expect(heading(el)).to.equal('grudzień 2026');
      expect($(el, '[part~="empty"]')).to.be.null;
      // The button went with the message: focus lands on the event's day, not on the page.
      expect(active(el)?.dataset.day).to.equal('2026-12-03');
    });

    it('in a narrow calendar, the jump to the next event puts focus on the month heading', async () => {
      const el = await mountCalendar({month: '2026-11'}, '300px');
      await waitUntil(() => $(el, '.calendar.narrow'), 'the narrow layout');
      const button = $(el, '[part~="empty"] button') as HTMLButtonElement;
      button.focus();
      button.click();
      await el.updateComplete;
      expect(active(el)?.id).to.equal('month-heading');
    });

    it('in a narrow calendar, "Dziś" goes to the events from today on, and today says so', async () => {
      fetch().set(FEED_URL, {json: calendarFeed({events: [event('today', {title: 'Dziś rano', start: '2026-12-01T09:00:00+01:00'}), ...(calendarFeed().events as object[])]})});
      const el = await mountCalendar({month: '2026-11'}, '300px');
      await waitUntil(() => $(el, '.calendar.narrow'), 'the narrow layout');
      ($(el, '[part~="today-button"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(heading(el)).to.equal('grudzień 2026');
      expect(active(el)?.dataset.event).to.equal('today');
      const todays = $(el, '.list-day[data-day="2026-12-01"]')!;
      expect(todays.getAttribute('part')).to.equal('list-day today');
      expect(text(todays.querySelector('h3')!)).to.equal('wtorek, 1 grudnia 2026 dziś');
      expect($$(el, '.list-day .today-label')).to.have.length(1);
    });

    it('says that nothing is planned after an empty month with no later events', async () => {
      const el = await mountCalendar({month: '2027-03'});
      expect(text($(el, '[part~="empty"]'))).to.equal('Brak wydarzeń w tym miesiącu. Nie zaplanowano kolejnych wydarzeń.');
      expect(text($(el, '[part~="count"]'))).to.equal('0 wydarzeń');
    });

    it('announces how many events the month shows', async () => {
      const el = await mountCalendar();
      const count = $(el, '[part~="count"]')!;
      expect(count.getAttribute('role')).to.equal('status');
      expect(text(count)).to.equal('9 wydarzeń');
    });

    it('keeps a print copy of the month as a list, hidden on screen and from screen readers', async () => {
      const el = await mountCalendar();
      const copy = $(el, '.print-only')!;
      expect(copy.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(copy).display).to.equal('none');
      expect(copy.querySelectorAll('h3')).to.have.length(6);
      expect(copy.querySelectorAll('button')).to.have.length(0);
      // After turning the month, the copy follows (in a later task, to keep the turn fast).
      ($(el, '[part~="next-button"]') as HTMLButtonElement).click();
      await waitUntil(() => text($(el, '.print-only h3')) === 'wtorek, 12 stycznia 2027');
    });

    it('makes the print copy anew after the click that comes back to the month, not in it', async () => {
      const el = await mountCalendar({controls: true});
      const [monthButton, listButton] = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="view-button"]')];
      listButton.click();
      await el.updateComplete;
      monthButton.click();
      // The click's own render, in its task: the grid is back, its print copy not yet.
      while (el.isUpdatePending) await null;
      const copied = () => el.shadowRoot!.querySelectorAll('.print-only h3').length;
      expect(`${$$(el, 'td').length} cells, ${copied()} days copied`).to.equal('35 cells, 0 days copied');
      await el.updateComplete;
      expect(copied()).to.equal(6);
    });
  });

  describe('odd attribute values', () => {
    it('view other than "list", or none, is the month with its navigation', async () => {
      const el = await mountCalendar({view: 'foo', controls: true});
      expect(Boolean($(el, '[part~="grid"]') && $(el, '[part~="next-button"]'))).to.equal(true);
      el.view = 'list';
      await el.updateComplete;
      expect(Boolean($(el, '[part~="grid"]'))).to.equal(false);
      el.removeAttribute('view');
      await el.updateComplete;
      expect(el.view).to.equal('month');
      expect(Boolean($(el, '[part~="grid"]') && $(el, '[part~="next-button"]'))).to.equal(true);
    });

    for (const month of ['0000-01', '0099-12', '9999-12']) {
      it(`month="${month}", a year the calendar cannot show, falls back to this month`, async () => {
        const errors: unknown[] = [];
        const onError = (e: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in e ? e.reason : e.message);
        addEventListener('error', onError);
        addEventListener('unhandledrejection', onError);
        try {
          const el = await mountCalendar({month});
          expect(heading(el)).to.equal('grudzień 2026');
          el.month = '0000-06';
          await el.updateComplete;
          expect(heading(el)).to.equal('grudzień 2026');
        } finally {
          removeEventListener('error', onError);
          removeEventListener('unhandledrejection', onError);
        }
        expect(errors).to.deep.equal([]);
      });
    }
  });

  describe('list view', () => {
    it('wraps a range of several days beside its title in a 520px column, rather than squeeze the title', async () => {
      const night = event('night', {title: 'Nocny maraton naprawczy', start: '2026-12-03T20:00:00+01:00', end: '2026-12-04T01:00:00+01:00', location: {name: 'Centrum Kreatywności Targowa'}});
      fetch().set(FEED_URL, {json: calendarFeed({events: [night]})});
      const el = await mountCalendar({view: 'list'}, '520px');
      const row = $(el, '[part~="event"]')!;
      const [box, time, title, meta] = [row, row.querySelector('.time')!, row.querySelector('.title')!, row.querySelector('.meta')!].map((n) => n.getBoundingClientRect());
      expect(text(row.querySelector('.time'))).to.equal('3 grudnia 2026 20:00 – 4 grudnia 2026 01:00');
      expect(title.width).to.be.at.least(box.width * 0.45);
      // The title beside the first line of the time, the type and place right under it.
      expect(Math.abs(title.top - time.top)).to.be.at.most(2);
      expect(meta.top).to.be.below(time.bottom);
    });

    it('lists upcoming events grouped by day under h3 date headings', async () => {
      const el = await mountCalendar({view: 'list'});
      expect(heading(el)).to.equal('Nadchodzące wydarzenia');
      const days = $$(el, '[part~="list-day"]');
      expect(days.map((d) => text(d.querySelector('h3')))[0]).to.equal('czwartek, 3 grudnia 2026');
      expect(days.map((d) => text(d.querySelector('h3')))).to.have.length(6);
      expect(text(days.at(-1)!.querySelector('h3'))).to.equal('wtorek, 12 stycznia 2027');
      const first = days[0].querySelector('[part~="event"]')!;
      expect(text(first)).to.contain('18:00–20:00').and.contain('Debata o transporcie').and.contain('Debata').and.contain('Centrum Kreatywności Targowa');
      expect(text(days.find((d) => text(d).includes('Webinar'))!)).to.contain('online');
      expect(text(days.find((d) => text(d).includes('parkingach'))!)).to.contain('odwołane');
      expect($(el, '[part~="grid"]')).to.be.null;
      expect(el.getAttribute('view')).to.equal('list');
      await expect(el).to.be.accessible();
    });

    it('caps the list with limit', async () => {
      const el = await mountCalendar({view: 'list', limit: '3'});
      expect($$(el, '[part~="list"] [part~="event"]')).to.have.length(3);
      expect(text($(el, '[part~="count"]'))).to.equal('3 wydarzenia');
    });

    it('includes ended events with past', async () => {
      fetch().set(FEED_URL, {json: calendarFeed({events: [{id: 'old', title: 'Dawna debata', type: 'debate', start: '2026-11-20T18:00:00+01:00'}, {id: 'new', title: 'Nowa debata', type: 'debate', start: '2026-12-20T18:00:00+01:00'}]})});
      const el = await mountCalendar({view: 'list'});
      expect(text($(el, '[part~="list"]'))).not.to.contain('Dawna debata');
      el.past = true;
      await el.updateComplete;
      const titles = $$(el, '[part~="event"] .title').map(text);
      expect(titles).to.deep.equal(['Dawna debata', 'Nowa debata']);
    });

    describe('a long list, a page at a time', () => {
      /** `count` events a day apart from `first` (a day's key), at 18:00 Warsaw time. */
      const daily = (count: number, first: string) =>
        Array.from({length: count}, (_, i) => {
          const day = new Date(Date.parse(`${first}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
          return event(`e${i}`, {title: `Spotkanie ${i}`, start: `${day}T18:00:00+01:00`});
        });
      const titles = (el: HTMLElement) => $$(el, '[part~="list"] [part~="event"] .title').map(text);
      const button = (el: HTMLElement, part: string) => $<HTMLButtonElement>(el, `[part~="${part}"]`);

      it('shows 100 upcoming events, then "Pokaż więcej" adds 100 more and focuses the first of them', async () => {
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(250, '2026-12-02')})});
        const el = await mountCalendar({view: 'list'});
        expect(titles(el)).to.have.length(100);
        expect(text($(el, '[part~="count"]'))).to.equal('250 wydarzeń');
        expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('');
        expect(button(el, 'show-earlier')).to.be.null;
        expect(text(button(el, 'show-more'))).to.equal('Pokaż więcej (150)');
        await expect(el).to.be.accessible();
        button(el, 'show-more')!.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(titles(el)).to.have.length(200);
        expect(titles(el).at(-1)).to.equal('Spotkanie 199');
        expect(active(el)?.dataset.event).to.equal('e100');
        // Focus says where reading goes on; a polite status says how much is in the page now.
        expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('Pokazano 200 z 250 wydarzeń');
        button(el, 'show-more')!.click();
        await el.updateComplete;
        expect(titles(el)).to.have.length(250);
        expect(button(el, 'show-more')).to.be.null;
      });

      it('with past, opens at now with the latest ended events; "Pokaż wcześniejsze" adds earlier ones', async () => {
        // One a day from 1 March: e275 (1 December, 18:00) is the first upcoming, 25 in all.
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(300, '2026-03-01')})});
        const el = await mountCalendar({view: 'list', past: true, lang: 'en'});
        // Ended events fill the page the 25 upcoming leave.
        expect(titles(el)).to.have.length(100);
        expect(titles(el)[0]).to.equal('Spotkanie 200');
        expect(titles(el).at(-1)).to.equal('Spotkanie 299');
        expect(button(el, 'show-more')).to.be.null;
        expect(text(button(el, 'show-earlier'))).to.equal('Show earlier (200)');
        button(el, 'show-earlier')!.focus();
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expect(titles(el)[0]).to.equal('Spotkanie 100');
        expect(titles(el)).to.have.length(200);
        expect(active(el)?.dataset.event).to.equal('e100');
        await expect(el).to.be.accessible();
      });

      it('describes the events in the page for search engines, not the thousands beyond', async () => {
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(250, '2026-12-02')})});
        const el = await mountCalendar({view: 'list'});
        const described = () => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'];
        expect(described()).to.have.length(100);
        button(el, 'show-more')!.click();
        await el.updateComplete;
        expect(described()).to.have.length(200);
      });

      it('formats only the events a page more brings in, not those already listed', async () => {
        const ranged = daily(150, '2026-12-02').map((e) => ({...e, end: e.start.replace('T18:00', 'T20:00')}));
        fetch().set(FEED_URL, {json: calendarFeed({events: ranged})});
        const el = await mountCalendar({view: 'list'});
        expect(text($(el, '[part~="list"] [part~="event"] .time'))).to.equal('18:00–20:00');
        // Our own sandbox: sinon.restore() would also undo the feed's fetch stub.
        const spies = sinon.createSandbox();
        const formatRange = spies.spy(Intl.DateTimeFormat.prototype, 'formatRange');
        try {
          button(el, 'show-more')!.click();
          await el.updateComplete;
          expect(titles(el)).to.have.length(150);
          expect(formatRange.callCount).to.equal(50);
        } finally {
          spies.restore();
        }
      });

      it('starts again at the first page when the list changes (past), not when the month does', async () => {
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(250, '2026-12-02')})});
        const el = await mountCalendar({view: 'list'});
        button(el, 'show-more')!.click();
        await el.updateComplete;
        // The list does not show a month: setting one keeps what was opened.
        el.month = '2027-03';
        await el.updateComplete;
        expect(titles(el)).to.have.length(200);
        el.past = true;
        await el.updateComplete;
        expect(titles(el)).to.have.length(100);
        expect(text(button(el, 'show-more'))).to.equal('Pokaż więcej (150)');
        // Through the month view (another month) and back: the list starts again at today too.
        button(el, 'show-more')!.click();
        el.view = 'month';
        el.month = '2027-05';
        await el.updateComplete;
        el.view = 'list';
        await el.updateComplete;
        expect(titles(el)).to.have.length(100);
        expect(titles(el)[0]).to.equal('Spotkanie 0');
      });

      it('keeps what a visitor opened when midnight passes, and focus on the event they were at', async () => {
        // One a day from 1 December, 18:00: at midnight the first has ended and leaves the list.
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(250, '2026-12-01')})});
        const el = await mountCalendar({view: 'list'});
        button(el, 'show-more')!.click();
        await el.updateComplete;
        $<HTMLButtonElement>(el, '[data-event="e150"]')!.focus();
        fetch.clock().setSystemTime(Date.parse('2026-12-02T00:00:05+01:00'));
        document.dispatchEvent(new Event('visibilitychange'));
        await el.updateComplete;
        expect(titles(el)[0]).to.equal('Spotkanie 1');
        expect(titles(el)).to.have.length(199);
        expect(active(el)?.dataset.event).to.equal('e150');
      });

      it('puts all of a limit in the page: the webmaster chose its size', async () => {
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(250, '2026-12-02')})});
        const el = await mountCalendar({view: 'list', limit: '150'});
        expect(titles(el)).to.have.length(150);
        expect(button(el, 'show-more')).to.be.null;
        expect(text($(el, '[part~="count"]'))).to.equal('150 wydarzeń');
      });

      it('focuses the added event as the page more is painted, also when its button is gone (the last page)', async () => {
        fetch().set(FEED_URL, {json: calendarFeed({events: daily(150, '2026-12-02')})});
        const el = await mountCalendar({view: 'list'});
        button(el, 'show-more')!.focus();
        button(el, 'show-more')!.click();
        // The next frame, not once the page is idle (the JSON-LD written): focus must not sit on <body> meanwhile.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(button(el, 'show-more')).to.be.null;
        expect(active(el)?.dataset.event).to.equal('e100');
      });

      it('focuses the added event where its day lists it: an all-day event today goes before the timed ones', async () => {
        // 101 events running since November, listed under today, and one all-day event today. A page
        // more brings in the last running one and the all-day one, which today's events list first.
        const running = Array.from({length: 101}, (_, i) =>
          event(`r${i}`, {title: `Trwa ${i}`, start: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T${String(8 + Math.floor(i / 28)).padStart(2, '0')}:00:00+01:00`, end: '2026-12-31T18:00:00+01:00'}),
        );
        fetch().set(FEED_URL, {json: calendarFeed({events: [...running, event('all-day', {title: 'Dziś cały dzień', start: '2026-12-01'})]})});
        const el = await mountCalendar({view: 'list'});
        button(el, 'show-more')!.click();
        await el.updateComplete;
        expect(titles(el)[0]).to.equal('Dziś cały dzień');
        expect(active(el)?.dataset.event).to.equal('all-day');
      });
    });


    it('says so when nothing is upcoming', async () => {
      fetch().set(FEED_URL, {json: calendarFeed({events: [{id: 'old', title: 'Dawna', type: 'debate', start: '2026-11-20T18:00:00+01:00'}]})});
      const el = await mountCalendar({view: 'list'});
      expect(text($(el, '[part~="empty"]'))).to.equal('Brak nadchodzących wydarzeń.');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading placeholder', () => {
    // Day cells have a fixed height, so a month's grid is as tall as its weeks.
    for (const [month, weeks] of [['2026-11', 6], ['2026-12', 5], ['2027-02', 4]] as const) {
      it(`is as tall as the loaded month for ${month} (${weeks} weeks)`, async () => {
        fetch().set(FEED_URL, {hang: true});
        const wrapper = document.createElement('div');
        wrapper.style.width = '50em';
        document.body.append(wrapper);
        try {
          const loading = document.createElement('pdk-event-calendar') as HTMLElement & {updateComplete: Promise<unknown>};
          loading.setAttribute('src', FEED_URL);
          loading.setAttribute('month', month);
          wrapper.append(loading);
          await loading.updateComplete;
          const placeholder = loading.getBoundingClientRect().height;
          loading.remove();
          // A new request: the calendars would otherwise share the one that hangs.
          resetFeedState();
          // One event in the month, so it shows its grid alone (an empty month adds a note).
          fetch().set(FEED_URL, {json: calendarFeed({events: [event('e', {start: `${month}-10T18:00:00+01:00`})]})});
          const el = await mountCalendar({month}, '50em');
          await el.updateComplete;
          expect(placeholder).to.be.closeTo(el.getBoundingClientRect().height, 16);
        } finally {
          wrapper.remove();
        }
      });
    }
  });

  describe('heading-level', () => {
    it('sets the level of the calendar\'s heading, and of the list\'s days one below, to fit the page', async () => {
      const el = await mountCalendar({view: 'list', 'heading-level': '3'});
      $<HTMLElement>(el, '[part~="heading"]')!.focus();
      expect((await axFocused())?.properties.level).to.equal(3);
      $<HTMLElement>(el, '[part~="list-day"] h3')!.setAttribute('tabindex', '-1');
      $<HTMLElement>(el, '[part~="list-day"] h3')!.focus();
      expect((await axFocused())?.properties.level).to.equal(4);
      await expect(el).to.be.accessible();
    });

    it('is 2 without it, or with a value that is no level', async () => {
      for (const attributes of [{}, {'heading-level': '9'}] as Record<string, string>[]) {
        const el = await mountCalendar(attributes);
        const top = $<HTMLElement>(el, '[part~="heading"]')!;
        top.focus();
        expect((await axFocused())?.properties.level).to.equal(2);
        expect(top.hasAttribute('aria-level')).to.equal(false);
      }
    });
  });

  describe('narrow containers', () => {
    it('renders the month as a list of days with events, not a hidden grid', async () => {
      const el = await mountCalendar({}, '320px');
      await waitUntil(() => !$(el, '[part~="grid"]'), 'the grid should give way to a list');
      const days = $$(el, '[part~="list-day"]');
      expect(days.map((d) => text(d.querySelector('h3')))).to.deep.equal([
        'czwartek, 3 grudnia 2026',
        'piątek, 4 grudnia 2026',
        'czwartek, 10 grudnia 2026',
        'niedziela, 13 grudnia 2026',
        'poniedziałek, 14 grudnia 2026',
        'piątek, 18 grudnia 2026',
      ]);
      expect(days[1].querySelectorAll('button')).to.have.length(5);
      expect($(el, '[part~="next-button"]')).to.exist;
      await expect(el).to.be.accessible();
      (el.parentElement as HTMLElement).style.width = '800px';
      await waitUntil(() => $(el, '[part~="grid"]'), 'the grid should come back');
    });

    it('puts a busy month in the page 50 events at a time; "Pokaż więcej" adds whole days and focuses the first added', async () => {
      // Six events a day through December: 186 listings.
      const busy = Array.from({length: 31 * 6}, (_, i) => {
        const day = String(Math.floor(i / 6) + 1).padStart(2, '0');
        return event(`d${day}-${i % 6}`, {title: `Spotkanie ${day}/${i % 6}`, start: `2026-12-${day}T${10 + (i % 6)}:00:00+01:00`});
      });
      fetch().set(FEED_URL, {json: calendarFeed({events: busy})});
      const el = await mountCalendar({}, '320px');
      await waitUntil(() => $(el, '[part~="list-day"]'), 'the month as a list');
      const listed = () => $$(el, '[part~="list-day"] [data-event]').length;
      // Whole days until the page holds 50: 9 days of six.
      expect([$$(el, '[part~="list-day"]').length, listed()]).to.deep.equal([9, 54]);
      const more = () => $<HTMLButtonElement>(el, '[part~="show-more"]');
      expect(text(more()!)).to.equal('Pokaż więcej (132)');
      expect(text($(el, 'p.print-only'))).to.equal('…i jeszcze 132 wydarzenia');
      await expect(el).to.be.accessible();
      more()!.focus();
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(listed()).to.equal(102);
      expect(active(el)?.dataset.event).to.equal('d10-0');
      expect(text($(el, '.visually-hidden[role="status"]'))).to.equal('Pokazano 102 z 186 wydarzeń');
      more()!.click();
      await el.updateComplete;
      more()!.click();
      await el.updateComplete;
      expect(listed()).to.equal(186);
      expect(more()).to.be.null;
      // Another month starts at one page again.
      $<HTMLButtonElement>(el, '[part~="prev-button"]')!.click();
      await el.updateComplete;
      $<HTMLButtonElement>(el, '[part~="next-button"]')!.click();
      await el.updateComplete;
      expect(listed()).to.equal(54);
    });

    it('lists an event longer than a week once, with its whole range, where a weekend festival is under each day', async () => {
      const exhibition = event('expo', {title: 'Wystawa plakatów', type: 'exhibition', start: '2026-11-15', end: '2027-01-20'});
      fetch().set(FEED_URL, {json: calendarFeed({events: [exhibition, ...calendarFeed().events]})});
      const el = await mountCalendar({}, '320px');
      await waitUntil(() => !$(el, '[part~="grid"]'), 'the grid should give way to a list');
      const listed = $$(el, '[part~="list-day"]').map((d) => `${text(d.querySelector('h3'))}: ${[...d.querySelectorAll('.title')].map(text).join(', ')}`);
      expect(listed.filter((day) => day.includes('Wystawa plakatów'))).to.deep.equal(['wtorek, 1 grudnia 2026 dziś: Wystawa plakatów']);
      expect(text($(el, '[data-event="expo"]')!.closest('li')!.querySelector('.time'))).to.equal('15 listopada 2026 – 20 stycznia 2027');
      expect(listed.filter((day) => day.includes('Festiwal zero waste'))).to.have.length(2);
    });

    it('is already a list when pdk-ready fires, also when the feed was in before (no grid painted first)', async () => {
      for (let i = 0; i < 2; i++) {
        const el = document.createElement('pdk-event-calendar');
        el.setAttribute('src', FEED_URL);
        const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"></div>`);
        const seen = new Promise<boolean>((resolve) => el.addEventListener('pdk-ready', () => resolve(Boolean($(el, '[part~="grid"]'))), {once: true}));
        wrapper.append(el);
        expect(await seen, i ? 'the second calendar, feed already loaded' : 'the first calendar').to.be.false;
      }
    });

    it('shown late in a narrow box (a hidden tab), paints no squeezed grid before its list', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px; display: none"></div>`);
      const el = document.createElement('pdk-event-calendar');
      el.setAttribute('src', FEED_URL);
      const ready = oneEvent(el, 'pdk-ready');
      wrapper.append(el);
      await ready;
      // Hidden, it has no width: it renders the grid.
      const grid = $(el, '[part~="grid"]')!;
      wrapper.style.display = 'block';
      // The frame about to be painted, before the ResizeObserver has told the element.
      expect(getComputedStyle(grid).visibility).to.equal('hidden');
      expect(getComputedStyle($(el, '[part~="legend"]')!).visibility).to.equal('hidden');
      await waitUntil(() => !$(el, '[part~="grid"]') && $(el, '[part~="list-day"]'), 'the list follows');
    });

    it('measures narrow in em: with twice the text size, 800px is narrow', async () => {
      const el = await mountCalendar({}, '800px');
      expect($(el, '[part~="grid"]')).to.exist;
      el.style.fontSize = '32px';
      await waitUntil(() => !$(el, '[part~="grid"]'), 'the grid should give way to a list at 200% text');
    });
  });

  describe('i18n', () => {
    it('speaks English', async () => {
      const el = await mountCalendar({lang: 'en'});
      expect(heading(el)).to.equal('December 2026');
      expect($$(el, '[role="columnheader"] [aria-hidden]').map(text)).to.deep.equal(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']);
      expect(text(cell(el, '2026-12-04').querySelector('[part~="more"]'))).to.equal('+3 more');
      expect(text(cell(el, '2026-12-10'))).to.contain('cancelled');
      expect(text(cell(el, '2026-12-13'))).to.contain('all day');
      expect(text(cell(el, '2026-12-01').querySelector('.today-label'))).to.equal('today');
      expect(text($(el, '[part~="count"]'))).to.equal('9 events');
      expect(text($(el, '[part~="prev-button"]'))).to.contain('Previous month');
      await expect(el).to.be.accessible();
    });

    it('writes English times on a 12-hour clock without a leading zero, a range with one AM/PM', async () => {
      const el = await mountCalendar({lang: 'en'});
      const time = (selector: string) => text($(el, selector)!);
      expect(time('td[data-day="2026-12-03"] [part~="event"] .time')).to.equal('6:00 PM');
      el.setAttribute('view', 'list');
      await el.updateComplete;
      expect(time('[part~="event"] .time')).to.equal('6:00 – 8:00 PM');
    });

    it('formats dates as the page\'s English does: lang="en-GB" reads "3 December", "18:00"', async () => {
      const el = await mountCalendar({lang: 'en-GB'});
      const time = (selector: string) => text($(el, selector)!);
      expect(time('td[data-day="2026-12-03"] [part~="event"] .time')).to.equal('18:00');
      expect(time('td[data-day="2026-12-03"] [part~="event"] .visually-hidden')).to.equal('Debate:');
      expect($(el, 'td[data-day="2026-12-03"] .day-head .visually-hidden')!.textContent).to.equal('Thursday, 3 December 2026');
      el.setAttribute('view', 'list');
      await el.updateComplete;
      expect(time('[part~="event"] .time')).to.equal('18:00–20:00');
      // The same language in another region: formats change, words do not.
      el.setAttribute('lang', 'en-US');
      await el.updateComplete;
      expect(time('[part~="event"] .time')).to.equal('6:00 – 8:00 PM');
    });

    it('counts events with Polish plurals', () => {
      const rules = new Intl.PluralRules('pl');
      const count = (n: number) => messages.pl.count(n, rules.select(n));
      expect([1, 2, 5, 12, 22, 25].map(count)).to.deep.equal(['1 wydarzenie', '2 wydarzenia', '5 wydarzeń', '12 wydarzeń', '22 wydarzenia', '25 wydarzeń']);
      expect(messages.en.count(1, 'one')).to.equal('1 event');
    });
  });

  describe('theming', () => {
    it('reads --pdk-calendar-today-bg from the page', async () => {
      const el = await mountCalendar();
      (el.parentElement as HTMLElement).style.setProperty('--pdk-calendar-today-bg', 'rgb(255, 240, 200)');
      expect(getComputedStyle(cell(el, '2026-12-01')).backgroundColor).to.equal('rgb(255, 240, 200)');
    });

    it('draws its radios in the accent colour, the page\'s own when it sets one', async () => {
      const el = await mountCalendar({controls: true});
      const radio = $(el, 'input[type="radio"]')!;
      expect(getComputedStyle(radio).accentColor).to.equal('rgb(0, 105, 62)');
      (el.parentElement as HTMLElement).style.setProperty('--pdk-color-accent', 'rgb(200, 16, 46)');
      expect(getComputedStyle(radio).accentColor).to.equal('rgb(200, 16, 46)');
    });
  });
});
