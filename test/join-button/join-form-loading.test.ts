/** <pdk-join-button>: the form loads on demand — the dialog at once, the form when it arrives, a message when it cannot. */
import {expect, html, nextFrame, waitUntil} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/join-button/pdk-join-button.js';
import type {PdkJoinButton} from '../../src/join-button/join-button.js';
import {formLoader, joinForm, resetJoinFormLoad} from '../../src/join-button/load-join-form.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';
import {$, active, dialog, field, text} from './join-helpers.js';

type JoinFormModule = Awaited<ReturnType<typeof formLoader.load>>;

const mount = async (attrs: {lang?: string; email?: string} = {}) =>
  (await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL} lang=${attrs.lang ?? 'pl'} email=${attrs.email ?? ''}></pdk-join-button>`, 'pdk-ready')).el;

const button = (el: PdkJoinButton) => $<HTMLButtonElement>(el, '[part~="button"]');
const body = (el: PdkJoinButton) => $(el, '.body');

describe('<pdk-join-button> loading the form', () => {
  let fetch: FetchStub;
  // Our own stubs; sinon.restore() would also undo stubFetch's fetch stub.
  const sandbox = sinon.createSandbox();

  beforeEach(() => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    // Each test starts as a page that has not loaded the form yet.
    resetJoinFormLoad();
  });
  afterEach(async () => {
    sandbox.restore();
    resetJoinFormLoad();
    fetch.restore();
    resetFeedState();
    sessionStorage.clear();
    document.documentElement.style.overflow = '';
    await resetMouse();
  });

  it('opens the dialog within the click, with its heading; after updateComplete the form is there and its first field focused', async () => {
    const el = await mount();
    button(el).click();
    const d = dialog(el);
    expect(d.open && d.matches(':modal')).to.be.true;
    expect(text($(el, '[part~="heading"]'))).to.equal('Dołącz do Partnerstwa dla Klimatu');
    expect(document.documentElement.style.overflow).to.equal('hidden');
    await el.updateComplete;
    expect(body(el).getAttribute('aria-busy')).to.equal('false');
    expect(active(el) === field(el, 'organisation')).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('shows a loading line while the form is on its way, and updateComplete waits for it', async () => {
    let arrive!: (module: JoinFormModule) => void;
    sandbox.stub(formLoader, 'load').returns(new Promise((resolve) => (arrive = resolve)));
    const el = await mount();
    button(el).click();
    const updated = el.updateComplete.then(() => field(el, 'organisation'));
    // The open render has happened by the next frame; the form has not come.
    await nextFrame();
    expect(body(el).getAttribute('aria-busy')).to.equal('true');
    expect(text($(el, '.loading'))).to.equal('Wczytywanie formularza…');
    expect(el.shadowRoot!.querySelector('form')).to.be.null;
    await expect(el).to.be.accessible();
    arrive(await import('../../src/join-button/join-form-panel.js'));
    const first = await updated;
    expect(first).to.exist;
    expect(active(el) === first).to.be.true;
  });

  it('adds the form’s styles to the shadow root once loaded, as stylesheets (no <style>, for strict CSP)', async () => {
    const el = await mount();
    button(el).click();
    await el.updateComplete;
    expect(getComputedStyle($(el, 'form')).display).to.equal('grid');
    expect(getComputedStyle($(el, '[part~="field"]')).flexDirection).to.equal('column');
    expect(getComputedStyle($(el, '.trap')).position).to.equal('absolute');
    // The button's and the dialog's own styles are still there.
    expect(getComputedStyle(button(el)).backgroundColor).to.equal('rgb(0, 105, 62)');
    expect(getComputedStyle(dialog(el)).borderTopStyle).to.equal('solid');
    expect(el.shadowRoot!.querySelector('style')).to.be.null;
  });

  it('loads the form once the page is idle after the first render, and only once', async () => {
    const load = sandbox.spy(formLoader, 'load');
    const el = await mount();
    await waitUntil(() => load.callCount === 1, 'the form did not load when the page was idle', {timeout: 3000});
    button(el).focus();
    button(el).click();
    await el.updateComplete;
    expect(field(el, 'organisation')).to.exist;
    expect(load.callCount).to.equal(1);
  });

  it('starts loading on hover or focus of the button, when it has not loaded yet', async () => {
    const load = sandbox.spy(formLoader, 'load');
    const el = await mount();
    await waitUntil(() => load.callCount === 1, 'the form did not load when the page was idle', {timeout: 3000});
    // As if the idle load had not happened.
    resetJoinFormLoad();
    const box = button(el).getBoundingClientRect();
    await sendMouse({type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)]});
    await waitUntil(() => load.callCount === 2, 'hovering did not start loading');
    resetJoinFormLoad();
    button(el).focus();
    expect(load.callCount).to.equal(3);
    button(el).click();
    await el.updateComplete;
    expect(field(el, 'organisation')).to.exist;
    expect(load.callCount).to.equal(3);
  });

  describe('when the form cannot be loaded', () => {
    const failure = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

    it('says so with the address to write to, and a retry brings the form', async () => {
      const load = sandbox.stub(formLoader, 'load').callsFake(failure);
      const el = await mount();
      button(el).click();
      await el.updateComplete;
      const error = $(el, '[part~="load-error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Nie udało się wczytać formularza').and.contain('napisz na adres partnerstwo@um.warszawa.pl.');
      expect(error.querySelector('a')!.href).to.equal('mailto:partnerstwo@um.warszawa.pl');
      expect(body(el).getAttribute('aria-busy')).to.equal('false');
      const retry = $<HTMLButtonElement>(el, '[part~="load-error"] [part~="retry-button"]');
      expect(active(el) === retry).to.be.true;
      await expect(el).to.be.accessible();

      load.restore();
      retry.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="load-error"]')).to.be.null;
      expect(active(el) === field(el, 'organisation')).to.be.true;
    });

    it('links the address so that nothing in it adds recipients or headers', async () => {
      sandbox.stub(formLoader, 'load').callsFake(failure);
      const el = await mount({email: 'partnerstwo@um.warszawa.pl?bcc=inny@example.org'});
      button(el).click();
      await el.updateComplete;
      expect(new URL($(el, '[part~="load-error"] a').getAttribute('href')!).search).to.equal('');
    });

    it('says so when the form has not arrived in time, and shows it once it has', async () => {
      let arrive!: (module: JoinFormModule) => void;
      sandbox.stub(formLoader, 'load').returns(new Promise((resolve) => (arrive = resolve)));
      sandbox.stub(joinForm, 'timeoutMs').value(50);
      const el = await mount();
      button(el).click();
      await el.updateComplete;
      expect(text($(el, '[part~="load-error"]'))).to.contain('Nie udało się wczytać formularza');
      expect(body(el).getAttribute('aria-busy')).to.equal('false');
      arrive(await import('../../src/join-button/join-form-panel.js'));
      $<HTMLButtonElement>(el, '[part~="load-error"] [part~="retry-button"]').click();
      await el.updateComplete;
      expect(active(el) === field(el, 'organisation')).to.be.true;
    });

    it('speaks English and names the email attribute’s address; the dialog still closes', async () => {
      sandbox.stub(formLoader, 'load').callsFake(failure);
      const el = await mount({lang: 'en', email: 'klimat@partner.example.org'});
      button(el).click();
      await el.updateComplete;
      const error = $(el, '[part~="load-error"]');
      expect(text(error)).to.contain('The form could not be loaded').and.contain('or write to klimat@partner.example.org.');
      expect(text($(el, '[part~="load-error"] [part~="retry-button"]'))).to.equal('Try again');
      $<HTMLButtonElement>(el, '[part~="close-button"]').click();
      await waitUntil(() => !dialog(el).open && active(el) === button(el), 'focus did not return to the button');
    });
  });
});
