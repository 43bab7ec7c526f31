/**
 * Strict host pages (SPEC "Embedding"): a Content-Security-Policy with no
 * 'unsafe-inline', no eval and no nonce, and Trusted Types. The pages are
 * served with their policy by the middleware in web-test-runner.config.mjs
 * (by file name: *.csp.html, *.tt.html, *.tt-lit.html); reporter.js collects
 * every securitypolicyviolation event.
 */
import {expect} from '@open-wc/testing';
import type {LitElement} from 'lit';
import {EmbedPage, isShown, openJoinFormAndEvent, shadowOf, expectShows, type EmbedReport} from './embed-page.js';

const READY_IDS = ['partners', 'calendar', 'join'];

/** What a person does with the widgets: opens the join form and an event (both load on demand), turns the month, retries. */
async function useWidgets(page: EmbedPage) {
  await openJoinFormAndEvent(page);
  const calendar = page.el<LitElement>('calendar');
  const next = shadowOf(calendar).querySelector<HTMLElement>('[part~="next-button"]');
  if (next) {
    const heading = () => shadowOf(calendar).querySelector('[part~="toolbar"] h2, h2')?.textContent;
    const before = heading();
    next.click();
    await calendar.updateComplete;
    expect(heading(), 'the month heading after "next month"').not.to.equal(before);
  }
  const failing = page.el('failing');
  const errorsBefore = page.widget('failing').error;
  shadowOf(failing).querySelector<HTMLElement>('[part~="retry-button"]')!.click();
  await page.waitFor((r) => r.widgets.find((w) => w.id === 'failing')!.error > errorsBefore, 'pdk-error again after retry');
}

/** The calendar's schema.org JSON-LD in the light DOM (SPEC): present and parseable, with Event entries. */
function jsonLdEvents(page: EmbedPage): unknown[] {
  const script = page.el('calendar').querySelector('script[type="application/ld+json"]');
  if (!script) return [];
  const data = JSON.parse(script.textContent!) as unknown;
  const list = Array.isArray(data) ? data : ((data as {'@graph'?: unknown[]})['@graph'] ?? [data]);
  return list.filter((item) => (item as {'@type'?: string})['@type'] === 'Event');
}

function expectWorking(page: EmbedPage, report: EmbedReport) {
  expect(report.errors, 'uncaught errors').to.deep.equal([]);
  for (const id of READY_IDS) expect(page.widget(id).ready, `pdk-ready from #${id}`).to.be.greaterThan(0);
  expectShows(page.el('partners'), 'Krajowe Biuro Transformacji Energetycznej');
  expect(page.widget('failing').error, 'pdk-error from the failing feed').to.be.greaterThan(0);
  expect(isShown(page.el('failing-fallback')), 'the fallback content').to.be.true;
}

/** Checks the page's widgets work and the policy reports nothing, before and after use. */
async function expectNoViolations(page: EmbedPage): Promise<void> {
  const settled = await page.settled();
  expectWorking(page, settled);
  expect(jsonLdEvents(page), 'JSON-LD events').not.to.be.empty;
  expect(settled.violations, 'violations while loading').to.deep.equal([]);
  await useWidgets(page);
  const after = await page.flush();
  expect(after.violations, 'violations after use').to.deep.equal([]);
  expect(after.errors).to.deep.equal([]);
}

describe('under a strict host policy', function () {
  this.timeout(30_000);
  let page: EmbedPage | undefined;
  afterEach(() => page?.close());

  describe("Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self'", () => {
    it('works with no violation, before and after use', async () => {
      page = EmbedPage.open('strict.csp.html');
      await expectNoViolations(page);
    });

    it('shares one feed request between the three widgets', async () => {
      page = EmbedPage.open('strict.csp.html');
      const report = await page.settled();
      expect(report.feedRequests.filter((url) => url === '/sample/feed.json')).to.have.length(1);
    });

    it('is really enforced: the page cannot run an inline script', async () => {
      page = EmbedPage.open('strict.csp.html');
      await page.settled();
      const script = page.document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      page.document.body.append(script);
      const report = await page.waitFor((r) => r.violations.length > 0, 'a violation for the inline script');
      expect(report.violations[0].directive).to.equal('script-src-elem');
      expect((page.window as unknown as {inlineRan?: boolean}).inlineRan).to.equal(undefined);
    });
  });

  describe("Trusted Types: require-trusted-types-for 'script'; trusted-types lit-html pdk-widgets", () => {
    it('works with no violation, before and after use', async () => {
      page = EmbedPage.open('trusted.tt.html');
      await expectNoViolations(page);
    });

    it('is really enforced: a string cannot go into innerHTML', async () => {
      page = EmbedPage.open('trusted.tt.html');
      await page.settled();
      expect(() => (page!.document.body.innerHTML = '<b>x</b>')).to.throw();
    });
  });

  describe("Trusted Types with only Lit's policy allowed: trusted-types lit-html", () => {
    // Our own policy (for the calendar's JSON-LD) is refused here; the widgets
    // must carry on without it (the JSON-LD may be left out).
    it('still works, with no uncaught error and no blocked sink', async () => {
      page = EmbedPage.open('trusted-lit-only.tt-lit.html');
      const settled = await page.settled();
      expectWorking(page, settled);
      await useWidgets(page);
      const after = await page.flush();
      expect(after.errors).to.deep.equal([]);
      // Refusing a policy name is reported as a 'trusted-types' violation; a
      // string reaching a script sink would be 'require-trusted-types-for'.
      expect(after.violations.filter((v) => v.directive !== 'trusted-types'), 'blocked sinks').to.deep.equal([]);
    });
  });
});
