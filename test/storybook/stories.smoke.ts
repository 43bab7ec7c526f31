/**
 * Every story of the built Storybook, one test each: the story's iframe
 * (served from storybook-static/ under /sb/ by wtr-stories.config.mjs) must
 * render with no console error, no uncaught exception and no Storybook
 * render error; each widget must reach the state its feed implies; and axe
 * must find no violation in the story root.
 *
 * Expected states come from each widget's `src` (stories/feeds.ts): a
 * failing feed gives pdk-error, a never-answering feed stays loading, any
 * other feed gives pdk-ready. A story tagged `expect-error` expects
 * pdk-error from all its widgets. An expected pdk-error is no failure; a
 * console.error still is.
 *
 * .storybook/smoke-hooks.ts records what happens inside the iframe from the
 * start; .storybook/settle.ts makes Storybook call a story finished only
 * once its widgets have reported, so "finished" is the moment to check.
 */
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {StorybookRecord} from '../../.storybook/smoke-hooks.js';
import {FAILING_FEEDS, NEVER_FEED} from '../../stories/feeds.js';

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}

interface AxeResults {
  violations: {id: string; impact: string; help: string; nodes: {target: unknown[]; failureSummary?: string}[]}[];
}

type StoryWindow = Window & {
  __pdkStorybook?: StorybookRecord;
  axe?: {run(context: Element, options: object): Promise<AxeResults>};
};

const STORYBOOK = '/sb/';
const FINISH_TIMEOUT_MS = 60_000;

const index = (await (await fetch(`${STORYBOOK}index.json`)).json()) as {entries: Record<string, IndexEntry>};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

interface ManifestItem {
  name: string;
  description?: string;
}
type ManifestKind = 'attributes' | 'events' | 'slots' | 'cssParts' | 'cssProperties';
type ManifestElement = {tagName?: string} & Partial<Record<ManifestKind, ManifestItem[]>>;
const KINDS: readonly ManifestKind[] = ['attributes', 'events', 'slots', 'cssParts', 'cssProperties'];
/** The Docs table's section for each kind (.storybook/arg-types.ts). */
const SECTIONS: Record<ManifestKind, string> = {
  attributes: 'attributes',
  events: 'events',
  slots: 'slots',
  cssParts: 'css shadow parts',
  cssProperties: 'css custom properties',
};
// custom-elements.json, which `npm run analyze` writes at the repository root.
const manifest = (await (await fetch('/custom-elements.json')).json()) as {modules: {declarations?: ManifestElement[]}[]};
/** SPEC's elements: each has an Elements/<tag> Docs page that must show its whole API. */
const SPEC_TAGS = ['pdk-event-calendar', 'pdk-join-button', 'pdk-partner-list'];
const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => SPEC_TAGS.includes(d.tagName ?? ''));

let axeSource: Promise<string> | undefined;
/** axe-core's browser build, injected into each story's window (it must run in the document it checks). */
function loadAxe(): Promise<string> {
  axeSource ??= fetch('/node_modules/axe-core/axe.min.js').then((response) => response.text());
  return axeSource;
}

function openStory(id: string, viewMode: 'story' | 'docs' = 'story'): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = id;
  frame.width = '1100';
  frame.height = '900';
  // a11y.manual: the a11y addon does not run axe by itself; this test runs it (below), once,
  // with no per-story settings that could switch a rule off. On 1,000 partner cards a run takes long.
  frame.src = `${STORYBOOK}iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=a11y.manual:!true`;
  document.body.append(frame);
  return frame;
}

function expectedState(src: string, base: string, tags: readonly string[]): 'ready' | 'error' | 'loading' {
  if (tags.includes('expect-error')) return 'error';
  const url = new URL(src || 'about:blank', base);
  if (url.pathname.endsWith(`/${NEVER_FEED}`)) return 'loading';
  if (FAILING_FEEDS.some((feed) => new URL(feed, base).href === url.href)) return 'error';
  return 'ready';
}

function describeViolations(results: AxeResults): string {
  return results.violations
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n')}`)
    .join('\n');
}

// The story frame must sit wholly inside this page's viewport, as a story does in a browser
// window: content-visibility (e.g. the partner cards) skips rendering whatever lies outside the
// top-level viewport, and axe then misreads the colours of that skipped content.
before(() => setViewport({width: 1200, height: 1000}));

