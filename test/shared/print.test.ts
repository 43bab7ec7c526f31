/**
 * SPEC: "Printing the page prints the content legibly (no buttons or
 * filters; the month as a list)", checked with the print media emulated.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {html, type TemplateResult} from 'lit';
import sinon from 'sinon';
import '../../src/index.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

const PRINT_FEED = feed({
  partners: [partner('a', {name: 'Fundacja Alfa', url: 'https://example.org/a'}), partner('b', {name: 'Beta'})],
  events: [
    event('debata', {title: 'Debata o transporcie', partners: ['a']}),
    event('warsztaty', {title: 'Warsztaty solarne', type: 'workshop', start: '2026-12-10T10:00:00+01:00', partners: ['b']}),
    event('festiwal', {title: 'Festiwal', type: 'happening', start: '2026-12-13', end: '2026-12-14'}),
  ],
});

/** What a printed page shows: rendered boxes with some height, inside the element's shadow root. */
const printed = (el: HTMLElement, selector: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)].filter((node) => node.getBoundingClientRect().height > 0);
const CONTROLS = 'button, input, select, textarea, [role="button"], fieldset';

async function mount(template: TemplateResult) {
  const {el} = await mountUntil<HTMLElement>(template, 'pdk-ready');
  await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
  await emulateMedia({media: 'print'});
  return el;
}

