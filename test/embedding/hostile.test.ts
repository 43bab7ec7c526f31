/**
 * A hostile host page: Bootstrap 5 plus an old theme's aggressive global CSS
 * (`* {all: revert}`, `button {all: unset}`, `div {display: block !important}`,
 * `html {font-size: 10px}`). The widgets must still render, read and work.
 */
import {expect} from '@open-wc/testing';
import {EmbedPage, expectShows, isHittable, isShown, shadowOf} from './embed-page.js';

const px = (value: string) => Number.parseFloat(value);

describe('on a hostile host page (Bootstrap 5 + aggressive CSS)', function () {
  this.timeout(30_000);
  let page: EmbedPage;
  before(async () => {
    page = EmbedPage.open('hostile.html');
    await page.settled();
  });
  after(() => page.close());

  it('loads the page\'s styles (the test really is hostile)', () => {
    const style = page.window.getComputedStyle(page.document.documentElement);
    expect(style.fontSize).to.equal('10px');
    const body = page.window.getComputedStyle(page.document.body);
    expect(body.fontFamily, 'Bootstrap\'s font stack').to.contain('system-ui');
  });

  it('renders all three widgets with no error', () => {
    const report = page.report!;
    expect(report.errors).to.deep.equal([]);
    for (const id of ['partners', 'calendar', 'join']) expect(page.widget(id).ready, id).to.be.greaterThan(0);
  });

  it('keeps each widget a block that fills its column', () => {
    for (const id of ['partners', 'calendar', 'failing']) {
      const el = page.el(id);
      const rect = el.getBoundingClientRect();
      expect(rect.width, `#${id} width`).to.be.greaterThan(600);
      expect(rect.height, `#${id} height`).to.be.greaterThan(40);
    }
  });

  // `* {all: revert}` reaches our host elements from outside and, for normal
  // declarations, the page beats `:host`: the host turns `display: inline`
  // and loses `container-type`, so every container query inside stops
  // matching (no narrow layouts). base.styles.ts therefore makes both
  // `!important`: for important declarations the shadow tree wins.
  it('keeps a size container for its responsive layout, and the join button inline-block', () => {
    for (const id of ['partners', 'calendar']) {
      const el = page.el(id);
      const host = page.window.getComputedStyle(el);
      const first = shadowOf(el).querySelector(':scope > :not(style, slot)');
      const inner = first ? page.window.getComputedStyle(first) : null;
      const hostIsContainer = host.containerType === 'inline-size' && host.display !== 'inline';
      const innerIsContainer = inner?.containerType === 'inline-size';
      expect(hostIsContainer || innerIsContainer, `#${id}: host display ${host.display}, container-type ${host.containerType}`).to.be
        .true;
    }
    // The button sits in running text; its dialog is its own container.
    expect(page.window.getComputedStyle(page.el('join')).display).to.equal('inline-block');
  });

  it('still hides a widget with the hidden attribute', () => {
    const el = page.el('partners');
    el.hidden = true;
    try {
      expect(page.window.getComputedStyle(el).display).to.equal('none');
    } finally {
      el.hidden = false;
    }
  });

  it('shows partner names and the calendar in readable text', () => {
    const name = [...shadowOf(page.el('partners')).querySelectorAll('[part~="card"]')].find((c) =>
      c.textContent!.includes('Krajowe Biuro Transformacji Energetycznej'),
    );
    expect(isShown(name), 'the partner card').to.be.true;
    expect(px(page.window.getComputedStyle(name!).fontSize)).to.be.at.least(9);
    const calendar = shadowOf(page.el('calendar'));
    expectShows(page.el('calendar'), 'Dzień otwarty Laboratorium Wodoru');
    const heading = calendar.querySelector('h2, h3, [part~="toolbar"], [part~="list"]');
    expect(isShown(heading), 'the calendar heading or list').to.be.true;
    expect(px(page.window.getComputedStyle(heading!).fontSize)).to.be.at.least(9);
  });

  it('keeps the join button a visible, clickable button with its label', () => {
    const button = shadowOf(page.el('join')).querySelector('button')!;
    expect(button, 'a <button> in the join button').to.exist;
    expect(button.getAttribute('role') ?? 'button').to.equal('button');
    expect(isShown(button)).to.be.true;
    const rect = button.getBoundingClientRect();
    expect(rect.height, 'target height').to.be.at.least(24);
    expect(rect.width, 'target width').to.be.at.least(24);
    expect(isHittable(button)).to.be.true;
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).to.contain('Dołącz do Partnerstwa');
    expect(px(page.window.getComputedStyle(button).fontSize)).to.be.at.least(9);
  });

  it('shows the fallback content and a working retry button when the feed is down', async () => {
    const failing = page.el('failing');
    expect(page.widget('failing').error).to.be.greaterThan(0);
    expect(isShown(page.el('failing-fallback')), 'the page\'s fallback content').to.be.true;
    const retry = shadowOf(failing).querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    expect(isShown(retry), 'the retry button').to.be.true;
    expect(isHittable(retry)).to.be.true;
    const errorsBefore = page.widget('failing').error;
    retry.click();
    await page.waitFor((r) => r.widgets.find((w) => w.id === 'failing')!.error > errorsBefore, 'a second pdk-error after retry');
  });
});
