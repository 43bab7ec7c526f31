/** <pdk-join-button>: the button, the dialog, validation, keyboard, languages and theming. */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/join-button/pdk-join-button.js';
import type {PdkJoinButton} from '../../src/join-button/join-button.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, feed} from '../helpers/feeds.js';
import {axFocused} from '../helpers/ax.js';
import {mountUntil} from '../helpers/mount.js';
import {$, active, dialog, field, fillValid, open, submit, text, type} from './join-helpers.js';

const mount = async (lang = 'pl') =>
  (await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL} lang=${lang}></pdk-join-button>`, 'pdk-ready')).el;

/** Opens the dialog and sends it with two errors: no e-mail, a website that is no address. */
async function sendWithTwoErrors() {
  const el = await mount();
  await open(el);
  await fillValid(el);
  await type(el, 'email', '');
  await type(el, 'website', 'zielony przykład');
  await submit(el);
  return el;
}

const summaryLinks = (el: PdkJoinButton) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="error-summary"] [part~="error-link"]')];

describe('<pdk-join-button>', () => {
  let fetch: FetchStub;
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    fetch = stubFetch({[FEED_URL]: {json: feed()}});
    clock = sinon.useFakeTimers({now: new Date('2026-12-01T10:00:00Z'), toFake: ['Date']});
  });
  afterEach(() => {
    clock.restore();
    fetch.restore();
    resetFeedState();
    sessionStorage.clear();
    document.documentElement.style.overflow = '';
  });

  describe('states', () => {
    it('is a real button labelled "Dołącz do Partnerstwa", and accessible while closed', async () => {
      const el = await mount();
      const button = $(el, '[part~="button"]');
      expect(button.localName).to.equal('button');
      expect(text(button)).to.equal('Dołącz do Partnerstwa');
      expect(dialog(el).open).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('takes its label from the content the page puts inside', async () => {
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}>Zgłoś organizację</pdk-join-button>`, 'pdk-ready');
      const slot = $<HTMLSlotElement>(el, '[part~="button"] slot');
      expect(slot.assignedNodes()[0].textContent).to.equal('Zgłoś organizację');
      expect(($(el, '[part~="button"]') as HTMLButtonElement).offsetWidth).to.be.greaterThan(40);
    });

    describe('with a fallback link inside (for pages without the script)', () => {
      const FALLBACK = html`<a href="mailto:partnerstwo@um.warszawa.pl">Napisz, aby dołączyć</a>`;
      const shown = (node: Element) => node.getClientRects().length > 0;

      it('keeps the link out of the button, which has its own label, and opens the dialog', async () => {
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}>${FALLBACK}</pdk-join-button>`, 'pdk-ready');
        expect(text($(el, '[part~="button"]'))).to.equal('Dołącz do Partnerstwa');
        expect(shown(el.querySelector('a')!)).to.be.false;
        await expect(el).to.be.accessible();
        await open(el);
        expect(dialog(el).open).to.be.true;
      });

      it('keeps the link out of the button when it comes later (a framework rendering the children again)', async () => {
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}>Zgłoś organizację</pdk-join-button>`, 'pdk-ready');
        el.innerHTML = '<a href="mailto:partnerstwo@um.warszawa.pl">Napisz, aby dołączyć</a>';
        await el.updateComplete;
        expect(Boolean(el.querySelector('a')!.assignedSlot?.closest('button')), 'the link is in the button').to.be.false;
        expect(text($(el, '[part~="button"]'))).to.equal('Dołącz do Partnerstwa');
        el.textContent = 'Zgłoś organizację';
        await el.updateComplete;
        expect($<HTMLSlotElement>(el, '[part~="button"] slot')?.assignedNodes()[0].textContent).to.equal('Zgłoś organizację');
      });

      it('shows the link below the button, with the error state, when the feed fails', async () => {
        fetch.set(FEED_URL, {status: 500});
        const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}>${FALLBACK}</pdk-join-button>`, 'pdk-error');
        await el.updateComplete;
        const link = el.querySelector('a')!;
        expect(shown(link)).to.be.true;
        expect(link.assignedSlot!.closest('button')).to.be.null;
        expect(text($(el, '[part~="button"]'))).to.equal('Dołącz do Partnerstwa');
        await expect(el).to.be.accessible();
      });
    });

    it('opens a modal dialog labelled by its heading, with the intro and the form; focus on the first field', async () => {
      const el = await mount();
      await open(el);
      const d = dialog(el);
      expect(d.matches(':modal')).to.be.true;
      expect(shadowById(el, d.getAttribute('aria-labelledby')!).textContent).to.equal('Dołącz do Partnerstwa dla Klimatu');
      expect(text(d)).to.contain('Biuro Ochrony Powietrza i Polityki Klimatycznej').and.contain('bezpłatne');
      expectFocus(el, field(el, 'organisation'));
      await expect(el).to.be.accessible();
    });

    it('labels every field, marks required ones in words, lists the feed areas and the forms of cooperation', async () => {
      const el = await mount();
      await open(el);
      const labelOf = (name: string) => text($(el, `label[for="${field(el, name).id}"]`));
      expect(labelOf('organisation')).to.equal('Nazwa organizacji (wymagane)');
      expect(labelOf('category')).to.equal('Rodzaj organizacji (wymagane)');
      expect(labelOf('website')).to.equal('Strona internetowa');
      expect(labelOf('contactPerson')).to.equal('Osoba do kontaktu (wymagane)');
      expect(labelOf('email')).to.equal('Adres e-mail (wymagane)');
      expect(labelOf('phone')).to.equal('Telefon');
      expect(labelOf('message')).to.equal('Wiadomość');
      expect(field(el, 'website').type).to.equal('url');
      expect(field(el, 'email').type).to.equal('email');
      expect(field(el, 'phone').type).to.equal('tel');
      const options = [...field<HTMLSelectElement>(el, 'category').options].map((o) => o.text);
      expect(options).to.deep.equal(['Wybierz z listy', 'Administracja rządowa', 'Samorząd', 'Ambasada', 'Organizacja pozarządowa', 'Instytucja', 'Firma', 'Edukacja', 'Inne']);
      const legends = [...el.shadowRoot!.querySelectorAll('fieldset')].map((f) => [text(f.querySelector('legend')!), f.querySelectorAll('input[type=checkbox]').length]);
      expect(legends).to.deep.equal([
        ['Obszary zainteresowań', 2],
        ['Interesujące formy współpracy', 3],
      ]);
      expect(text(el.shadowRoot!.querySelector('fieldset:last-of-type')!)).to.contain('Dzielenie się doświadczeniem, wiedzą i zasobami').and.contain('Wzajemne wsparcie').and.contain('Wspólne projekty');
      const consent = field(el, 'consent');
      expect(consent.checked).to.be.false;
      const link = consent.closest('[part~="field"]')!.querySelector('a')!;
      expect(link.href).to.equal('https://example.org/privacy');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener');
      expect(text(link)).to.equal('Informacja o przetwarzaniu danych osobowych (otwiera się w nowej karcie)');
      // The link is beside the label, not in it: the checkbox is named by the consent alone.
      expect(consent.labels!.length).to.equal(1);
      expect(consent.labels![0].contains(link)).to.be.false;
      expect(text(consent.labels![0])).to.contain('(wymagane)');
    });

    it('hides the honeypot from people and assistive technology, but not with display:none', async () => {
      const el = await mount();
      await open(el);
      const trap = field(el, 'website2');
      expect(trap.closest('[aria-hidden="true"]')).to.exist;
      expect(trap.tabIndex).to.equal(-1);
      expect(trap.autocomplete).to.equal('off');
      expect(getComputedStyle(trap).display).not.to.equal('none');
      const box = trap.getBoundingClientRect();
      expect(box.right < 0 || box.width <= 1).to.be.true;
    });

    it('says below the button when the feed fails, with a retry that brings the feed in', async () => {
      fetch.set(FEED_URL, {status: 500});
      const {el} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-error');
      await el.updateComplete;
      const error = $(el, '[part~="error"]');
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(error)).to.contain('Nie udało się wczytać danych');
      expect(error.getClientRects().length).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      fetch.set(FEED_URL, {json: feed()});
      const ready = oneEvent(el, 'pdk-ready');
      $<HTMLButtonElement>(el, '[part~="error"] [part~="retry-button"]').click();
      await ready;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~="error"]')).to.be.null;
    });

    it('still opens and works when the feed fails: no areas, and pdk-error fires', async () => {
      fetch.set(FEED_URL, {status: 500});
      const {el, event} = await mountUntil<PdkJoinButton>(html`<pdk-join-button src=${FEED_URL}></pdk-join-button>`, 'pdk-error');
      expect(event.detail.message).to.contain('500');
      await open(el);
      expect(el.shadowRoot!.querySelectorAll('fieldset')).to.have.length(1);
      expect(field(el, 'consent').closest('label')!.querySelector('a')).to.be.null;
      await expect(el).to.be.accessible();
    });
  });

  describe('validation', () => {
    it('exposes no field as invalid before anything is typed or sent (screen readers would say "invalid entry")', async () => {
      const el = await mount();
      await open(el);
      for (const name of ['organisation', 'category', 'website', 'contactPerson', 'email', 'consent']) {
        field(el, name).focus();
        const node = await axFocused();
        expect(node?.properties.invalid, name).to.equal('false');
      }
    });

    it('says "required" once, with spaces between the parts of a name', async () => {
      const el = await mount();
      await open(el);
      const names: Record<string, string> = {organisation: 'Nazwa organizacji', contactPerson: 'Osoba do kontaktu', email: 'Adres e-mail'};
      for (const [name, expected] of Object.entries(names)) {
        field(el, name).focus();
        const node = await axFocused();
        expect(node?.name, name).to.equal(expected);
        expect(node?.properties.required, name).to.equal(true);
      }
      // Chromium gives a <select> and a checkbox no required state: the word stays in their names.
      field(el, 'category').focus();
      const category = await axFocused();
      expect(category?.name).to.equal('Rodzaj organizacji (wymagane)');
      expect(category?.properties.required).to.equal(undefined);
      field(el, 'consent').focus();
      const consent = await axFocused();
      // Named by the consent alone: the privacy link beside it is not part of the checkbox.
      expect(consent?.name).to.match(/ w tej sprawie\. \(wymagane\)$/);
      expect(consent?.properties.required).to.equal(undefined);
    });

    it('on submit: a specific message per field, aria-invalid, aria-describedby, focus on the first, and an announced summary', async () => {
      const el = await mount();
      await open(el);
      await type(el, 'email', 'anna.example.org');
      await submit(el);
      const expected = {
        organisation: 'Podaj nazwę organizacji',
        category: 'Wybierz rodzaj organizacji',
        contactPerson: 'Podaj imię i nazwisko osoby do kontaktu',
        email: 'Podaj adres e-mail w formacie nazwa@domena.pl',
        consent: 'Zaznacz zgodę na przetwarzanie danych osobowych',
      };
      for (const [name, message] of Object.entries(expected)) {
        const input = field(el, name);
        expect(input.getAttribute('aria-invalid'), name).to.equal('true');
        const described = input.getAttribute('aria-describedby')!.split(' ').map((id) => text(shadowById(el, id)));
        expect(described, name).to.include(message);
      }
      expect(field(el, 'website').getAttribute('aria-invalid')).to.equal('false');
      // Seen too, not only heard: a 2px border in the danger colour, on every kind of field.
      const border = (name: string) => `${getComputedStyle(field(el, name)).borderTopWidth} ${getComputedStyle(field(el, name)).borderTopColor}`;
      for (const name of ['organisation', 'email', 'category']) expect(border(name), name).to.equal('2px rgb(179, 38, 30)');
      expect(border('website')).to.equal('1px rgb(110, 122, 116)');
      expectFocus(el, field(el, 'organisation'));
      const summary = $(el, '[part~="error-summary"]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(text(summary)).to.contain('Formularz zawiera 5 błędów');
      await expect(el).to.be.accessible();
    });

    it('counts two errors as "2 błędy" and moves focus to the first invalid field further down', async () => {
      const el = await sendWithTwoErrors();
      expect(text($(el, '[part~="error-summary"]'))).to.contain('Formularz zawiera 2 błędy');
      expectFocus(el, field(el, 'website'));
      expect(text($(el, '#join-website-error'))).to.equal('Podaj poprawny adres strony, na przykład https://www.example.pl');
      expect(text($(el, '#join-email-error'))).to.equal('Podaj adres e-mail');
    });

    it('lists each error in the summary as a link that takes focus to its field, by keyboard too', async () => {
      const el = await sendWithTwoErrors();
      const links = summaryLinks(el);
      expect(links.map(text)).to.deep.equal(['Podaj poprawny adres strony, na przykład https://www.example.pl', 'Podaj adres e-mail']);
      const address = location.href;
      links[1].focus();
      await sendKeys({press: 'Enter'});
      expectFocus(el, field(el, 'email'));
      links[0].click();
      expectFocus(el, field(el, 'website'));
      // The host page's address does not take the field's #id.
      expect(location.href).to.equal(address);
      await expect(el).to.be.accessible();
    });

    it('drops a field put right from the summary, and the summary with the last one', async () => {
      const el = await sendWithTwoErrors();
      const summary = $(el, '[part~="error-summary"]');
      await type(el, 'email', 'anna@');
      // Still wrong: its line keeps the message announced with the count rather than being read out again.
      expect(summaryLinks(el).map(text)).to.deep.equal(['Podaj poprawny adres strony, na przykład https://www.example.pl', 'Podaj adres e-mail']);
      await type(el, 'website', 'https://zielony.example.org');
      expect(summaryLinks(el).map(text)).to.deep.equal(['Podaj adres e-mail']);
      await type(el, 'email', 'anna@zielony.example.org');
      expect(text(summary)).to.equal('');
      expect(summary.getClientRects().length).to.equal(0);
    });

    it('checks a field when the visitor leaves it, and clears the message once it is fixed', async () => {
      const el = await mount();
      await open(el);
      await typeAndLeave(el, 'email', 'anna@');
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(text($(el, '#join-email-error'))).to.equal('Podaj adres e-mail w formacie nazwa@domena.pl');
      field(el, 'email').focus();
      await sendKeys({type: 'example.org'});
      await el.updateComplete;
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('false');
      expect($(el, '#join-email-error')).to.be.null;
    });

    it('completes a website typed without https:// on leaving it', async () => {
      const el = await mount();
      await open(el);
      await typeAndLeave(el, 'website', 'www.fundacja.pl');
      expect(field(el, 'website').value).to.equal('https://www.fundacja.pl');
      expect(field(el, 'website').getAttribute('aria-invalid')).to.equal('false');
    });

    it('checks the phone number on leaving it', async () => {
      const el = await mount();
      await open(el);
      await type(el, 'phone', 'brak');
      field(el, 'phone').dispatchEvent(new FocusEvent('focusout', {bubbles: true, composed: true}));
      await el.updateComplete;
      expect(text($(el, '#join-phone-error'))).to.equal('Podaj pełny numer telefonu, na przykład +48 22 123 45 67, albo zostaw pole puste');
    });

    it('says nothing about empty fields the visitor tabs past; sending checks them', async () => {
      const el = await mount();
      await open(el);
      // Focus starts on the organisation's name: Tab through it, the category and the website.
      for (let i = 0; i < 3; i++) await sendKeys({press: 'Tab'});
      await el.updateComplete;
      for (const name of ['organisation', 'category', 'website']) expect(field(el, name).getAttribute('aria-invalid'), name).to.equal('false');
      expect(el.shadowRoot!.querySelector('.field-error') === null).to.equal(true);
      $(el, '[part~="submit"]').click();
      await el.updateComplete;
      expect(field(el, 'organisation').getAttribute('aria-invalid')).to.equal('true');
      expect(field(el, 'category').getAttribute('aria-invalid')).to.equal('true');
    });
  });

  describe('keyboard', () => {
    it('keeps the header in reach, never over the field that has focus', async () => {
      const el = await mount();
      await open(el);
      await waitUntil(() => el.shadowRoot!.querySelector('form'));
      const box = dialog(el);
      // A phone's height for a long form: the header stays, and only the body under it scrolls.
      box.style.maxHeight = '24em';
      const header = $(el, '.header');
      const body = $(el, '.body');
      expect(body.getBoundingClientRect().top, 'the scrolling body starts below the header').to.be.at.least(header.getBoundingClientRect().bottom - 1);
      const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('form input:not([tabindex="-1"]), form select, form textarea, form button, form a[href]')].filter((c) => c.closest('.trap') === null).reverse();
      for (const control of controls) {
        control.focus();
        const {top, bottom} = control.getBoundingClientRect();
        const sight = body.getBoundingClientRect();
        expect(Math.min(bottom, sight.bottom) - Math.max(top, sight.top), control.getAttribute('name') ?? text(control)).to.be.above(0);
      }
      expect(Math.round(header.getBoundingClientRect().top - box.getBoundingClientRect().top - box.clientTop), 'the header has not moved').to.equal(0);
      expect(box.scrollHeight - box.clientHeight, 'the dialog itself does not scroll').to.be.at.most(1);
    });

    it('keeps Tab and Shift+Tab inside the dialog', async () => {
      const el = await mount();
      await open(el);
      const close = $(el, '[part~="close-button"]');
      close.focus();
      await shiftTab();
      expectFocus(el, $(el, '[part~="submit"]'));
      await sendKeys({press: 'Tab'});
      expectFocus(el, close);
      await sendKeys({press: 'Tab'});
      expectFocus(el, field(el, 'organisation'));
    });

    it('closes on Escape, returns focus to the button, and locks page scrolling only while open', async () => {
      document.documentElement.style.overflow = 'auto';
      const el = await mount();
      $(el, '[part~="button"]').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => dialog(el).open);
      expect(document.documentElement.style.overflow).to.equal('hidden');
      await sendKeys({press: 'Escape'});
      await waitUntil(() => !dialog(el).open && active(el) === $(el, '[part~="button"]'), 'focus did not return to the button');
      expect(document.documentElement.style.overflow).to.equal('auto');
    });

    it('closes with the close button ("Zamknij"), focus back on the button, typed text kept', async () => {
      const el = await mount();
      await open(el);
      await type(el, 'organisation', 'Fundacja');
      const close = $<HTMLButtonElement>(el, '[part~="close-button"]');
      expect(text(close)).to.contain('Zamknij');
      close.click();
      await waitUntil(() => !dialog(el).open && active(el) === $(el, '[part~="button"]'), 'focus did not return to the button');
      await open(el);
      expect(field(el, 'organisation').value).to.equal('Fundacja');
    });

    it('can be filled in and sent with the keyboard alone', async () => {
      fetch.set('https://forms.example.org/pdk/join', {json: {}});
      const {el} = await mountUntil<PdkJoinButton>(
        html`<pdk-join-button src=${FEED_URL} action="https://forms.example.org/pdk/join"></pdk-join-button>`,
        'pdk-ready',
      );
      $(el, '[part~="button"]').focus();
      await sendKeys({press: 'Enter'});
      await waitUntil(() => active(el) === field(el, 'organisation'));
      clock.tick(60_000);
      const steps: [string, () => Promise<unknown>][] = [
        ['organisation', () => sendKeys({type: 'Fundacja Klawiatura'})],
        ['category', () => sendKeys({press: 'ArrowDown'})],
        ['website', () => sendKeys({type: 'https://klawiatura.example.org'})],
        ['contactPerson', () => sendKeys({type: 'Jan Kowalski'})],
        ['email', () => sendKeys({type: 'jan@klawiatura.example.org'})],
      ];
      for (const [name, act] of steps) {
        expect(active(el)?.getAttribute('name'), name).to.equal(name);
        await act();
        await sendKeys({press: 'Tab'});
      }
      for (let i = 0; i < 12 && active(el)?.getAttribute('name') !== 'consent'; i++) await sendKeys({press: 'Tab'});
      expect(active(el)?.getAttribute('name')).to.equal('consent');
      await sendKeys({press: 'Space'});
      const success = oneEvent(el, 'pdk-join-success');
      await sendKeys({press: 'Enter'});
      const {detail} = await success;
      expect(detail).to.include({organisation: 'Fundacja Klawiatura', category: 'government', contactPerson: 'Jan Kowalski', email: 'jan@klawiatura.example.org'});
    });
  });

  describe('a new src while the form is open', () => {
    const OTHER = 'https://feeds.example.org/pdk/other.json';

    it('keeps the areas while the new feed loads, and focus in the dialog', async () => {
      const el = await mount();
      await open(el);
      const box = $<HTMLInputElement>(el, 'input[name="areas"]');
      box.focus();
      let arrive!: () => void;
      const areas = [{id: 'renewable-energy', name: {pl: 'OZE', en: 'Renewables'}}];
      fetch.set(OTHER, {json: feed({areas}), after: new Promise((resolve) => (arrive = () => resolve(null)))});
      el.setAttribute('src', OTHER);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('input[name="areas"]').length).to.equal(2);
      expect(active(el) === box).to.equal(true);
      const ready = oneEvent(el, 'pdk-ready');
      arrive();
      await ready;
      await el.updateComplete;
      // The new feed's areas are shown; focus stays in the dialog, not on the page.
      expect([...el.shadowRoot!.querySelectorAll('input[name="areas"]')].map((input) => input.getAttribute('value'))).to.deep.equal(['renewable-energy']);
      expect(dialog(el).open).to.equal(true);
      expect(Boolean(active(el)?.closest('dialog'))).to.equal(true);
    });
  });

  describe('i18n', () => {
    it('speaks English', async () => {
      const el = await mount('en');
      expect(text($(el, '[part~="button"]'))).to.equal('Join the Partnership');
      await open(el);
      expect(text($(el, '[part~="heading"]'))).to.equal('Join the Partnership for Climate');
      expect(text($(el, '[part~="close-button"]'))).to.contain('Close');
      expect(text($(el, `label[for="${field(el, 'email').id}"]`))).to.equal('Email address (required)');
      expect(text(el.shadowRoot!.querySelector('fieldset')!)).to.contain('Energy efficiency');
      await type(el, 'email', 'x');
      await submit(el);
      expect(text($(el, '#join-email-error'))).to.equal('Enter an email address in the format name@example.com');
      expect(text($(el, '[part~="error-summary"]'))).to.contain('The form has 5 errors');
      await expect(el).to.be.accessible();
    });

    it('follows a language change with the form open, messages included', async () => {
      const el = await mount();
      await open(el);
      await submit(el);
      el.lang = 'en';
      await waitUntil(() => text($(el, '[part~="heading"]')) === 'Join the Partnership for Climate');
      expect(text($(el, '#join-organisation-error'))).to.equal('Enter the name of your organisation');
      expect(text($(el, '[part~="error-summary"]'))).to.contain('The form has 5 errors');
      expect(text($(el, '[part~="error-link"]'))).to.equal('Enter the name of your organisation');
    });
  });

  describe('theming', () => {
    it('reads --pdk-color-accent and --pdk-join-dialog-width from any ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div class="themed"><pdk-join-button src=${FEED_URL}></pdk-join-button></div>`);
      wrapper.style.setProperty('--pdk-color-accent', 'rgb(122, 31, 92)');
      wrapper.style.setProperty('--pdk-join-dialog-width', '300px');
      const el = wrapper.querySelector('pdk-join-button')!;
      await el.updateComplete;
      expect(getComputedStyle($(el, '[part~="button"]')).backgroundColor).to.equal('rgb(122, 31, 92)');
      await open(el);
      expect(dialog(el).getBoundingClientRect().width).to.equal(300);
    });
  });
});

/** Compares by identity: chai's message for two unequal elements can take forever to build. */
function expectFocus(el: PdkJoinButton, target: Element) {
  const now = active(el);
  expect(now === target, `focus is on ${now?.outerHTML.slice(0, 60) ?? 'nothing'}, not ${target.outerHTML.slice(0, 60)}`).to.be.true;
}

/** Types into a field with the keyboard and leaves it with Tab, as a visitor does. */
async function typeAndLeave(el: PdkJoinButton, name: string, text: string) {
  field(el, name).focus();
  await sendKeys({type: text});
  await sendKeys({press: 'Tab'});
  await el.updateComplete;
}

async function shiftTab() {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

function shadowById(el: PdkJoinButton, id: string) {
  const found = el.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no #${id} in the shadow root`);
  return found;
}
