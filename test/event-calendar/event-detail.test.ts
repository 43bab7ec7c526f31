import {expect, fixture, html} from '@open-wc/testing';
import {LitElement, nothing} from 'lit';
import {property} from 'lit/decorators.js';
import ICAL from 'ical.js';
import type {Feed, PdkEvent} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {LocalizeController} from '../../src/i18n/localize.js';
import {baseStyles} from '../../src/theme/base.styles.js';
import {renderEventDetail} from '../../src/event-calendar/event-detail.js';
import {detailStyles} from '../../src/event-calendar/event-detail.styles.js';
import {revokeIcsUrls} from '../../src/event-calendar/add-to-calendar.js';
import {event, feed, partner} from '../helpers/feeds.js';

/** A stand-in for the calendar's dialog: renders one event's detail. */
class DetailHost extends LitElement {
  static override styles = [baseStyles, detailStyles];
  @property({attribute: false}) feed?: Feed;
  @property({attribute: false}) event?: PdkEvent;
  private readonly localize = new LocalizeController(this);

  override render() {
    if (!this.feed || !this.event) return nothing;
    return html`<section role="dialog" aria-labelledby="detail-heading">
      ${renderEventDetail(this.event, {feed: this.feed, localize: this.localize, headingId: 'detail-heading'})}
    </section>`;
  }
}
customElements.define('test-detail-host', DetailHost);

function makeFeed(events: Record<string, unknown>[], fields: Record<string, unknown> = {}): Feed {
  return validateFeed(feed({events, ...fields})).feed!;
}

const FULL = event('debata-2026-12-03', {
  title: {pl: 'Debata o transporcie', en: 'Transport debate'},
  type: 'debate',
  start: '2026-12-03T18:00:00+01:00',
  end: '2026-12-03T20:00:00+01:00',
  location: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, Warszawa'},
  online: 'https://stream.example.org/live',
  partners: ['fundacja', 'ghost', 'urzad'],
  areas: ['eco-transport', 'nowhere', 'energy-efficiency'],
  url: 'https://example.org/debata',
  description: {pl: 'Pierwsza linia.\nDruga linia.', en: 'First line.\nSecond line.'},
});
const PARTNERS = [
  partner('fundacja', {name: 'Fundacja Przykład', url: 'https://fundacja.example.org/'}),
  partner('urzad', {name: {pl: 'Urząd Dzielnicy', en: 'District Office'}}),
];

