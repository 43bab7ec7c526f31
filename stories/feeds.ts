/**
 * Feeds for stories: files in the repo, or feeds made in the browser, never
 * the internet. Relative URLs resolve against Storybook's iframe.html, so
 * they work wherever the static Storybook is hosted (also on a sub-path).
 *
 * Which outcome a story's element should reach is read from its `src` by the
 * story smoke test (test/storybook/stories.test.ts): FAILING_FEEDS give
 * `pdk-error`, a hanging feed stays loading, everything else gives `pdk-ready`.
 */
// @ts-expect-error -- a plain .mjs script with JSDoc types only; typed below as MakeLargeFeed.
import {makeLargeFeed as untypedMakeLargeFeed} from '../scripts/feeds/large-feed.mjs';

type MakeLargeFeed = (options: {partners?: number; events?: number; seed?: number; today?: string}) => Record<string, unknown>;
const makeLargeFeed = untypedMakeLargeFeed as MakeLargeFeed;

/** The sample feed (sample/feed.json, served as /sample by staticDirs): ~37 partners, ~51 events around SAMPLE_TODAY. */
export const SAMPLE_FEED = 'sample/feed.json';
/** The day the sample feed is built around (Europe/Warsaw). */
export const SAMPLE_TODAY = '2026-12-01';
/** The month of the sample feed, for `<pdk-event-calendar month=…>`. */
export const SAMPLE_MONTH = SAMPLE_TODAY.slice(0, 7);

/** A URL that answers 404: the error state. */
export const MISSING_FEED = 'sample/no-such-feed.json';
/** A file that is not JSON: the error state. */
export const NOT_JSON_FEED = 'sample/bad/not-json.json';
/** A feed of another major version (2): the error state. */
export const WRONG_VERSION_FEED = 'sample/bad/version-2.json';
/** Every feed above that must end in the error state (`pdk-error`). */
export const FAILING_FEEDS: readonly string[] = [MISSING_FEED, NOT_JSON_FEED, WRONG_VERSION_FEED];

/**
 * A feed that never answers: the loading state. .storybook/preview.ts makes
 * fetch hang for any path ending in `/__never__/feed.json` (honouring the
 * abort signal, so the element's own 10-second timeout still ends in its
 * error state, as on a real dead server).
 */
export const NEVER_FEED = '__never__/feed.json';
let hanging = 0;
/** A fresh never-answering URL, so each story waits on its own request (the feed layer shares one per URL). */
export function hangingFeedUrl(): string {
  hanging += 1;
  return `${NEVER_FEED}?n=${hanging}`;
}

/** Absolute URL of the sample feed, for rewriting the relative logo paths of feeds made here. */
function sampleBase(): string {
  return new URL(SAMPLE_FEED, document.baseURI).href;
}

/** A blob: URL serving `feed` as JSON. Logos given relative to sample/ are made absolute (a blob: URL has no directory). */
function blobFeedUrl(feed: Record<string, unknown>): string {
  const base = sampleBase();
  const partners = (feed.partners as Array<Record<string, unknown>> | undefined)?.map((p) =>
    typeof p.logo === 'string' ? {...p, logo: new URL(p.logo, base).href} : p,
  );
  const text = JSON.stringify(partners ? {...feed, partners} : feed);
  return URL.createObjectURL(new Blob([text], {type: 'application/json'}));
}

const largeFeeds = new Map<string, string>();
/**
 * A large generated feed (scripts/feeds/large-feed.mjs) as a blob: URL; made
 * once per size and kept for the page's life. 3,000 partners and 10,000
 * events (~5 MB) take about a quarter of a second to make.
 */
export function largeFeedUrl({partners = 3000, events = 10000, seed = 1, today = SAMPLE_TODAY} = {}): string {
  const key = `${partners}/${events}/${seed}/${today}`;
  let url = largeFeeds.get(key);
  if (!url) {
    url = blobFeedUrl(makeLargeFeed({partners, events, seed, today}));
    largeFeeds.set(key, url);
  }
  return url;
}

let emptyFeed: string | undefined;
/** A valid feed with no partners and no events: the empty state. */
export function emptyFeedUrl(): string {
  emptyFeed ??= blobFeedUrl({version: 1, timezone: 'Europe/Warsaw', areas: [], partners: [], events: []});
  return emptyFeed;
}

async function sampleFeedJson(): Promise<Record<string, unknown>> {
  const response = await fetch(SAMPLE_FEED);
  return (await response.json()) as Record<string, unknown>;
}

type Text = string | {pl: string; en: string};
const fourTimes = (text: string) => Array(4).fill(text).join(' ');

let longDescriptions: Promise<string> | undefined;
/** The sample feed with every third partner's description four times as long, past what a card shows whole (320 characters). */
export function longDescriptionsFeedUrl(): Promise<string> {
  longDescriptions ??= sampleFeedJson().then((feed) => {
    const partners = (feed.partners as Array<Record<string, unknown>>).map((partner, i) => {
      const text = partner.description as Text | undefined;
      if (i % 3 || !text) return partner;
      return {...partner, description: typeof text === 'string' ? fourTimes(text) : {pl: fourTimes(text.pl), en: fourTimes(text.en)}};
    });
    return blobFeedUrl({...feed, partners});
  });
  return longDescriptions;
}

const zonedFeeds = new Map<string, Promise<string>>();
/**
 * The sample feed with its `timezone` replaced (a blob: URL). Event times keep
 * their offsets, so this shows what the feed's zone does: it, not the
 * visitor's zone, decides the day and hour every widget shows. For a loader:
 * `loaders: [async ({args}) => ({src: await zonedFeedUrl(args.feedZone)})]`.
 */
export function zonedFeedUrl(timeZone: string): Promise<string> {
  let url = zonedFeeds.get(timeZone);
  if (!url) {
    url = sampleFeedJson().then((feed) => blobFeedUrl({...feed, timezone: timeZone}));
    zonedFeeds.set(timeZone, url);
  }
  return url;
}

/** A feed URL that answers 404 but has a saved copy: the stale state (data with a notice of its age). */
export const GONE_FEED = 'sample/gone-feed.json';
/** The feed layer's localStorage key prefix (src/feed/stale-copy.ts). */
const COPY_PREFIX = 'pdk-widgets:feed:';
/**
 * Saves the sample feed as the last good copy of GONE_FEED, `ageMs` old, and
 * returns GONE_FEED; the element then shows the copy with its age. For a loader:
 * `loaders: [async () => ({src: await staleFeedUrl()})]`.
 */
export async function staleFeedUrl(ageMs = 3 * 3_600_000): Promise<string> {
  const text = JSON.stringify(await sampleFeedJson());
  const url = new URL(GONE_FEED, document.baseURI).href;
  localStorage.setItem(COPY_PREFIX + url, JSON.stringify({savedAt: Date.now() - ageMs, text}));
  return GONE_FEED;
}

/** Parameters of a story that makes its own feed: the `src` control would change nothing there. */
export const OWN_FEED = {controls: {exclude: ['src']}};
