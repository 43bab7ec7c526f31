/** The CDN files (SPEC "Embedding"): self-registering, sharing Lit's chunk, safe to load twice. */
import {expect} from '@open-wc/testing';
import {EmbedPage, openJoinFormAndEvent, shadowOf, expectShows} from './embed-page.js';

const litChunks = (scripts: readonly string[]) => scripts.filter((s) => /\/chunks\/lit-[\w-]+\.js$/.test(s));

describe('CDN bundles', function () {
  this.timeout(30_000);
  let page: EmbedPage | undefined;
  afterEach(() => page?.close());

  describe('per-element files', () => {
    it('register only their own element, and two of them load Lit once', async () => {
      page = EmbedPage.open('bundles.html');
      const report = await page.waitFor(
        (r) => r.loaded && r.widgets.filter((w) => w.ready > 0).length === 2,
        'the page loading and pdk-ready from the partner list and the calendar',
      );
      expect(report.defined).to.deep.equal({
        'pdk-partner-list': true,
        'pdk-event-calendar': true,
        'pdk-join-button': false,
      });
      expect(report.scripts).to.include.members(['/dist/cdn/pdk-partner-list.js', '/dist/cdn/pdk-event-calendar.js']);
      expect(litChunks(report.scripts), 'requests for Lit').to.have.length(1);
      expect(report.errors).to.deep.equal([]);
      // The join button's file was not loaded: it stays an unknown element showing its content.
      expect(page.el('join').shadowRoot).to.equal(null);
      expect(page.el('join').textContent).to.contain('Nie zarejestrowany');
    });

    it('render the sample feed', async () => {
      page = EmbedPage.open('bundles.html');
      await page.waitFor((r) => r.loaded && r.widgets.filter((w) => w.ready > 0).length === 2, 'two widgets ready');
      expectShows(page.el('partners'), 'Krajowe Biuro Transformacji Energetycznej');
      expectShows(page.el('calendar'), 'Dzień otwarty Laboratorium Wodoru');
    });
  });

  describe('loaded twice', () => {
    it('gets no error from the all-in-one file, a per-element file, a second instance and a second copy', async () => {
      page = EmbedPage.open('double.html');
      const report = await page.settled();
      expect(report.errors).to.deep.equal([]);
      expect(report.widgets.filter((w) => w.ready > 0).map((w) => w.id)).to.have.members(['partners', 'calendar', 'join']);
      expect(page.widget('failing').error).to.be.greaterThan(0);
      // All five script tags ran: the copies under other URLs are separate module instances.
      expect(report.scripts).to.include.members([
        '/dist/cdn/pdk-widgets.js',
        '/dist/cdn/pdk-partner-list.js',
        '/dist/cdn/pdk-widgets.js?v=2',
        '/test/embedding/copies/same/dist/cdn/pdk-widgets.js',
        '/test/embedding/copies/old/dist/cdn/pdk-widgets.js',
      ]);
    });

    it('keeps the first registration and warns once per element about another version only', async () => {
      page = EmbedPage.open('double.html');
      const report = await page.settled();
      const registered = report.warnings.filter((w) => w.includes('is already registered'));
      expect(registered, 'warnings').to.have.length(3);
      for (const tag of ['pdk-partner-list', 'pdk-event-calendar', 'pdk-join-button']) {
        expect(registered.some((w) => w.includes(`<${tag}>`) && w.includes('0.0.1-old'))).to.be.true;
      }
      // The page's elements are the first copy's: the old copy's class was not used.
      const ctor = page.window.customElements.get('pdk-partner-list') as unknown as {version: string};
      expect(ctor.version).not.to.equal('0.0.1-old');
      expectShows(page.el('partners'), 'Krajowe Biuro Transformacji Energetycznej');
    });
  });

  describe('two bundles on one page (a per-element file and the all-in-one file)', () => {
    it('share one request for their feed, though each has its own module state', async () => {
      page = EmbedPage.open('mixed.html');
      const report = await page.settled();
      expect(report.errors).to.deep.equal([]);
      expect(report.widgets.filter((w) => w.ready > 0).map((w) => w.id)).to.have.members(['calendar', 'partners', 'join']);
      expect(report.feedRequests.filter((url) => url === '/sample/feed.json')).to.have.length(1);
    });
  });

  describe('with a version query on the script (WordPress adds ?ver=)', () => {
    for (const file of ['versioned.html', 'versioned-elements.html']) {
      it(`loads each file once, also the parts loaded on demand (${file})`, async () => {
        page = EmbedPage.open(file);
        await page.settled();
        await openJoinFormAndEvent(page);
        const report = await page.flush();
        expect(report.errors).to.deep.equal([]);
        expect(report.scripts.filter((s) => s.includes('/chunks/join-form-panel-')), 'the join form').to.have.length(1);
        expect(report.scripts.filter((s) => s.includes('/chunks/event-detail-')), 'the event detail').to.have.length(1);
        // A chunk importing an entry file would fetch it again without the query: a second copy of the library.
        const entries = report.scripts.filter((s) => !s.includes('/chunks/'));
        expect(entries.every((s) => s.endsWith('?ver=6.4')), entries.join(', ')).to.be.true;
      });
    }
  });

  describe('next to the page\'s own Lit', () => {
    it('renders both the page\'s Lit element and ours', async () => {
      page = EmbedPage.open('own-lit.html');
      const report = await page.settled();
      expect(report.errors).to.deep.equal([]);
      expect(report.widgets.filter((w) => w.ready > 0).map((w) => w.id)).to.have.members(['partners', 'calendar', 'join']);
      const mine = page.el('mine');
      expect(shadowOf(mine).textContent).to.equal("Hello from the partner page's own Lit");
      expectShows(page.el('partners'), 'Krajowe Biuro Transformacji Energetycznej');
      // Two Lits: the page's from node_modules, ours inside the all-in-one file's one chunk. (The join
      // form's and the event detail's chunks may be in too: they are prefetched once the page is idle,
      // which a slow run reaches before every widget is ready.)
      const eager = report.scripts.filter((s) => !/\/chunks\/(join-form-panel|event-detail)-/.test(s));
      expect(eager).to.have.length(2);
      expect(eager[1]).to.match(/^\/dist\/cdn\/chunks\/pdk-widgets-core-[\w-]+\.js$/);
    });
  });
});
