import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import type {Feed} from '../../src/feed/types.js';
import {validateFeed} from '../../src/feed/validate.js';
import {removeJsonLd, resetScriptPolicy, syncJsonLd} from '../../src/event-calendar/json-ld.js';
import {isoInZone} from '../../src/feed/zoned-dates.js';
import {event, feed, partner} from '../helpers/feeds.js';

function makeFeed(events: Record<string, unknown>[], fields: Record<string, unknown> = {}): Feed {
  return validateFeed(feed({events, ...fields})).feed!;
}

const SELECTOR = 'script[type="application/ld+json"][data-pdk-json-ld]';

function scripts(host: HTMLElement) {
  return host.querySelectorAll<HTMLScriptElement>(SELECTOR);
}

type Json = Record<string, unknown>;
function graph(host: HTMLElement): Json[] {
  const data = JSON.parse(scripts(host)[0].textContent!) as Json;
  expect(data['@context']).to.equal('https://schema.org');
  return data['@graph'] as Json[];
}

describe('<pdk-event-calendar> JSON-LD', () => {
  let host: HTMLElement;
  beforeEach(async () => {
    host = await fixture(html`<div><p>fallback</p></div>`);
  });
  afterEach(() => {
    sinon.restore();
    resetScriptPolicy();
  });

  it('describes the events as schema.org Events in one light-DOM script', () => {
    const f = makeFeed(
      [
        event('debata', {
          title: {pl: 'Debata o transporcie', en: 'Transport debate'},
          end: '2026-12-03T20:00:00+01:00',
          location: {name: 'Centrum Kreatywności Targowa', address: 'ul. Targowa 56, Warszawa'},
          partners: ['a', 'nobody', 'b'],
          description: 'Opis',
          url: 'https://example.org/debata',
        }),
      ],
      {partners: [partner('a', {name: 'Fundacja Przykład', url: 'https://fundacja.example.org/'}), partner('b')]},
    );
    syncJsonLd(host, f.events, f, 'pl');
    expect(scripts(host)).to.have.length(1);
    expect(scripts(host)[0].parentElement).to.equal(host);
    const [e] = graph(host);
    expect(e).to.deep.equal({
      '@type': 'Event',
      name: 'Debata o transporcie',
      startDate: '2026-12-03T18:00:00+01:00',
      endDate: '2026-12-03T20:00:00+01:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Centrum Kreatywności Targowa',
        address: {'@type': 'PostalAddress', streetAddress: 'ul. Targowa 56, Warszawa'},
      },
      organizer: [
        {'@type': 'Organization', name: 'Fundacja Przykład', url: 'https://fundacja.example.org/'},
        {'@type': 'Organization', name: 'Partner b'},
      ],
      description: 'Opis',
      url: 'https://example.org/debata',
      inLanguage: 'pl',
    });
    syncJsonLd(host, f.events, f, 'en');
    expect(graph(host)[0].name).to.equal('Transport debate');
    expect(graph(host)[0].inLanguage).to.equal('en');
  });

  it('updates the script in place instead of adding another', () => {
    const f = makeFeed([event('e1'), event('e2'), event('e3')]);
    syncJsonLd(host, f.events, f, 'pl');
    const script = scripts(host)[0];
    syncJsonLd(host, f.events.slice(0, 1), f, 'pl');
    expect(scripts(host)).to.have.length(1);
    expect(scripts(host)[0]).to.equal(script);
    expect(graph(host)).to.have.length(1);
    syncJsonLd(host, f.events, f, 'pl');
    expect(scripts(host)).to.have.length(1);
    expect(graph(host).map((e) => e.name)).to.deep.equal(['Event e1', 'Event e2', 'Event e3']);
    expect(host.querySelector('p')!.textContent).to.equal('fallback');
  });

  it('writes times with the feed zone offset in winter and summer, and days for all-day events', () => {
    const f = makeFeed([
      event('winter', {start: '2026-12-03T17:00:00Z', end: '2026-12-03T19:00:00Z'}),
      event('summer', {start: '2027-07-01T10:00:00Z'}),
      event('night', {start: '2026-12-04T00:30:00+01:00'}),
      event('dst', {start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:30:00+02:00'}),
      event('allday', {start: '2026-12-03', end: '2026-12-05'}),
    ]);
    syncJsonLd(host, f.events, f, 'pl');
    const byName = Object.fromEntries(graph(host).map((e) => [e.name, e]));
    expect(byName['Event winter'].startDate).to.equal('2026-12-03T18:00:00+01:00');
    expect(byName['Event winter'].endDate).to.equal('2026-12-03T20:00:00+01:00');
    expect(byName['Event summer'].startDate).to.equal('2027-07-01T12:00:00+02:00');
    expect(byName['Event summer']).not.to.have.property('endDate');
    expect(byName['Event night'].startDate).to.equal('2026-12-04T00:30:00+01:00');
    expect(byName['Event dst'].startDate).to.equal('2027-03-28T01:30:00+01:00');
    expect(byName['Event dst'].endDate).to.equal('2027-03-28T03:30:00+02:00');
    expect(byName['Event allday'].startDate).to.equal('2026-12-03');
    expect(byName['Event allday'].endDate).to.equal('2026-12-05');
    expect(isoInZone(Date.parse('2026-12-03T17:00:00Z'), 'America/New_York')).to.equal('2026-12-03T12:00:00-05:00');
  });

  it('marks cancelled events and says where: a place, online, or both', () => {
    const f = makeFeed([
      event('cancelled', {status: 'cancelled', location: {address: 'ul. Targowa 56'}}),
      event('online', {online: 'https://meet.example.org/x'}),
      event('mixed', {online: 'https://meet.example.org/y', location: {name: 'Pałac Kultury'}}),
    ]);
    syncJsonLd(host, f.events, f, 'pl');
    const [cancelled, online, mixed] = graph(host);
    expect(cancelled.eventStatus).to.equal('https://schema.org/EventCancelled');
    expect(cancelled.location).to.deep.equal({
      '@type': 'Place',
      name: 'ul. Targowa 56',
      address: {'@type': 'PostalAddress', streetAddress: 'ul. Targowa 56'},
    });
    expect(online.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(online.location).to.deep.equal({'@type': 'VirtualLocation', url: 'https://meet.example.org/x'});
    expect(mixed.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(mixed.location).to.deep.equal([
      {'@type': 'Place', name: 'Pałac Kultury'},
      {'@type': 'VirtualLocation', url: 'https://meet.example.org/y'},
    ]);
  });

  it('escapes < so feed text cannot end the script', () => {
    const title = '</script><img src=x onerror="window.pwned=1">';
    const f = makeFeed([event('e1', {title})]);
    syncJsonLd(host, f.events, f, 'pl');
    const text = scripts(host)[0].textContent!;
    expect(text).not.to.contain('<');
    expect(text).to.contain('\\u003c/script>');
    expect(host.querySelector('img')).to.equal(null);
    expect(graph(host)[0].name).to.equal(title);
  });

  it('is removed by removeJsonLd, and when there are no events', () => {
    const f = makeFeed([event('e1')]);
    syncJsonLd(host, f.events, f, 'pl');
    removeJsonLd(host);
    expect(scripts(host)).to.have.length(0);
    syncJsonLd(host, f.events, f, 'pl');
    syncJsonLd(host, [], f, 'pl');
    expect(scripts(host)).to.have.length(0);
    expect(host.querySelector('p')).to.exist;
  });

  describe('Trusted Types', () => {
    it("writes the script through a policy named 'pdk-widgets', created once", () => {
      const tt = (window as unknown as {trustedTypes: {createPolicy: (...a: unknown[]) => unknown}}).trustedTypes;
      const createPolicy = sinon.stub(tt, 'createPolicy').callsFake((_name, rules) => ({
        createScript: sinon.spy((s: string) => (rules as {createScript: (s: string) => string}).createScript(s)),
      }));
      const f = makeFeed([event('e1'), event('e2')]);
      syncJsonLd(host, f.events, f, 'pl');
      syncJsonLd(host, f.events.slice(1), f, 'pl');
      expect(createPolicy.callCount).to.equal(1);
      expect(createPolicy.firstCall.args[0]).to.equal('pdk-widgets');
      const policy = createPolicy.firstCall.returnValue as {createScript: sinon.SinonSpy};
      expect(policy.createScript.callCount).to.equal(2);
      expect(graph(host)).to.have.length(1);
    });

    it('lets its policy, which other scripts on the page can reach, pass only JSON without "<"', () => {
      const tt = (window as unknown as {trustedTypes: {createPolicy: (...a: unknown[]) => unknown}}).trustedTypes;
      const createPolicy = sinon.stub(tt, 'createPolicy').callsFake((_name, rules) => rules);
      const f = makeFeed([event('e1')]);
      syncJsonLd(host, f.events, f, 'pl');
      const {createScript} = createPolicy.firstCall.returnValue as {createScript: (s: string) => string};
      expect(createScript('{"@context":"https://schema.org"}')).to.equal('{"@context":"https://schema.org"}');
      expect(() => createScript('alert(document.cookie)')).to.throw(SyntaxError);
      expect(() => createScript('{"a":"</script><img src=x onerror=alert(1)>"}')).to.throw(TypeError);
    });

    it('skips JSON-LD silently when the page does not allow the policy', () => {
      const tt = (window as unknown as {trustedTypes: {createPolicy: (...a: unknown[]) => unknown}}).trustedTypes;
      sinon.stub(tt, 'createPolicy').throws(new TypeError('Policy "pdk-widgets" disallowed.'));
      const f = makeFeed([event('e1')]);
      expect(() => syncJsonLd(host, f.events, f, 'pl')).not.to.throw();
      expect(scripts(host)).to.have.length(0);
    });

    it('skips JSON-LD silently when writing the script throws', () => {
      const tt = (window as unknown as {trustedTypes: {createPolicy: (...a: unknown[]) => unknown}}).trustedTypes;
      sinon.stub(tt, 'createPolicy').returns({
        createScript: () => {
          throw new TypeError('refused');
        },
      });
      const f = makeFeed([event('e1')]);
      expect(() => syncJsonLd(host, f.events, f, 'pl')).not.to.throw();
      expect(scripts(host)).to.have.length(0);
    });

    // Runs last in this file: a CSP added to the page cannot be taken back.
    describe('under an enforcing Content-Security-Policy', () => {
      function addPolicy(content: string) {
        const meta = document.createElement('meta');
        meta.httpEquiv = 'Content-Security-Policy';
        meta.content = content;
        document.head.append(meta);
      }

      it('writes JSON-LD where the page allows pdk-widgets', () => {
        addPolicy("require-trusted-types-for 'script'; trusted-types lit-html pdk-widgets 'allow-duplicates'");
        const probe = document.createElement('script');
        expect(() => (probe.textContent = '{}'), 'Trusted Types are enforced').to.throw(TypeError);
        const f = makeFeed([event('e1')]);
        syncJsonLd(host, f.events, f, 'pl');
        expect(graph(host)[0].name).to.equal('Event e1');
      });

      it('skips JSON-LD, without throwing, where the page does not allow pdk-widgets', () => {
        addPolicy('trusted-types lit-html');
        const f = makeFeed([event('e1')]);
        expect(() => syncJsonLd(host, f.events, f, 'pl')).not.to.throw();
        expect(scripts(host)).to.have.length(0);
      });
    });
  });
});
