/**
 * Where the feed comes from: another origin (with and without CORS), and the
 * page-wide `<meta name="pdk-feed">` when `src` is left out.
 */
import {expect} from '@open-wc/testing';
import {EmbedPage, isShown, shadowOf, expectShows} from './embed-page.js';

describe('the feed', function () {
  this.timeout(30_000);
  let page: EmbedPage | undefined;
  afterEach(() => page?.close());

  describe('on another origin', () => {
    it('loads when the feed host allows it (Access-Control-Allow-Origin)', async () => {
      page = EmbedPage.open('cross-origin.html');
      const report = await page.settled();
      expect(report.errors).to.deep.equal([]);
      const partners = page.el('cors-partners');
      // The page runs on one host name and reads the feed from the other: a real cross-origin request.
      expect(new URL(partners.getAttribute('src')!).origin).not.to.equal(page.window.location.origin);
      expect(page.widget('cors-partners').ready).to.be.greaterThan(0);
      expect(page.widget('cors-calendar').ready).to.be.greaterThan(0);
      expectShows(partners, 'Krajowe Biuro Transformacji Energetycznej');
    });

    it('fails cleanly without CORS: pdk-error, the error state and the page\'s fallback content', async () => {
      page = EmbedPage.open('cross-origin.html');
      await page.settled();
      for (const [id, fallback] of [
        ['blocked-partners', 'partners-fallback'],
        ['blocked-calendar', 'calendar-fallback'],
      ]) {
        const outcome = page.widget(id);
        expect(outcome.ready, `#${id} ready`).to.equal(0);
        expect(outcome.error, `#${id} pdk-error`).to.be.greaterThan(0);
        expect(outcome.lastError, `#${id} pdk-error detail.message`).to.contain('/test/embedding/feeds/no-cors/feed.json');
        const shadow = shadowOf(page.el(id));
        expect(isShown(shadow.querySelector('[part~="error"]')), `#${id} error state`).to.be.true;
        expect(isShown(shadow.querySelector('[part~="retry-button"]')), `#${id} retry button`).to.be.true;
        expect(isShown(page.el(fallback)), `#${id} fallback content`).to.be.true;
      }
    });
  });

  describe('from <meta name="pdk-feed">', () => {
    it('is used by every element that has no src', async () => {
      page = EmbedPage.open('meta.html');
      const report = await page.settled();
      expect(report.errors).to.deep.equal([]);
      for (const id of ['partners', 'calendar', 'join']) {
        expect(page.el(id).hasAttribute('src'), `#${id} has no src`).to.be.false;
        expect(page.widget(id).ready, `#${id} pdk-ready`).to.be.greaterThan(0);
      }
      expect(report.feedRequests.filter((url) => url === '/sample/feed.json')).to.have.length(1);
      expectShows(page.el('partners'), 'Krajowe Biuro Transformacji Energetycznej');
      // The page is in English, and so are the widgets.
      expectShows(page.el('calendar'), 'Hydrogen Lab open day');
    });
  });
});
