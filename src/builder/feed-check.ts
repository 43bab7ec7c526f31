/**
 * Checks a feed URL the way a partner's page will use it: can it be fetched,
 * is it JSON, is it a version 1 feed, and may other sites read it (CORS).
 *
 * A browser hides why a cross-origin request failed. The one pattern that
 * tells a missing CORS header apart from a host that cannot be reached:
 * `fetch` throws a TypeError, while the same URL in `no-cors` mode (which
 * may not read the answer) succeeds with an opaque response.
 */
import type {Feed, FeedIssue} from '../feed/types.js';
import {FeedError} from '../feed/feed-error.js';
import {validateFeed} from '../feed/validate.js';

export const CHECK_TIMEOUT_MS = 10_000;

/** `not-url`: what was typed is no address (the builder says so without fetching). */
export type FeedProblem = 'not-url' | 'unreachable' | 'http' | 'not-json' | 'version' | 'invalid' | 'no-cors';

export type FeedCheck =
  | {
      readonly ok: true;
      readonly feed: Feed;
      /** What validation found (entries skipped or changed), with their JSON paths. */
      readonly issues: readonly FeedIssue[];
      /** False when the feed is on the builder's own origin and sends no `Access-Control-Allow-Origin`: other sites cannot read it. */
      readonly cors: boolean;
    }
  | {readonly ok: false; readonly problem: FeedProblem; readonly status?: number; readonly detail?: string};

export async function checkFeed(url: string, signal?: AbortSignal): Promise<FeedCheck> {
  const timeout = AbortSignal.timeout(CHECK_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {signal: combined, cache: 'no-cache'});
  } catch (error) {
    if (signal?.aborted) throw error;
    if (!(error instanceof TypeError)) return {ok: false, problem: 'unreachable'};
    return (await probeWithoutCors(url, combined)) ? {ok: false, problem: 'no-cors'} : {ok: false, problem: 'unreachable'};
  }
  if (!response.ok) return {ok: false, problem: 'http', status: response.status};
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch {
    return {ok: false, problem: 'not-json'};
  }
  try {
    const {feed, issues} = validateFeed(json, response.url || url);
    // A cross-origin answer could only be read because the header was there;
    // a same-origin one must be asked, as partners' sites are other origins.
    const cors = response.type === 'cors' || response.headers.has('access-control-allow-origin');
    return {ok: true, feed, issues, cors};
  } catch (error) {
    // Only a number is another version of our format; "1.0.0" is some other JSON (a package.json).
    const otherVersion = error instanceof FeedError && error.kind === 'version' && typeof (json as {version?: unknown}).version === 'number';
    const problem = otherVersion ? 'version' : 'invalid';
    return {ok: false, problem, detail: error instanceof Error ? error.message : String(error)};
  }
}

async function probeWithoutCors(url: string, signal: AbortSignal): Promise<boolean> {
  try {
    await fetch(url, {mode: 'no-cors', signal, cache: 'no-cache'});
    return true;
  } catch {
    return false;
  }
}