describe('stories (built Storybook)', () => {
  it('has stories to check', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name}`, async () => {
      const frame = openStory(story.id);
      try {
        const win = () => frame.contentWindow as StoryWindow;
        await waitUntil(() => win().__pdkStorybook?.finished?.storyId === story.id, `the story did not finish rendering in ${FINISH_TIMEOUT_MS} ms`, {
          timeout: FINISH_TIMEOUT_MS,
          interval: 50,
        });
        const record = win().__pdkStorybook!;
        const doc = frame.contentDocument!;
        const root = doc.querySelector('#storybook-root')!;

        const widgets = [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('pdk-'));
        expect(widgets.length, 'widgets in the story').to.be.greaterThan(0);
        for (const widget of widgets) {
          const expected = expectedState(widget.getAttribute('src') ?? '', doc.baseURI, story.tags ?? []);
          const label = `<${widget.localName} src="${widget.getAttribute('src') ?? ''}">`;
          if (expected === 'loading') {
            expect(widget.shadowRoot?.querySelector('[part~="loading"]'), `${label} shows its loading state`).to.exist;
          } else {
            expect(record.outcomes.get(widget), `${label} fires pdk-${expected}`).to.equal(expected);
          }
        }

        const script = doc.createElement('script');
        script.textContent = await loadAxe();
        doc.head.append(script);
        // "region" is off as in the a11y addon: a widget alone on a page is in no landmark; host pages provide them.
        const results = await win().axe!.run(root, {resultTypes: ['violations'], rules: {region: {enabled: false}}});
        expect(results.violations, `axe violations:\n${describeViolations(results)}`).to.be.empty;

        expect(record.problems, 'console errors and uncaught exceptions').to.deep.equal([]);
        expect(record.finished?.status, 'Storybook status (render or play errors)').to.equal('success');
      } finally {
        frame.remove();
      }
    });
  }
});

describe('docs (built Storybook)', () => {
  it('has the three elements in custom-elements.json', () => {
    expect(elements.map((e) => e.tagName).sort()).to.deep.equal(SPEC_TAGS);
  });

  for (const element of elements) {
    it(`<${element.tagName}>: every attribute, event, slot, part and custom property, with its description`, async () => {
      const docs = Object.values(index.entries).find((e) => e.type === 'docs' && e.id.startsWith(`elements-${element.tagName}--`));
      expect(docs, `a Docs page for ${element.tagName}`).to.exist;
      const frame = openStory(docs!.id, 'docs');
      try {
        // The table's rows by section ("attributes", "css shadow parts", …) and name: a part may share an attribute's name.
        const rows = () => {
          const table = frame.contentDocument?.querySelector('#storybook-docs .docblock-argstable');
          const found = new Map<string, HTMLTableRowElement>();
          let section = '';
          for (const tr of table?.querySelectorAll<HTMLTableRowElement>('tbody tr') ?? []) {
            const header = /^(?:Hide|Show) (.+?) items/.exec(tr.textContent?.trim() ?? '');
            if (header) section = header[1];
            else found.set(`${section}/${tr.cells[0]?.textContent?.trim()}`, tr);
          }
          return found;
        };
        const missing = () =>
          KINDS.flatMap((kind) => (element[kind] ?? []).map((item) => `${SECTIONS[kind]}/${item.name || '(default)'}`)).filter((key) => {
            const tr = rows().get(key);
            return !tr || !tr.cells[1]?.textContent?.trim();
          });
        await waitUntil(() => rows().size > 0 && missing().length === 0, 'rows missing from the Docs table', {timeout: FINISH_TIMEOUT_MS, interval: 100}).catch(() => undefined);
        expect(
          missing(),
          'manifest entries missing from the Docs table (or shown without a description)',
        ).to.deep.equal([]);
        for (const kind of KINDS) {
          const undocumented = (element[kind] ?? []).filter((item) => !item.description?.trim()).map((item) => item.name || '(default)');
          expect(undocumented, `${kind} without a description in the JSDoc`).to.deep.equal([]);
        }
        expect(frame.contentWindow && (frame.contentWindow as StoryWindow).__pdkStorybook?.problems, 'console errors').to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});