async function mount(raw: Record<string, unknown>, lang = 'pl', fields: Record<string, unknown> = {partners: PARTNERS}) {
  const f = makeFeed([raw], fields);
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <test-detail-host .feed=${f} .event=${f.events[0]}></test-detail-host>
  </div>`);
  const el = wrapper.querySelector<DetailHost>('test-detail-host')!;
  await el.updateComplete;
  return {el, root: el.shadowRoot!, feed: f};
}

function part(root: ShadowRoot, name: string) {
  return root.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function text(node: Element | null) {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('<pdk-event-calendar> event detail', () => {
  afterEach(() => revokeIcsUrls());

  describe('content', () => {
    it('shows title, type, when, where, online, organisers, areas, description and link', async () => {
      const {root} = await mount(FULL);
      const heading = root.querySelector('h2')!;
      expect(heading.id).to.equal('detail-heading');
      expect(heading.getAttribute('part')).to.equal('detail-title');
      expect(text(heading)).to.equal('Debata o transporcie');
      expect(text(root.querySelector('.type'))).to.equal('Debata');
      expect(text(part(root, 'detail-when'))).to.equal('Kiedy czwartek, 3 grudnia 2026, 18:00–20:00');
      const location = part(root, 'detail-location')!;
      expect(text(location)).to.contain('Centrum Kreatywności Targowa').and.contain('ul. Targowa 56, Warszawa');
      const map = location.querySelector('a')!;
      expect(map.href).to.equal('https://www.openstreetmap.org/search?query=ul.%20Targowa%2056%2C%20Warszawa');
      expect(text(map)).to.equal('Pokaż na mapie (otwiera się w nowej karcie)');
      const online = part(root, 'detail-online')!.querySelector('a')!;
      expect(online.href).to.equal('https://stream.example.org/live');
      expect(text(part(root, 'detail-areas'))).to.equal('Obszary tematyczne Ekologiczny transport, Efektywność energetyczna');
      const description = part(root, 'detail-description')!;
      expect(description.textContent).to.equal('Pierwsza linia.\nDruga linia.');
      expect(getComputedStyle(description).whiteSpace).to.equal('pre-line');
      const link = part(root, 'detail-link') as HTMLAnchorElement;
      expect(link.href).to.equal('https://example.org/debata');
      expect(text(link)).to.equal('Strona wydarzenia (otwiera się w nowej karcie)');
    });

    it('links organisers with a url, names the others, and skips unknown ids', async () => {
      const {root} = await mount(FULL);
      const items = [...part(root, 'detail-organisers')!.querySelectorAll('li')];
      expect(items.map((li) => text(li))).to.deep.equal(['Fundacja Przykład (otwiera się w nowej karcie)', 'Urząd Dzielnicy']);
      expect(items[0].querySelector('a')!.href).to.equal('https://fundacja.example.org/');
      expect(items[1].querySelector('a')).to.equal(null);
    });

    it('opens every outside link in a new tab, safely, and says so', async () => {
      const {root} = await mount(FULL);
      const links = [...root.querySelectorAll<HTMLAnchorElement>('a[target]')];
      expect(links.length).to.equal(5);
      for (const a of links) {
        expect(a.target, a.href).to.equal('_blank');
        expect(a.rel.split(' '), a.href).to.include('noopener');
        expect(a.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(otwiera się w nowej karcie)');
      }
    });

    it('leaves out rows the event has nothing for', async () => {
      const {root} = await mount(event('bare', {partners: ['ghost']}));
      for (const name of ['detail-location', 'detail-online', 'detail-organisers', 'detail-areas', 'detail-description', 'detail-link']) {
        expect(part(root, name), name).to.equal(null);
      }
      expect(part(root, 'detail-when')).to.exist;
      expect(part(root, 'add-to-calendar')).to.exist;
    });

    it('reads all-day and multi-day ranges naturally', async () => {
      const {root} = await mount(event('e', {start: '2026-12-03', end: '2026-12-05'}));
      expect(text(part(root, 'detail-when'))).to.equal('Kiedy 3–5 grudnia 2026');
    });

    it('shows the day in the feed zone for an event at 00:30 Warsaw time', async () => {
      const {root} = await mount(event('e', {start: '2026-12-04T00:30:00+01:00'}));
      expect(text(part(root, 'detail-when'))).to.equal('Kiedy piątek, 4 grudnia 2026, 00:30');
    });

    it('renders feed text as text, never HTML', async () => {
      const evil = '<img src=x onerror="window.pwned=1"><b>bold</b>';
      const {root} = await mount(event('e', {title: evil, description: evil, location: {name: evil}}));
      expect(root.querySelector('img, b')).to.equal(null);
      expect(text(root.querySelector('h2'))).to.equal(evil);
      expect(part(root, 'detail-description')!.textContent).to.equal(evil);
    });
  });

  describe('cancelled', () => {
    it('says "Odwołane" in text and offers no calendar', async () => {
      const {root} = await mount(event('c', {status: 'cancelled', title: 'Happening'}));
      const badge = part(root, 'cancelled-badge')!;
      expect(text(badge)).to.equal('Odwołane');
      expect(text(root.querySelector('h2'))).to.equal('Odwołane Happening');
      expect(part(root, 'add-to-calendar')).to.equal(null);
      expect(part(root, 'ics-link')).to.equal(null);
      expect(part(root, 'google-link')).to.equal(null);
      expect(root.querySelector('a[download]')).to.equal(null);
      expect(root.querySelector('a[href*="calendar.google.com"]')).to.equal(null);
    });

    it('has no badge when scheduled', async () => {
      const {root} = await mount(FULL);
      expect(part(root, 'cancelled-badge')).to.equal(null);
    });
  });

  describe('add to calendar', () => {
    it('offers an .ics download made in the browser and a Google Calendar link', async () => {
      const {root} = await mount(FULL);
      const section = part(root, 'add-to-calendar')!;
      expect(text(section.querySelector('h3'))).to.equal('Dodaj do kalendarza');
      expect(section.getAttribute('aria-labelledby')).to.equal(section.querySelector('h3')!.id);
      const ics = part(root, 'ics-link') as HTMLAnchorElement;
      expect(ics.getAttribute('download')).to.equal('debata-2026-12-03.ics');
      expect(ics.href).to.match(/^blob:/);
      const body = await (await fetch(ics.href)).text();
      const v = new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent('vevent')!;
      expect(v.getFirstPropertyValue('summary')).to.equal('Debata o transporcie');
      expect((v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().getTime()).to.equal(Date.parse('2026-12-03T18:00:00+01:00'));
      const google = part(root, 'google-link') as HTMLAnchorElement;
      const url = new URL(google.href);
      expect(url.hostname).to.equal('calendar.google.com');
      expect(url.searchParams.get('dates')).to.equal('20261203T170000Z/20261203T190000Z');
      expect(google.target).to.equal('_blank');
    });
  });

  describe('i18n', () => {
    it('speaks English', async () => {
      const {root} = await mount(FULL, 'en');
      expect(text(root.querySelector('h2'))).to.equal('Transport debate');
      expect(text(root.querySelector('.type'))).to.equal('Debate');
      expect(text(part(root, 'detail-when'))).to.equal('When Thursday, December 3, 2026, 6:00 – 8:00 PM');
      expect(text(part(root, 'detail-organisers'))).to.contain('District Office');
      expect(text(part(root, 'add-to-calendar')!.querySelector('h3'))).to.equal('Add to calendar');
      expect(text(part(root, 'detail-link'))).to.equal('Event page (opens in a new tab)');
      const google = new URL((part(root, 'google-link') as HTMLAnchorElement).href);
      expect(google.searchParams.get('text')).to.equal('Transport debate');
    });

    it('marks a title and description the feed has only in Polish as Polish', async () => {
      const {root} = await mount(event('pl-only', {title: {pl: 'Sprzątanie parku'}, description: {pl: 'Zbieramy liście.'}}), 'en');
      expect(root.querySelector('h2 .title')!.getAttribute('lang')).to.equal('pl');
      expect(part(root, 'detail-description')!.getAttribute('lang')).to.equal('pl');
      const {root: translated} = await mount(FULL, 'en');
      expect(translated.querySelector('h2 .title')!.hasAttribute('lang')).to.equal(false);
    });

    it('says "Cancelled" in English', async () => {
      const {root} = await mount(event('c', {status: 'cancelled'}), 'en');
      expect(text(part(root, 'cancelled-badge'))).to.equal('Cancelled');
    });
  });

  describe('accessibility', () => {
    for (const lang of ['pl', 'en']) {
      it(`passes axe in ${lang}`, async () => {
        const {el} = await mount(FULL, lang);
        await expect(el).to.be.accessible();
      });
      it(`passes axe for a cancelled event in ${lang}`, async () => {
        const {el} = await mount(event('c', {status: 'cancelled', location: {address: 'ul. Targowa 56'}}), lang);
        await expect(el).to.be.accessible();
      });
    }
  });
});
