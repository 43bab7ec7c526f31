/** <pdk-join-button>: sending (POST, failures, retry), e-mail without an endpoint, the draft, and spam. */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/join-button/pdk-join-button.js';
import type {PdkJoinButton} from '../../src/join-button/join-button.js';
import {mailer} from '../../src/join-button/mail.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub, type Route} from '../helpers/fetch-stub.js';
import {FEED_URL, feed} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';
import {$, active, bodyOf, dialog, ENDPOINT, field, fillRequired, fillValid, open, requestsTo, submit, text, type} from './join-helpers.js';

const OPENED = new Date('2026-12-01T10:00:00Z').getTime();
const DRAFT_KEY = `pdk-widgets:join-draft:${ENDPOINT}`;

describe('<pdk-join-button> sending', () => {
  let fetch: FetchStub;
  let clock: sinon.SinonFakeTimers;
  // Our own stubs; sinon.restore() would also undo stubFetch's fetch stub.
  const sandbox = sinon.createSandbox();

  async function mount(attrs: {action?: string; email?: string; lang?: string} = {action: ENDPOINT}) {
    const {el} = await mountUntil<PdkJoinButton>(
      html`<pdk-join-button src=${FEED_URL} action=${attrs.action ?? ''} email=${attrs.email ?? ''} lang=${attrs.lang ?? 'pl'}></pdk-join-button>`,
      'pdk-ready',
    );
    return el;
  }

  /** Opens, waits past the two-second bot rule, and fills in every field. */
  async function openFilled(el: PdkJoinButton) {
    await open(el);
    clock.tick(30_000);
    await fillValid(el);
  }

  beforeEach(() => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}, [ENDPOINT]: {json: {ok: true}}});
    clock = sinon.useFakeTimers({now: OPENED, toFake: ['Date']});
  });
  afterEach(() => {
    sandbox.restore();
    clock.restore();
    fetch.restore();
    resetFeedState();
    sessionStorage.clear();
    document.documentElement.style.overflow = '';
  });

  describe('with an endpoint', () => {
    it('thanks the visitor naming the address the page set for questions, not the city\'s', async () => {
      const el = await mount({action: ENDPOINT, email: 'klimat@partner.example.org'});
      await openFilled(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'));
      expect(text($(el, '[part~="success"]'))).to.contain('W razie pytań napisz na klimat@partner.example.org.').and.not.contain('um.warszawa.pl');
    });

    it('sends the page\'s address without its #fragment, where sign-in tokens live', async () => {
      const address = location.href;
      history.replaceState(null, '', '#access_token=abc123');
      try {
        const el = await mount();
        await openFilled(el);
        const succeeded = oneEvent(el, 'pdk-join-success');
        await submit(el);
        await succeeded;
        expect(bodyOf(ENDPOINT).page).to.equal(address.split('#')[0]);
      } finally {
        history.replaceState(null, '', address);
      }
    });

    it('POSTs the documented JSON, fires pdk-join-submit then pdk-join-success, and thanks the visitor', async () => {
      const el = await mount();
      await openFilled(el);
      const submitted = oneEvent(el, 'pdk-join-submit');
      const succeeded = oneEvent(el, 'pdk-join-success');
      await submit(el);
      const submitEvent = await submitted;
      expect(submitEvent.cancelable).to.be.true;
      await succeeded;
      expect(requestsTo(ENDPOINT)).to.have.length(1);
      const init = requestsTo(ENDPOINT)[0].args[1] as RequestInit;
      expect(init.method).to.equal('POST');
      expect((init.headers as Record<string, string>)['Content-Type']).to.equal('application/json');
      const body = bodyOf(ENDPOINT);
      expect(body).to.deep.equal({
        organisation: 'Fundacja Zielony Żoliborz',
        category: 'ngo',
        website: 'https://zielony.example.org',
        contactPerson: 'Anna Łącka',
        email: 'anna@zielony.example.org',
        phone: '+48 22 123 45 67',
        areas: ['eco-transport'],
        cooperation: ['joint-projects'],
        message: 'Chcemy współorganizować warsztaty.',
        consent: {
          given: true,
          text: 'Wyrażam zgodę na przetwarzanie moich danych osobowych podanych w formularzu przez miasto stołeczne Warszawę w celu rozpatrzenia zgłoszenia do Partnerstwa dla Klimatu i kontaktu w tej sprawie.',
          at: new Date(OPENED + 30_000).toISOString(),
        },
        lang: 'pl',
        page: location.href,
        openedAt: new Date(OPENED).toISOString(),
        sentAt: new Date(OPENED + 30_000).toISOString(),
        applicationId: body.applicationId,
      });
      expect(body.applicationId).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(submitEvent.detail).to.deep.equal(body);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'));
      const success = $(el, '[part~="success"]');
      expect(text(success)).to.contain('Dziękujemy za zgłoszenie').and.contain('anna@zielony.example.org');
      expect(active(el) === success.querySelector('h3')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('uses the feed’s join.action when there is no action attribute', async () => {
      const other = 'https://city.example.org/join';
      fetch.set(FEED_URL, {json: feed({join: {email: 'partnerstwo@um.warszawa.pl', action: other}})});
      fetch.set(other, {json: {}});
      const el = await mount({});
      await openFilled(el);
      const succeeded = oneEvent(el, 'pdk-join-success');
      await submit(el);
      await succeeded;
      expect(requestsTo(other)).to.have.length(1);
    });

    for (const how of ['the send button', 'Enter in a field']) {
      it(`sends where the browser blocks form submission (an iframe sandboxed without allow-forms), by ${how}`, async () => {
        const el = await mount();
        await openFilled(el);
        // There the browser neither fires a submit event nor submits: as if something swallowed both.
        $(el, 'form').addEventListener(
          'submit',
          (e) => {
            e.preventDefault();
            e.stopImmediatePropagation();
          },
          {capture: true},
        );
        const succeeded = oneEvent(el, 'pdk-join-success');
        if (how === 'the send button') {
          await submit(el);
        } else {
          field(el, 'organisation').focus();
          await sendKeys({press: 'Enter'});
        }
        await waitUntil(() => requestsTo(ENDPOINT).length === 1, 'the application was not sent', {timeout: 3000});
        await succeeded;
      });
    }

    it('shows a pending state that blocks a second send, and keeps focus on the button', async () => {
      fetch.set(ENDPOINT, {hang: true});
      const el = await mount();
      await openFilled(el);
      const button = $<HTMLButtonElement>(el, '[part~="submit"]');
      button.focus();
      button.click();
      button.click();
      await el.updateComplete;
      // Disabled for assistive technology, but not with `disabled`, which would drop focus to the page.
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(el.shadowRoot!.activeElement).to.equal(button);
      expect($(el, '[part~="form"]').getAttribute('aria-busy')).to.equal('true');
      expect(text(button)).to.equal('Wysyłanie…');
      $<HTMLFormElement>(el, 'form').requestSubmit();
      await el.updateComplete;
      expect(requestsTo(ENDPOINT)).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('offline, a failed send says to check the connection (online, it is the server)', async () => {
      fetch.set(ENDPOINT, {networkError: true});
      sandbox.stub(Navigator.prototype, 'onLine').get(() => false);
      const el = await mount();
      await openFilled(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="send-error"]'));
      expect(text($(el, '[part~="send-error"]'))).to.contain('Brak połączenia z internetem. Sprawdź połączenie i spróbuj ponownie.');
      expect(field(el, 'organisation').value).to.equal('Fundacja Zielony Żoliborz');
    });

    const failures: [string, Route | 'timeout', string][] = [
      ['a network error', {networkError: true}, 'Nie udało się połączyć z serwerem zgłoszeń. Spróbuj ponownie za chwilę albo napisz na adres'],
      ['a timeout', 'timeout', 'nie odpowiedział w ciągu 15 sekund'],
      ['a 4xx answer', {status: 422}, 'Serwer odrzucił zgłoszenie'],
      ['a 5xx answer', {status: 500}, 'Serwer ma chwilowy problem'],
    ];
    for (const [what, route, message] of failures) {
      it(`after ${what}: says so, keeps everything typed, fires pdk-join-error, and a retry sends it`, async () => {
        const timeout = new AbortController();
        if (route === 'timeout') {
          fetch.set(ENDPOINT, {hang: true});
          sandbox.stub(AbortSignal, 'timeout').returns(timeout.signal);
        } else {
          fetch.set(ENDPOINT, route);
        }
        const el = await mount();
        await openFilled(el);
        const failed = oneEvent(el, 'pdk-join-error');
        await submit(el);
        if (route === 'timeout') {
          await waitUntil(() => requestsTo(ENDPOINT).length === 1);
          timeout.abort(new DOMException('signal timed out', 'TimeoutError'));
        }
        const {detail} = await failed;
        expect(detail.message).to.contain(ENDPOINT);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="send-error"]'));
        const error = $(el, '[part~="send-error"]');
        expect(error.getAttribute('role')).to.equal('alert');
        expect(text(error)).to.contain('Nie udało się wysłać zgłoszenia').and.contain(message).and.contain('Wpisane dane zostały zachowane');
        expect(field(el, 'organisation').value).to.equal('Fundacja Zielony Żoliborz');
        expect(field(el, 'message').value).to.equal('Chcemy współorganizować warsztaty.');
        expect(field(el, 'consent').checked).to.be.true;
        expect(field(el, 'areas').checked).to.be.false;
        expect($<HTMLInputElement>(el, '[name="areas"][value="eco-transport"]').checked).to.be.true;
        const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]');
        expect(active(el) === retry).to.be.true;
        await expect(el).to.be.accessible();
        expect(sessionStorage.getItem(DRAFT_KEY)).to.contain('Fundacja Zielony Żoliborz');

        fetch.set(ENDPOINT, {json: {}});
        sandbox.restore();
        const succeeded = oneEvent(el, 'pdk-join-success');
        retry.click();
        await succeeded;
        expect(requestsTo(ENDPOINT)).to.have.length(2);
        expect(bodyOf(ENDPOINT, 1).organisation).to.equal('Fundacja Zielony Żoliborz');
        expect(sessionStorage.getItem(DRAFT_KEY)).to.be.null;
      });
    }

    it('after a 4xx whose JSON says why, shows what the server said, as text, and passes it on in pdk-join-error', async () => {
      fetch.set(ENDPOINT, {json: {error: 'Adres e-mail jest już zarejestrowany. <b>Napisz</b> do nas.'}, status: 422});
      const el = await mount();
      await openFilled(el);
      const failed = oneEvent(el, 'pdk-join-error');
      await submit(el);
      const {detail} = await failed;
      expect(detail.message).to.equal(`The endpoint ${ENDPOINT} answered HTTP 422: Adres e-mail jest już zarejestrowany. <b>Napisz</b> do nas.`);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="send-error"]'));
      const error = $(el, '[part~="send-error"]');
      expect(text(error)).to.contain('Odpowiedź serwera: „Adres e-mail jest już zarejestrowany. <b>Napisz</b> do nas.”');
      expect(error.querySelector('b')).to.be.null;
      expect(field(el, 'email').value).to.not.equal('');
    });

    it('after a 4xx without a usable JSON message, or a 5xx, quotes nothing', async () => {
      for (const route of [{body: '<html>Bad Request</html>', status: 400}, {json: {error: {code: 7}}, status: 422}, {json: {error: 'Internal'}, status: 500}] as Route[]) {
        fetch.set(ENDPOINT, route);
        const el = await mount();
        await openFilled(el);
        const failed = oneEvent(el, 'pdk-join-error');
        await submit(el);
        expect((await failed).detail.message).to.match(/answered HTTP \d{3}\.$/);
        await waitUntil(() => el.shadowRoot!.querySelector('[part~="send-error"]'));
        expect(text($(el, '[part~="send-error"]'))).to.not.contain('Odpowiedź serwera');
        el.remove();
        sessionStorage.clear();
      }
    });

    it('sends one application id on every attempt, also after a reload, and a new one for the next application', async () => {
      fetch.set(ENDPOINT, {status: 500});
      let el = await mount();
      await openFilled(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="send-error"]'));
      // The visitor reloads the page: the draft brings the application back, with its id.
      el.remove();
      el = await mount();
      await open(el);
      field(el, 'consent').click();
      fetch.set(ENDPOINT, {json: {}});
      const succeeded = oneEvent(el, 'pdk-join-success');
      await submit(el);
      await succeeded;
      const [first, second] = [bodyOf(ENDPOINT, 0).applicationId, bodyOf(ENDPOINT, 1).applicationId];
      expect(first).to.match(/^[0-9a-f-]{32,36}$/);
      expect(second).to.equal(first);
      // The next application is another one.
      el.close();
      await open(el);
      await fillValid(el);
      const again = oneEvent(el, 'pdk-join-success');
      await submit(el);
      await again;
      expect(bodyOf(ENDPOINT, 2).applicationId).to.match(/^[0-9a-f-]{32,36}$/).and.not.equal(first);
    });

    it('a retry keeps focus in the form while it sends: on the send button, as its own button goes', async () => {
      fetch.set(ENDPOINT, {status: 500});
      const el = await mount();
      await openFilled(el);
      const failed = oneEvent(el, 'pdk-join-error');
      await submit(el);
      await failed;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="retry-button"]'));
      fetch.set(ENDPOINT, {hang: true});
      const retry = $<HTMLButtonElement>(el, '[part~="retry-button"]');
      retry.focus();
      retry.click();
      await waitUntil(() => requestsTo(ENDPOINT).length === 2);
      await el.updateComplete;
      expect(retry.isConnected).to.be.false;
      expect(active(el)?.getAttribute('part')).to.equal('submit');
    });

    it('sends nothing when a page cancels pdk-join-submit, and keeps the form as it is', async () => {
      const el = await mount();
      await openFilled(el);
      el.addEventListener('pdk-join-submit', (e) => e.preventDefault(), {once: true});
      const submitted = oneEvent(el, 'pdk-join-submit');
      await submit(el);
      await submitted;
      await el.updateComplete;
      expect(requestsTo(ENDPOINT)).to.have.length(0);
      expect(dialog(el).open).to.be.true;
      expect(field(el, 'organisation').value).to.equal('Fundacja Zielony Żoliborz');
      expect(el.shadowRoot!.querySelector('[part~="success"]')).to.be.null;
    });

    it('posts to a real local endpoint: the JSON that arrives holds what was typed', async () => {
      const el = await mount({action: '/__pdk-join-endpoint'});
      await openFilled(el);
      const success = oneEvent(el, 'pdk-join-success');
      await submit(el);
      await success;
      const arrived = await (await window.fetch('/__pdk-join-endpoint/last')).json();
      expect(arrived).to.include({organisation: 'Fundacja Zielony Żoliborz', email: 'anna@zielony.example.org', lang: 'pl'});
      expect(arrived.consent.given).to.be.true;
      expect(arrived.page).to.equal(location.href);
    });

    it('keeps everything typed after a real 500 and sends it on retry', async () => {
      const key = `k${Math.random().toString(36).slice(2)}`;
      const el = await mount({action: `/__pdk-join-endpoint/fail-once/${key}`});
      await openFilled(el);
      const failed = oneEvent(el, 'pdk-join-error');
      await submit(el);
      expect((await failed).detail.message).to.contain('500');
      expect(field(el, 'email').value).to.equal('anna@zielony.example.org');
      const success = oneEvent(el, 'pdk-join-success');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await success;
      const arrived = await (await window.fetch('/__pdk-join-endpoint/last')).json();
      expect(arrived.organisation).to.equal('Fundacja Zielony Żoliborz');
    });
  });

  describe('spam, and forms filled by a script', () => {
    it('a filled honeypot sends nothing and shows the normal thank-you', async () => {
      const el = await mount();
      await openFilled(el);
      await type(el, 'website2', 'http://spam.example');
      const events: string[] = [];
      for (const name of ['pdk-join-submit', 'pdk-join-success']) el.addEventListener(name, () => events.push(name));
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'));
      expect(requestsTo(ENDPOINT)).to.have.length(0);
      expect(events).to.deep.equal([]);
    });

    it('sends a form filled and sent at once (autofill, a script), stamped with when the dialog opened', async () => {
      const el = await mount();
      await open(el);
      dialog(el).close();
      await waitUntil(() => !dialog(el).open);
      // Opened again a minute later: that opening is what the endpoint gets, to judge the haste by.
      clock.tick(60_000);
      await open(el);
      clock.tick(800);
      await fillValid(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'));
      expect(requestsTo(ENDPOINT)).to.have.length(1);
      const body = bodyOf(ENDPOINT) as {openedAt: string; sentAt: string};
      expect([body.openedAt, body.sentAt]).to.deep.equal([new Date(OPENED + 60_000).toISOString(), new Date(OPENED + 60_800).toISOString()]);
    });

    it('sends what the fields hold, also when a script set them without input events', async () => {
      const el = await mount();
      await open(el);
      const set = (name: string, value: string) => (field<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, name).value = value);
      set('organisation', 'Fundacja Cicha');
      set('category', 'ngo');
      set('contactPerson', 'Ewa Nowak');
      set('email', 'ewa@cicha.example.org');
      $<HTMLInputElement>(el, '[name="areas"][value="eco-transport"]').checked = true;
      field(el, 'consent').checked = true;
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="success"]'), 'no thank-you');
      const body = bodyOf(ENDPOINT) as {organisation: string; category: string; email: string; areas: string[]; consent: {given: boolean}};
      expect([body.organisation, body.category, body.email, body.areas, body.consent.given]).to.deep.equal(['Fundacja Cicha', 'ngo', 'ewa@cicha.example.org', ['eco-transport'], true]);
    });

    it('keeps a value a script set without events when a field is left, and marks nothing valid as wrong', async () => {
      const el = await mount();
      await open(el);
      const organisation = field(el, 'organisation');
      organisation.value = 'Fundacja Cicha';
      organisation.focus();
      field(el, 'email').focus();
      await el.updateComplete;
      expect(organisation.value).to.equal('Fundacja Cicha');
      expect(organisation.getAttribute('aria-invalid')).to.equal('false');
    });
  });

  describe('without an endpoint', () => {
    it('works without a feed: no error, pdk-ready, and the e-mail goes to `email`', async () => {
      const opened = sandbox.stub(mailer, 'open');
      const errors = sinon.spy();
      document.addEventListener('pdk-error', errors);
      try {
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button email="szkola@example.org"></pdk-join-button>`, 'pdk-ready');
        expect(el.shadowRoot!.querySelector('[part~="error"]') === null).to.equal(true);
        expect(errors.called).to.equal(false);
        await open(el);
        clock.tick(30_000);
        await fillRequired(el);
        await submit(el);
        await waitUntil(() => opened.called);
        expect(new URL(opened.firstCall.args[0]).pathname).to.equal('szkola@example.org');
      } finally {
        document.removeEventListener('pdk-error', errors);
      }
    });

    it('opens one e-mail for two quick clicks on send', async () => {
      const opened = sandbox.stub(mailer, 'open');
      const el = await mount({});
      await openFilled(el);
      const submits = sinon.spy();
      el.addEventListener('pdk-join-submit', submits);
      const send = $<HTMLButtonElement>(el, '[part~="submit"]');
      send.click();
      send.click();
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="mail"]'));
      expect([submits.callCount, opened.callCount]).to.deep.equal([1, 1]);
    });

    it('opens a prefilled e-mail to join.email and offers the same text to copy', async () => {
      const opened = sandbox.stub(mailer, 'open');
      const el = await mount({});
      await openFilled(el);
      await submit(el);
      await waitUntil(() => opened.called);
      const url = new URL(opened.firstCall.args[0]);
      expect(url.protocol).to.equal('mailto:');
      expect(url.pathname).to.equal('partnerstwo@um.warszawa.pl');
      expect(url.searchParams.get('subject')).to.equal('Zgłoszenie do Partnerstwa dla Klimatu: Fundacja Zielony Żoliborz');
      const body = url.searchParams.get('body')!;
      for (const line of ['Nazwa organizacji: Fundacja Zielony Żoliborz', 'Rodzaj organizacji: Organizacja pozarządowa', 'Obszary zainteresowań: Ekologiczny transport', 'Interesujące formy współpracy: Wspólne projekty', 'Telefon: +48 22 123 45 67', 'Chcemy współorganizować warsztaty.']) {
        expect(body).to.contain(line);
      }
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="mail"]'));
      const textarea = $<HTMLTextAreaElement>(el, '[part~="mail-text"]');
      expect(textarea.readOnly).to.be.true;
      expect(textarea.value).to.equal(body.replace(/\r\n/g, '\n'));
      expect(text($(el, '[part~="mail"]'))).to.contain('partnerstwo@um.warszawa.pl');
      // The mail program may not have opened (no default one, a blocked navigation): a link opens the same e-mail again.
      const again = $<HTMLAnchorElement>(el, '[part~="mail-link"]');
      expect([text(again), again.getAttribute('href')]).to.deep.equal(['Otwórz ponownie w programie pocztowym', opened.firstCall.args[0]]);
      expect(requestsTo('mailto:')).to.have.length(0);
      await expect(el).to.be.accessible();

      const write = sandbox.stub(navigator.clipboard, 'writeText').resolves();
      $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
      await waitUntil(() => text($(el, '[part~="mail"] [role="status"]')) === 'Skopiowano do schowka.');
      expect(write.firstCall.args[0]).to.equal(textarea.value);
    });

    it('copies with the old command when the Clipboard API refuses', async () => {
      sandbox.stub(mailer, 'open');
      sandbox.stub(navigator.clipboard, 'writeText').rejects(new DOMException('denied', 'NotAllowedError'));
      const exec = sandbox.stub(document, 'execCommand').returns(true);
      const el = await mount({});
      await openFilled(el);
      await submit(el);
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="copy-button"]'));
      $<HTMLButtonElement>(el, '[part~="copy-button"]').click();
      await waitUntil(() => exec.calledWith('copy'));
      await waitUntil(() => text($(el, '[part~="mail"] [role="status"]')) === 'Skopiowano do schowka.');
    });

    it('writes to the email attribute when given, and fires pdk-join-submit first (cancel: no e-mail)', async () => {
      const opened = sandbox.stub(mailer, 'open');
      const el = await mount({email: 'klimat@partner.example.org'});
      await openFilled(el);
      el.addEventListener('pdk-join-submit', (e) => e.preventDefault(), {once: true});
      await submit(el);
      expect(opened.called).to.be.false;
      await submit(el);
      await waitUntil(() => opened.called);
      expect(opened.firstCall.args[0]).to.match(/^mailto:klimat@partner\.example\.org\?/);
    });

    it('falls back to partnerstwo@um.warszawa.pl when the feed fails and there is no email attribute', async () => {
      fetch.set(FEED_URL, {networkError: true});
      const opened = sandbox.stub(mailer, 'open');
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-error');
      await open(el);
      clock.tick(30_000);
      await fillRequired(el);
      await submit(el);
      await waitUntil(() => opened.called);
      expect(opened.firstCall.args[0]).to.match(/^mailto:partnerstwo@um\.warszawa\.pl\?/);
    });

    it('speaks English in the e-mail', async () => {
      const opened = sandbox.stub(mailer, 'open');
      const el = await mount({lang: 'en'});
      await openFilled(el);
      await submit(el);
      await waitUntil(() => opened.called);
      const body = new URL(opened.firstCall.args[0]).searchParams.get('body')!;
      expect(body).to.contain('Organisation name: Fundacja Zielony Żoliborz').and.contain('Type of organisation: NGO').and.contain('Areas of interest: Eco-friendly transport');
    });
  });

  describe('draft', () => {
    it('survives closing and re-creating the element (a reload), without the consent; cleared by a successful send', async () => {
      const first = await mount();
      await open(first);
      await type(first, 'organisation', 'Fundacja Pamięć');
      await type(first, 'message', 'Wrócimy do tego.');
      first.shadowRoot!.querySelector<HTMLInputElement>('[name="cooperation"][value="mutual-support"]')!.click();
      field(first, 'consent').click();
      first.remove();
      expect(document.documentElement.style.overflow).to.equal('');

      const el = await mount();
      await open(el);
      expect(field(el, 'organisation').value).to.equal('Fundacja Pamięć');
      expect(field(el, 'message').value).to.equal('Wrócimy do tego.');
      expect($<HTMLInputElement>(el, '[name="cooperation"][value="mutual-support"]').checked).to.be.true;
      expect(field(el, 'consent').checked).to.be.false;

      clock.tick(30_000);
      await fillValid(el);
      const succeeded = oneEvent(el, 'pdk-join-success');
      await submit(el);
      await succeeded;
      expect(sessionStorage.getItem(DRAFT_KEY)).to.be.null;
      $<HTMLButtonElement>(el, '[part~="close-button"]').click();
      await waitUntil(() => !dialog(el).open && active(el) === $(el, '[part~="button"]'));
      await open(el);
      expect(field(el, 'organisation').value).to.equal('');
    });

    it('comes back when the dialog is opened before the feed has named the endpoint', async () => {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({organisation: 'Fundacja Pamięć'}));
      let answer!: () => void;
      fetch.set(FEED_URL, {json: feed({join: {email: 'partnerstwo@um.warszawa.pl', action: ENDPOINT}}), after: new Promise<void>((resolve) => (answer = resolve))});
      const wrapper = await fixture<HTMLDivElement>(html`<div><pdk-join-button src=${FEED_URL}></pdk-join-button></div>`);
      const el = wrapper.firstElementChild as PdkJoinButton;
      await open(el);
      expect(field(el, 'organisation').value).to.equal('');
      answer();
      await oneEvent(el, 'pdk-ready');
      await el.updateComplete;
      expect(field(el, 'organisation').value).to.equal('Fundacja Pamięć');
    });

    it('keeps a separate draft per destination', async () => {
      sessionStorage.setItem(DRAFT_KEY, JSON.stringify({organisation: 'Do endpointu'}));
      const wrapper = await fixture<HTMLDivElement>(html`<div><pdk-join-button email="inny@example.org"></pdk-join-button></div>`);
      const el = wrapper.firstElementChild as PdkJoinButton;
      await open(el);
      expect(field(el, 'organisation').value).to.equal('');
    });
  });
});
