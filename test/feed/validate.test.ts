import {expect} from '@open-wc/testing';
import {FeedError} from '../../src/feed/feed-error.js';
import {validateFeed, validateFeedInSlices} from '../../src/feed/validate.js';
import {FEED_URL, event, feed, partner} from '../helpers/feeds.js';

const paths = (issues: readonly {path: string}[]) => issues.map((i) => i.path);

describe('validateFeed', () => {
  describe('in slices (a page stays responsive while a big feed is checked)', () => {
    const big = () =>
      feed({
        partners: Array.from({length: 300}, (_, i) => partner(`p${i}`)),
        events: [
          ...Array.from({length: 1000}, (_, i) => event(`e${i}`, {start: `2026-12-${String((i % 28) + 1).padStart(2, '0')}`, partners: [`p${i % 300}`]})),
          event('bad', {start: 'tomorrow'}),
          event('e5'),
        ],
      });

    it('gives the main thread back between groups of entries, with the same result', async () => {
      let pauses = 0;
      const sliced = await validateFeedInSlices(big(), FEED_URL, async () => void pauses++, 0);
      expect(sliced).to.deep.equal(validateFeed(big(), FEED_URL));
      expect(sliced.issues.map((i) => i.path)).to.deep.equal(['$.events[1000].start', '$.events[1001].id']);
      // A step ends before every 128th entry of a list (7 in 1,002 events, 2 in 300 partners);
      // with no time to spare, every step from the second on ends in a pause.
      expect(pauses).to.equal(8);
    });

    it('counts time spent before it (parsing the JSON) into its first slice', async () => {
      let pauses = 0;
      await validateFeedInSlices(big(), FEED_URL, async () => void pauses++, 60_000, performance.now() - 60_000);
      expect(pauses).to.equal(1);
    });

    it('does not pause while its slice lasts, nor in a small feed', async () => {
      let pauses = 0;
      await validateFeedInSlices(big(), FEED_URL, async () => void pauses++, 60_000);
      await validateFeedInSlices(feed({events: Array.from({length: 200}, (_, i) => event(`e${i}`))}), FEED_URL, async () => void pauses++, 0);
      expect(pauses).to.equal(0);
    });
  });

  describe('the whole feed', () => {
    it('reads a good feed without issues', () => {
      const {feed: f, issues} = validateFeed(feed(), FEED_URL);
      expect(issues).to.deep.equal([]);
      expect(f.partners.map((p) => p.id)).to.deep.equal(['a', 'b']);
      expect(f.timezone).to.equal('Europe/Warsaw');
      expect(f.join.email).to.equal('partnerstwo@um.warszawa.pl');
    });

    for (const [label, json] of [
      ['null', null],
      ['an array', []],
      ['a string', 'feed'],
    ] as const) {
      it(`rejects ${label} as a whole`, () => {
        expect(() => validateFeed(json)).to.throw(FeedError, /JSON object/);
      });
    }

    it('rejects another major version with a clear message', () => {
      const error = catchError(() => validateFeed(feed({version: 2})));
      expect(error.kind).to.equal('version');
      expect(error.message).to.contain('version 2').and.contain('version 1');
    });

    it('rejects a feed without a version', () => {
      expect(catchError(() => validateFeed({partners: []})).kind).to.equal('invalid');
    });

    it('defaults the time zone to Europe/Warsaw and reports a bad one', () => {
      expect(validateFeed(feed({timezone: undefined})).feed.timezone).to.equal('Europe/Warsaw');
      const {feed: f, issues} = validateFeed(feed({timezone: 'Mars/Olympus'}));
      expect(f.timezone).to.equal('Europe/Warsaw');
      expect(paths(issues)).to.include('$.timezone');
    });

    it('reports a list that is not a list and keeps the rest', () => {
      const {feed: f, issues} = validateFeed(feed({partners: {a: 1}}));
      expect(f.partners).to.deep.equal([]);
      expect(f.events).to.have.length(1);
      expect(paths(issues)).to.include('$.partners');
    });

    it('ignores unknown fields', () => {
      const {feed: f, issues} = validateFeed(feed({extra: true, partners: [partner('a', {colour: 'red'})]}));
      expect(issues).to.deep.equal([]);
      expect(f.partners[0]).not.to.have.property('colour');
    });
  });

  describe('bad entries are skipped, the rest render', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['a partner without a name', {partners: [partner('a', {name: undefined}), partner('b')]}, '$.partners[0].name'],
      ['a partner whose name is a number', {partners: [partner('a', {name: 5}), partner('b')]}, '$.partners[0].name'],
      ['a partner whose areas are not a list', {partners: [partner('a', {areas: 'x'}), partner('b')]}, '$.partners[0].areas'],
      ['a partner without a category', {partners: [partner('a', {category: undefined}), partner('b')]}, '$.partners[0].category'],
      ['an entry that is not an object', {partners: ['a', partner('b')]}, '$.partners[0]'],
      ['a text object with a wrong inner type', {partners: [partner('a', {description: {pl: 1}}), partner('b')]}, '$.partners[0].description.pl'],
      ['a duplicate id (the later copy)', {partners: [partner('b', {name: 'First'}), partner('b', {name: 'Second'})]}, '$.partners[1].id'],
      ['an event without a start', {events: [event('e1', {start: undefined}), event('e2')]}, '$.events[0].start'],
      ['an event without a title', {events: [event('e1', {title: ''}), event('e2')]}, '$.events[0].title'],
      ['an event titled only with spaces', {events: [event('e1', {title: {pl: ' ', en: '\n\t'}}), event('e2')]}, '$.events[0].title'],
      ['a partner named only with spaces', {partners: [partner('a', {name: '   '}), partner('b')]}, '$.partners[0].name'],
      ['a partner whose id is a space', {partners: [partner(' '), partner('b')]}, '$.partners[0].id'],
      ['a start without an offset', {events: [event('e1', {start: '2026-12-03T18:00:00'}), event('e2')]}, '$.events[0].start'],
      ['hour 24 (not the next day)', {events: [event('e1', {start: '2026-12-03T24:00:00+01:00'}), event('e2')]}, '$.events[0].start'],
      ['an impossible date', {events: [event('e1', {start: '2026-02-30'}), event('e2')]}, '$.events[0].start'],
      ['an end before the start', {events: [event('e1', {end: '2026-12-03T17:00:00+01:00'}), event('e2')]}, '$.events[0].end'],
      ['an all-day end before the start', {events: [event('e1', {start: '2026-12-03', end: '2026-12-02'}), event('e2')]}, '$.events[0].end'],
      ['a date end on a date-time start', {events: [event('e1', {end: '2026-12-04'}), event('e2')]}, '$.events[0].end'],
      ['a location that is text', {events: [event('e1', {location: 'Warszawa'}), event('e2')]}, '$.events[0].location'],
      // The day after an event's last must be a date too: past 9998 it would not be.
      ['a date in the year 9999', {events: [event('e1', {start: '9999-12-31'}), event('e2')]}, '$.events[0].start'],
      ['an all-day end in the year 9999', {events: [event('e1', {start: '2026-12-03', end: '9999-12-31'}), event('e2')]}, '$.events[0].end'],
      ['a date-time in the year 9999', {events: [event('e1', {start: '9999-12-31T12:00:00Z'}), event('e2')]}, '$.events[0].start'],
      ['a date-time after the year 9998', {events: [event('e1', {start: '9998-12-31T23:30:00-01:00'}), event('e2')]}, '$.events[0].start'],
      ['a date-time that is the year 0099 in Warsaw', {events: [event('e1', {start: '0100-01-01T00:30:00+02:00'}), event('e2')]}, '$.events[0].start'],
    ];
    for (const [label, fields, path] of cases) {
      it(`skips ${label}`, () => {
        const {feed: f, issues} = validateFeed(feed(fields), FEED_URL);
        const kind = path.startsWith('$.partners') ? 'partners' : 'events';
        expect(f[kind]).to.have.length(1);
        const skipped = issues.find((i) => i.path === path);
        expect(skipped, `issue at ${path} in ${JSON.stringify(issues)}`).to.exist;
        expect(skipped!.severity).to.equal('error');
      });
    }

    it('names every problem of a skipped entry, not only the first (an editor fixes them in one go)', () => {
      const bad = event('e1', {title: undefined, start: 'jutro', location: 'Warszawa', partners: 'p1'});
      const {feed: f, issues} = validateFeed(feed({events: [bad, event('e2')], partners: [partner('p1', {name: {pl: 7}, category: undefined})]}), FEED_URL);
      expect(f.events.map((e) => e.id)).to.deep.equal(['e2']);
      expect(f.partners).to.have.length(0);
      const errors = issues.filter((i) => i.severity === 'error');
      expect(paths(errors)).to.deep.equal([
        '$.events[0].title',
        '$.events[0].start',
        '$.events[0].location',
        '$.events[0].partners',
        '$.partners[0].name.pl',
        '$.partners[0].category',
      ]);
      expect(errors.every((i) => i.code === 'skipped' && i.message.endsWith('; entry skipped'))).to.be.true;
    });

    it('checks an end against the start only when both can be read', () => {
      const {issues} = validateFeed(feed({events: [event('e1', {start: 'jutro', end: '2026-12-01T10:00:00+01:00'}), event('e2', {start: undefined, end: 'pojutrze'})]}));
      expect(paths(issues)).to.deep.equal(['$.events[0].start', '$.events[1].start', '$.events[1].end']);
    });

    it('names every problem of "join" and ignores it', () => {
      const {feed: f, issues} = validateFeed(feed({join: {email: 5, action: 'https://example.org/join', privacyUrl: ['x']}}));
      expect(f.join).to.deep.equal({});
      expect(paths(issues)).to.deep.equal(['$.join.email', '$.join.privacyUrl']);
      expect(issues[1].message).to.match(/; "join" ignored$/);
    });

    it('keeps the first of two entries with one id', () => {
      const {feed: f} = validateFeed(feed({partners: [partner('b', {name: 'First'}), partner('b', {name: 'Second'})]}));
      expect(f.partners[0].name).to.equal('First');
    });
  });

  it('skips an entry its reader could not read, whatever went wrong, and keeps the rest', () => {
    // No JSON gives this, but a reader's own mistake must cost one entry, not the feed.
    const throwing = new Proxy({}, {get: () => { throw new Error('boom'); }, has: () => true});
    const {feed: f, issues} = validateFeed(feed({events: [throwing, event('e2')]}), FEED_URL);
    expect(f.events.map((e) => e.id)).to.deep.equal(['e2']);
    expect(issues.map((i) => [i.path, i.message])).to.deep.include(['$.events[0]', 'entry could not be read (Error: boom); entry skipped']);
  });

  describe('newer feeds', () => {
    it('shows an unknown category or type as "other", with a warning', () => {
      const {feed: f, issues} = validateFeed(
        feed({partners: [partner('a', {category: 'foundation'})], events: [event('e1', {type: 'hackathon'})]}),
      );
      expect(f.partners[0].category).to.equal('other');
      expect(f.events[0].type).to.equal('other');
      const unknown = issues.filter((i) => i.severity === 'warning');
      expect(paths(unknown)).to.include.members(['$.partners[0].category', '$.events[0].type']);
    });

    it('treats an unknown status as scheduled', () => {
      expect(validateFeed(feed({events: [event('e1', {status: 'postponed'})]})).feed.events[0].status).to.equal('scheduled');
    });
  });

  describe('URLs and text', () => {
    it('ignores a join.email that is not a plain address (a mailto: link would add its ?bcc=)', () => {
      const {feed: f, issues} = validateFeed(feed({join: {email: 'partnerstwo@um.warszawa.pl?bcc=inny@example.org'}}), FEED_URL);
      expect(f.join).not.to.have.property('email');
      expect(paths(issues)).to.include('$.join.email');
      expect(validateFeed(feed({join: {email: 'partnerstwo@um.warszawa.pl'}})).feed.join.email).to.equal('partnerstwo@um.warszawa.pl');
    });

    it('drops URLs that are not http(s) and keeps the entry', () => {
      const {feed: f, issues} = validateFeed(
        feed({partners: [partner('a', {url: 'javascript:alert(1)', logo: 'data:image/svg+xml,<svg/>'})]}),
        FEED_URL,
      );
      expect([f.partners[0].url, f.partners[0].logo]).to.deep.equal([undefined, undefined]);
      expect(paths(issues)).to.include.members(['$.partners[0].url', '$.partners[0].logo']);
    });

    it('resolves a relative logo against the feed URL', () => {
      const {feed: f} = validateFeed(feed({partners: [partner('a', {logo: 'logos/a.svg'})]}), FEED_URL);
      expect(f.partners[0].logo).to.equal('https://feeds.example.org/pdk/logos/a.svg');
    });

    it('does not resolve relative partner or event links', () => {
      const {feed: f} = validateFeed(feed({partners: [partner('a', {url: '/about'})]}), FEED_URL);
      expect(f.partners[0].url).to.be.undefined;
    });

    it('reads optional text of only spaces as none', () => {
      const {feed: f, issues} = validateFeed(feed({partners: [partner('a', {description: '  ', url: ' '})]}), FEED_URL);
      expect(f.partners[0].description).to.be.undefined;
      expect(f.partners[0].url).to.be.undefined;
      expect(issues).to.deep.equal([]);
    });

    it('keeps text as text, markup included', () => {
      const {feed: f} = validateFeed(feed({partners: [partner('a', {name: '<img src=x onerror=alert(1)>'})]}));
      expect(f.partners[0].name).to.equal('<img src=x onerror=alert(1)>');
    });

    it('drops a null join action without complaint', () => {
      const {feed: f, issues} = validateFeed(feed());
      expect(f.join).not.to.have.property('action');
      expect(issues).to.deep.equal([]);
    });
  });

  describe('event times', () => {
    it('reads a date as an all-day event in the feed zone', () => {
      const e = validateFeed(feed({events: [event('e1', {start: '2026-12-03', end: '2026-12-05'})]})).feed.events[0];
      expect(e.allDay).to.be.true;
      expect([e.firstDay, e.lastDay]).to.deep.equal(['2026-12-03', '2026-12-05']);
      expect(new Date(e.startMs).toISOString()).to.equal('2026-12-02T23:00:00.000Z');
      expect(new Date(e.endMs).toISOString()).to.equal('2026-12-05T23:00:00.000Z');
    });

    it('puts an event at 00:30 Warsaw time on its Warsaw day, not the UTC one', () => {
      const e = validateFeed(feed({events: [event('e1', {start: '2026-12-03T00:30:00+01:00'})]})).feed.events[0];
      expect(e.firstDay).to.equal('2026-12-03');
    });

    it('reads an offset from another zone into the feed zone', () => {
      const e = validateFeed(feed({events: [event('e1', {start: '2026-12-03T23:30:00Z'})]})).feed.events[0];
      expect(e.firstDay).to.equal('2026-12-04');
    });

    it('spans the days a timed event covers; ending at midnight does not add a day', () => {
      const {events} = validateFeed(
        feed({
          events: [
            event('a', {start: '2026-12-03T22:00:00+01:00', end: '2026-12-04T02:00:00+01:00'}),
            event('b', {start: '2026-12-03T22:00:00+01:00', end: '2026-12-04T00:00:00+01:00'}),
          ],
        }),
      ).feed;
      const [a, b] = ['a', 'b'].map((id) => events.find((e) => e.id === id)!);
      expect([a.firstDay, a.lastDay]).to.deep.equal(['2026-12-03', '2026-12-04']);
      expect([b.firstDay, b.lastDay]).to.deep.equal(['2026-12-03', '2026-12-03']);
    });

    it('sorts events by start', () => {
      const {feed: f} = validateFeed(
        feed({events: [event('late', {start: '2026-12-05'}), event('early', {start: '2026-12-01T10:00:00+01:00'})]}),
      );
      expect(f.events.map((e) => e.id)).to.deep.equal(['early', 'late']);
    });
  });

  describe('references', () => {
    it('warns about an organiser id that no partner has', () => {
      const {feed: f, issues} = validateFeed(feed({events: [event('e1', {partners: ['ghost']})]}));
      expect(f.events).to.have.length(1);
      expect(issues.map((i) => i.message).join()).to.contain('ghost');
    });
  });
});

function catchError(fn: () => unknown): FeedError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FeedError) return error;
    throw error;
  }
  throw new Error('expected a FeedError');
}
