/**
 * WCAG 3.1.2 (language of parts): what an element renders is marked with the
 * language it is in, so a screen reader on a page in another language (or
 * with none) reads our Polish with a Polish voice. Checked with `:lang()`,
 * which follows the language a browser computes for each element.
 */
import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {render, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../../src/index.js';
import {PdkJoinButton} from '../../src/join-button/join-button.js';
import {resetFeedState} from '../helpers/cleanup.js';
import {stubFetch, type FetchStub} from '../helpers/fetch-stub.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';
import {mountUntil} from '../helpers/mount.js';

/**
 * Elements inside the shadow root (the dialog's form included) that are not
 * in `lang`, leaving out feed text marked as Polish (plain strings are the
 * Polish text for both languages; the last test checks that marking).
 */
const notIn = (el: HTMLElement, lang: string) =>
  [...el.shadowRoot!.querySelectorAll('*')]
    .filter((node) => !node.matches(`:lang(${lang})`) && !(lang === 'en' && node.closest('[lang="pl"]:not(.lang-root)')))
    .map((node) => node.localName);

describe('language of parts', () => {
  let fetch: FetchStub;
  beforeEach(() => (fetch = stubFetch({[FEED_URL]: {json: feed()}})));
  afterEach(() => {
    fetch.restore();
    resetFeedState();
  });

  const elements: Array<[string, (lang?: string) => TemplateResult]> = [
    ['pdk-partner-list', (lang) => html`<pdk-partner-list src=${FEED_URL} lang=${ifDefined(lang)} controls></pdk-partner-list>`],
    ['pdk-event-calendar', (lang) => html`<pdk-event-calendar src=${FEED_URL} lang=${ifDefined(lang)} month="2026-12" controls></pdk-event-calendar>`],
    ['pdk-join-button', (lang) => html`<pdk-join-button src=${FEED_URL} lang=${ifDefined(lang)}></pdk-join-button>`],
  ];

  for (const [tag, template] of elements) {
    it(`<${tag}> in a page in Ukrainian marks its Polish as Polish, and English as English`, async () => {
      const {el: page} = await mountUntil(html`<div lang="uk">${template()}</div>`, 'pdk-ready');
      const el = page.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
      if (el instanceof PdkJoinButton) await el.show();
      expect(el.shadowRoot!.querySelectorAll('*').length).to.be.greaterThan(3);
      expect(notIn(el, 'pl')).to.deep.equal([]);
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(notIn(el, 'en')).to.deep.equal([]);
    });

    it(`<${tag}> in another component's shadow root follows a lang changed there`, async () => {
      const component = await fixture<HTMLDivElement>(html`<div></div>`);
      const section = document.createElement('section');
      section.lang = 'pl';
      component.attachShadow({mode: 'open'}).append(section);
      render(template(), section);
      const el = section.firstElementChild as HTMLElement & {updateComplete: Promise<boolean>};
      await oneEvent(el, 'pdk-ready');
      section.lang = 'en';
      await waitUntil(() => notIn(el, 'en').length === 0, 'the element speaks English');
    });

    it(`<${tag}> moved into a section in English speaks English`, async () => {
      const {el: page} = await mountUntil(html`<div><section lang="pl">${template()}</section><section lang="en"></section></div>`, 'pdk-ready');
      const el = page.querySelector<HTMLElement & {updateComplete: Promise<boolean>}>(tag)!;
      const before = el.shadowRoot!.textContent;
      page.querySelector('[lang="en"]')!.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).not.to.equal(before);
      expect(notIn(el, 'en')).to.deep.equal([]);
    });
  }

  it('marks feed text shown in the other language (no translation) with that language', async () => {
    fetch.set(FEED_URL, {
      json: feed({
        partners: [
          partner('a', {name: {pl: 'Fundacja Przykład'}, description: {pl: 'Sadzimy drzewa.'}}),
          partner('b', {name: {pl: 'Zieloni', en: 'The Greens'}}),
          // A plain string is the Polish text used for both languages (SPEC: an empty _en column).
          partner('c', {name: 'Ogród Społeczny'}),
        ],
        events: [event('e', {title: {pl: 'Sprzątanie parku'}, start: '2026-12-03T18:00:00+01:00', partners: ['a']})],
      }),
    });
    const {el: list} = await mountUntil(html`<pdk-partner-list src=${FEED_URL} layout="list" lang="en"></pdk-partner-list>`, 'pdk-ready');
    const langOf = (node: Element | null | undefined) => (node ? (node.closest('[lang]')?.getAttribute('lang') ?? '') : 'missing');
    const names = [...list.shadowRoot!.querySelectorAll('[part~="name"] span')];
    expect(names.map((n) => `${n.textContent}: ${langOf(n)}`)).to.deep.equal(['Fundacja Przykład: pl', 'Ogród Społeczny: pl', 'The Greens: en']);
    expect(langOf(list.shadowRoot!.querySelector('[part~="description"]'))).to.equal('pl');
    const {el: calendar} = await mountUntil(html`<pdk-event-calendar src=${FEED_URL} month="2026-12" lang="en"></pdk-event-calendar>`, 'pdk-ready');
    expect(langOf(calendar.shadowRoot!.querySelector('[part~="event"] .title'))).to.equal('pl');
  });
});