describe('printing', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: PRINT_FEED}})));
  afterEach(async () => {
    await emulateMedia({media: 'screen'});
    fetch.restore();
    resetFeedState();
  });

  it('prints the month as a list of days with their events, without the grid or any control', async () => {
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} month="2026-12" controls></pdk-event-calendar>`);
    expect(printed(el, '[part~="grid"]')).to.have.length(0);
    expect(printed(el, CONTROLS).map((c) => c.outerHTML.slice(0, 60))).to.deep.equal([]);
    const days = printed(el, '.print-only h3').map((h) => h.textContent!.trim());
    expect(days).to.deep.equal(['czwartek, 3 grudnia 2026', 'czwartek, 10 grudnia 2026', 'niedziela, 13 grudnia 2026', 'poniedziałek, 14 grudnia 2026']);
    const copy = printed(el, '.print-only')[0];
    expect(copy.textContent).to.contain('Debata o transporcie').and.contain('Warsztaty solarne').and.contain('Festiwal');
    expect(printed(el, '[part~="toolbar"] h2')[0].textContent).to.equal('grudzień 2026');
  });

  describe('after the month was turned', () => {
    const DECEMBER_DAYS = ['czwartek, 3 grudnia 2026', 'czwartek, 10 grudnia 2026', 'niedziela, 13 grudnia 2026', 'poniedziałek, 14 grudnia 2026'];
    const turnToDecember = async () => {
      const {el} = await mountUntil<HTMLElement & {updateComplete: Promise<unknown>}>(
        html`<pdk-event-calendar src=${FEED_URL} month="2026-11"></pdk-event-calendar>`,
        'pdk-ready',
      );
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="next-button"]')!.click();
      return el;
    };
    const copiedDays = (el: HTMLElement) => [...el.shadowRoot!.querySelectorAll('.print-only h3')].map((h) => h.textContent!.trim());

    it('prints the new month once updateComplete resolves', async () => {
      const el = await turnToDecember();
      await el.updateComplete;
      expect(copiedDays(el)).to.deep.equal(DECEMBER_DAYS);
      await emulateMedia({media: 'print'});
      expect(printed(el, '.print-only h3').map((h) => h.textContent!.trim())).to.deep.equal(DECEMBER_DAYS);
    });

    it('brings the print copy up to date as printing starts, before the page is idle', async () => {
      const idle = sinon.stub(window, 'requestIdleCallback').returns(0);
      try {
        const el = await turnToDecember();
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(copiedDays(el)).to.not.deep.equal(DECEMBER_DAYS);
        dispatchEvent(new Event('beforeprint'));
        expect(copiedDays(el)).to.deep.equal(DECEMBER_DAYS);
      } finally {
        idle.restore();
      }
    });
  });

  it('prints the month in the language it is shown in, after the language changed', async () => {
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} month="2026-12"></pdk-event-calendar>`);
    el.lang = 'en';
    await (el as HTMLElement & {updateComplete: Promise<unknown>}).updateComplete;
    expect(printed(el, '.print-only h3').map((h) => h.textContent!.trim())).to.deep.equal([
      'Thursday, December 3, 2026',
      'Thursday, December 10, 2026',
      'Sunday, December 13, 2026',
      'Monday, December 14, 2026',
    ]);
  });

  it('prints the list view with its titles as text, not buttons', async () => {
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} view="list" past></pdk-event-calendar>`);
    expect(printed(el, CONTROLS)).to.have.length(0);
    const events = printed(el, '[part~="event"]');
    expect(events.map((e) => e.innerText.split('\n').join(' '))).to.deep.equal([
      '18:00 Debata o transporcie Debata',
      '10:00 Warsztaty solarne Warsztaty',
      '13–14 grudnia 2026 Festiwal Happening',
    ]);
  });

  it('prints a long list view as it is in the page, without its buttons, saying how many are not printed', async () => {
    const many = Array.from({length: 130}, (_, i) => event(`e${i}`, {title: `Spotkanie ${i}`, start: `2027-0${1 + Math.floor(i / 28)}-${String((i % 28) + 1).padStart(2, '0')}T18:00:00+01:00`}));
    fetch.set(FEED_URL, {json: feed({events: many})});
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} view="list"></pdk-event-calendar>`);
    expect(printed(el, CONTROLS)).to.have.length(0);
    expect(printed(el, '[part~="event"]')).to.have.length(100);
    expect(printed(el, 'p.print-only').map((n) => n.textContent!.trim())).to.deep.equal(['…i jeszcze 30 wydarzeń']);
  });

  it('with past, says how many are not printed before the page and after it', async () => {
    // 150 ended events, one a day from 1 January 2026, and 130 upcoming from 1 January 2027.
    const day = (start: string, i: number) => new Date(Date.parse(`${start}T12:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10);
    const ended = Array.from({length: 150}, (_, i) => event(`p${i}`, {start: `${day('2026-01-01', i)}T18:00:00+01:00`}));
    const upcoming = Array.from({length: 130}, (_, i) => event(`u${i}`, {start: `${day('2027-01-01', i)}T18:00:00+01:00`}));
    fetch.set(FEED_URL, {json: feed({events: [...ended, ...upcoming]})});
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} view="list" past></pdk-event-calendar>`);
    expect(printed(el, '[part~="event"]')).to.have.length(100);
    expect(printed(el, 'p.print-only').map((n) => n.textContent!.trim())).to.deep.equal(['…oraz 100 wcześniejszych wydarzeń', '…i jeszcze 80 wydarzeń']);
  });

  it('prints the partners without the search, the filters or "show more", saying how many are not printed', async () => {
    const el = await mount(html`<pdk-partner-list src=${FEED_URL} controls limit="1"></pdk-partner-list>`);
    expect(printed(el, CONTROLS)).to.have.length(0);
    expect(printed(el, '[part~="name"]').map((n) => n.textContent!.trim())).to.deep.equal(['Beta']);
    expect(printed(el, '.print-only').map((n) => n.textContent!.trim())).to.deep.equal(['…i jeszcze 1 organizacja']);
  });

  it('prints the month as a list also with an event open, without the event\'s dialog over it', async () => {
    const el = await mount(html`<pdk-event-calendar src=${FEED_URL} month="2026-12"></pdk-event-calendar>`);
    await emulateMedia({media: 'screen'});
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="event"]')!.click();
    const dialog = el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[part~="detail"]')!;
    await waitUntil(() => dialog.open, 'the event opens');
    await emulateMedia({media: 'print'});
    expect(printed(el, 'dialog')).to.have.length(0);
    expect(getComputedStyle(dialog, '::backdrop').display).to.equal('none');
    expect(printed(el, '.print-only h3').length).to.be.greaterThan(0);
    await emulateMedia({media: 'screen'});
    dialog.close();
  });

  it('prints nothing of the join button, its dialog open or not', async () => {
    const el = await mount(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`);
    expect(printed(el, '*')).to.have.length(0);
    await emulateMedia({media: 'screen'});
    await (el as HTMLElement & {show(): Promise<void>}).show();
    await waitUntil(() => el.shadowRoot!.querySelector('form'), 'the form is in');
    await emulateMedia({media: 'print'});
    expect(printed(el, '*')).to.have.length(0);
  });
});
