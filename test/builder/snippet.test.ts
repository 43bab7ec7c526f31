import {expect} from '@open-wc/testing';
import {buildSnippet, escapeHtml} from '../../src/builder/snippet.js';
import {contrastRatio} from '../../src/builder/contrast.js';
import {palette, themeDeclarations, typeColours} from '../../src/builder/palette.js';
import {EVENT_TYPES} from '../../src/feed/types.js';
import {DEFAULT_SETTINGS, DEFAULT_THEME, elementAttributes, type Settings} from '../../src/builder/settings.js';

const FEED = 'https://feeds.example.org/pdk/feed.json';
const BASE = 'https://cdn.example.org/pdk-widgets/dist/cdn/';
const FILES = [
  {path: 'pdk-event-calendar.js', integrity: 'sha384-ENTRY'},
  {path: 'chunks/lit-abc.js', integrity: 'sha384-LIT'},
];
const settings = (patch: Partial<Settings>): Settings => ({...DEFAULT_SETTINGS, src: FEED, ...patch});

describe('snippet', () => {
  describe('elementAttributes', () => {
    it('gives the partner list exactly its SPEC attributes, in SPEC order, defaults left out', () => {
      const all = settings({
        element: 'pdk-partner-list',
        layout: 'logos',
        category: ['ngo', 'business'],
        area: ['eco-transport'],
        controls: true,
        limit: 12,
        // Not the partner list's: must not appear.
        view: 'list',
        type: ['debate'],
        partner: ['a'],
        past: true,
        follow: true,
        email: 'x@example.org',
      });
      expect(elementAttributes(all)).to.deep.equal([
        ['src', FEED],
        ['layout', 'logos'],
        ['category', 'ngo,business'],
        ['area', 'eco-transport'],
        ['controls', ''],
        ['limit', '12'],
      ]);
      expect(elementAttributes(settings({element: 'pdk-partner-list'}))).to.deep.equal([['src', FEED]]);
    });

    it('gives the calendar its attributes; limit and past only in the list view, month only in the month view', () => {
      const base = {element: 'pdk-event-calendar', partner: ['p1', 'p2'], type: ['debate'], area: ['x'], controls: true, limit: 5, past: true, follow: true, month: '2026-12'} as const;
      expect(elementAttributes(settings({...base, view: 'list'}))).to.deep.equal([
        ['src', FEED],
        ['view', 'list'],
        ['partner', 'p1,p2'],
        ['type', 'debate'],
        ['area', 'x'],
        ['controls', ''],
        ['limit', '5'],
        ['past', ''],
        ['follow', ''],
      ]);
      expect(elementAttributes(settings({...base, view: 'month'})).map(([name]) => name)).to.deep.equal([
        'src',
        'month',
        'partner',
        'type',
        'area',
        'controls',
        'follow',
      ]);
    });

    it('gives the join button src, action and email, and any element a chosen lang', () => {
      expect(
        elementAttributes(settings({element: 'pdk-join-button', action: ' https://api.example.org/join ', email: 'a@b.pl', lang: 'en', controls: true})),
      ).to.deep.equal([
        ['src', FEED],
        ['action', 'https://api.example.org/join'],
        ['email', 'a@b.pl'],
        ['lang', 'en'],
      ]);
    });

    it('leaves out a join endpoint or e-mail the form could not use: the feed\'s address stays the fallback', () => {
      const join = (action: string, email = '') => elementAttributes(settings({element: 'pdk-join-button', action, email})).map(([name]) => name);
      expect(join('partnerstwo@um.warszawa.pl')).to.deep.equal(['src']);
      expect(join('api.example.org/join')).to.deep.equal(['src']);
      expect(join('javascript:alert(1)')).to.deep.equal(['src']);
      expect(join('/api/join')).to.deep.equal(['src', 'action']);
      expect(join('', 'not an address')).to.deep.equal(['src']);
      expect(join('', 'a?b@c.pl')).to.deep.equal(['src']);
      expect(join('', 'a@b.pl')).to.deep.equal(['src', 'email']);
    });
  });

  describe('themeDeclarations', () => {
    it('lists only what differs from the defaults', () => {
      expect(themeDeclarations(DEFAULT_THEME, 'pdk-event-calendar')).to.deep.equal([]);
      expect(themeDeclarations({...DEFAULT_THEME, accent: '#0055AA', radius: 0}, 'pdk-event-calendar')).to.deep.equal([
        ['--pdk-color-accent', '#0055aa'],
        ['--pdk-color-accent-soft', '#d9e6f2'],
        ['--pdk-radius', '0em'],
      ]);
    });

    it('derives the other colours from a dark background, so they read on it', () => {
      expect(themeDeclarations({...DEFAULT_THEME, text: '#ffffff', bg: '#000000', accent: '#66bb6a'}, 'pdk-partner-list')).to.deep.equal([
        ['--pdk-color-accent', '#66bb6a'],
        ['--pdk-color-text', '#ffffff'],
        ['--pdk-color-bg', '#000000'],
        ['--pdk-color-muted', '#cccccc'],
        ['--pdk-color-surface', '#0d0d0d'],
        ['--pdk-color-border', '#999999'],
        ['--pdk-color-accent-soft', '#0f1c10'],
        ['--pdk-color-accent-contrast', '#000000'],
        ['--pdk-color-danger', '#ff8a80'],
        ['--pdk-color-scheme', 'dark'],
      ]);
    });

    it('lightens the calendar\'s type markers on a dark page to 3:1 on the page and the chips (WCAG 1.4.11)', () => {
      const dark = {...DEFAULT_THEME, text: '#eeeeee', bg: '#111111'};
      const colours = palette(dark);
      const markers = typeColours(colours);
      for (const type of EVENT_TYPES) {
        expect(contrastRatio(markers[type], colours.bg), type).to.be.at.least(3);
        expect(contrastRatio(markers[type], colours.surface), type).to.be.at.least(3);
      }
      // The snippet sets those that differ from the defaults: all but the light enough orange.
      const declared = themeDeclarations(dark, 'pdk-event-calendar').filter(([name]) => name.startsWith('--pdk-calendar-type-'));
      expect(declared).to.deep.equal(EVENT_TYPES.filter((type) => type !== 'happening').map((type) => [`--pdk-calendar-type-${type}`, markers[type]]));
      // Only the calendar draws markers.
      expect(themeDeclarations(dark, 'pdk-partner-list').some(([name]) => name.startsWith('--pdk-calendar-'))).to.be.false;
    });
  });

  describe('buildSnippet', () => {
    it('makes the exact snippet for a fixed set of settings', () => {
      const snippet = buildSnippet({
        settings: settings({view: 'list', type: ['debate', 'workshop'], limit: 5, lang: 'en', theme: {...DEFAULT_THEME, accent: '#0055aa', bg: '#fafafa'}}),
        base: BASE,
        files: FILES,
      });
      expect(snippet).to.equal(
        [
          '<link rel="modulepreload" href="https://cdn.example.org/pdk-widgets/dist/cdn/chunks/lit-abc.js" integrity="sha384-LIT" crossorigin="anonymous">',
          '<script type="module" src="https://cdn.example.org/pdk-widgets/dist/cdn/pdk-event-calendar.js" integrity="sha384-ENTRY" crossorigin="anonymous"></script>',
          '<style>',
          '  pdk-event-calendar:not(:defined) {',
          '    display: block;',
          '    min-height: 16em;',
          '  }',
          '  pdk-event-calendar {',
          '    --pdk-color-accent: #0055aa;',
          '    --pdk-color-bg: #fafafa;',
          '    --pdk-color-muted: #484b49;',
          '    --pdk-color-surface: #efefef;',
          '    --pdk-color-border: #747775;',
          '    --pdk-color-accent-soft: #d5e1ee;',
          '  }',
          '</style>',
          '<pdk-event-calendar src="https://feeds.example.org/pdk/feed.json" view="list" type="debate,workshop" limit="5" lang="en"></pdk-event-calendar>',
          '',
        ].join('\n'),
      );
    });

    it('keeps only the reserved space with the default theme, and names the entry even without hashes', () => {
      const snippet = buildSnippet({settings: settings({element: 'pdk-join-button'}), base: BASE, files: []});
      expect(snippet).to.equal(
        '<script type="module" src="https://cdn.example.org/pdk-widgets/dist/cdn/pdk-join-button.js"></script>\n' +
          '<style>\n  pdk-join-button:not(:defined) {\n    display: block;\n    min-height: 2.75em;\n  }\n</style>\n' +
          '<pdk-join-button src="https://feeds.example.org/pdk/feed.json"></pdk-join-button>\n',
      );
    });

    it('keeps the month view its height, which the list view does not need', () => {
      const month = buildSnippet({settings: settings({view: 'month'}), base: BASE, files: []});
      expect(month).to.contain('  pdk-event-calendar:not(:defined) {\n    display: block;\n    min-height: calc(10em + 5 * max(6.5em, 97.5px));\n  }\n');
      const list = buildSnippet({settings: settings({element: 'pdk-partner-list'}), base: BASE, files: []});
      expect(list).to.contain('  pdk-partner-list:not(:defined) {\n    display: block;\n    min-height: 12em;\n  }\n');
    });

    it('escapes what people type', () => {
      expect(escapeHtml(`"><script>alert('x')</script>&`)).to.equal('&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;');
      const snippet = buildSnippet({
        settings: settings({element: 'pdk-join-button', src: 'https://x.org/f.json?a=1&b="2"', action: 'https://x.org/join?<b>'}),
        base: BASE,
        files: [],
      });
      expect(snippet).to.contain('src="https://x.org/f.json?a=1&amp;b=&quot;2&quot;"');
      expect(snippet).to.contain('action="https://x.org/join?&lt;b&gt;"');
      const parsed = new DOMParser().parseFromString(snippet, 'text/html').querySelector('pdk-join-button')!;
      expect(parsed.getAttribute('action')).to.equal('https://x.org/join?<b>');
      expect(parsed.getAttribute('src')).to.equal('https://x.org/f.json?a=1&b="2"');
    });
  });
});
