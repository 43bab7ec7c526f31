/**
 * The commands that read a built feed: `pdk-feed stats` and `pdk-feed ics`.
 * Both see the feed as the widgets do (validateFeed, bad entries left out)
 * and say on stderr when it has errors, which `validate` then lists.
 */
import {FeedError} from '../feed/feed-error.js';
import type {Feed} from '../feed/types.js';
import {validateFeed} from '../feed/validate.js';
import {buildCalendar} from '../ics/ics.js';
import {buildMessages} from './build-messages.js';
import {messages, type CliLang} from './messages.js';
import {computeStats, formatStats} from './stats.js';
import {writeOutput} from './write-output.js';
import {ReadError, STRICT_ERROR_CODES, load} from './validate-command.js';

/** The feed, or the exit code: 2 when it cannot be read, 1 when it is not a feed. */
async function readFeed(source: string, lang: CliLang): Promise<Feed | number> {
  const t = buildMessages[lang];
  let text: string;
  let baseUrl: string;
  try {
    ({text, baseUrl} = await load(source, messages[lang]));
  } catch (error) {
    if (!(error instanceof ReadError)) throw error;
    process.stderr.write(`${messages[lang].cannotRead(source, error.message)}\n`);
    return 2;
  }
  try {
    const {feed, issues} = validateFeed(JSON.parse(text), baseUrl);
    // Counted as validate counts them, so the two commands name the same number.
    const errors = issues.filter((i) => i.severity === 'error' || STRICT_ERROR_CODES.has(i.code)).length;
    if (errors) process.stderr.write(`pdk-feed: ${t.feedHasErrors(errors, source)}\n`);
    return feed;
  } catch (error) {
    if (!(error instanceof SyntaxError || error instanceof FeedError)) throw error;
    process.stderr.write(`pdk-feed: ${t.notAFeed(source, error.message.replace(/\.$/, ''))}\n`);
    return 1;
  }
}


export interface StatsOptions {
  readonly source: string;
  readonly json: boolean;
  readonly lang: CliLang;
  readonly now?: number;
}

/** `pdk-feed stats FEED [--json]`. */
export async function statsCommand(options: StatsOptions): Promise<number> {
  const feed = await readFeed(options.source, options.lang);
  if (typeof feed === 'number') return feed;
  const stats = computeStats(feed, options.now ?? Date.now());
  process.stdout.write(options.json ? `${JSON.stringify(stats, null, 2)}\n` : formatStats(stats, feed, options.lang));
  return 0;
}

export interface IcsOptions {
  readonly source: string;
  readonly output?: string;
  readonly name?: string;
  readonly lang: CliLang;
  readonly now?: number;
}

/**
 * `pdk-feed ics FEED -o events.ics`: one subscribable calendar of every
 * event, cancelled ones as STATUS:CANCELLED (so subscribers' copies are
 * cancelled too, rather than silently kept), named with the feed's time zone.
 */
export async function icsCommand(options: IcsOptions): Promise<number> {
  const feed = await readFeed(options.source, options.lang);
  if (typeof feed === 'number') return feed;
  const t = buildMessages[options.lang];
  const calendar = buildCalendar(feed.events, feed, {
    lang: options.lang,
    now: options.now ?? Date.now(),
    name: options.name ?? t.calendarName,
    timezone: true,
  });
  try {
    await writeOutput(options.output, calendar);
  } catch (error) {
    process.stderr.write(`pdk-feed: ${buildMessages[options.lang].cannotWrite(options.output ?? 'stdout', (error as NodeJS.ErrnoException).code, (error as Error).message)}\n`);
    return 2;
  }
  if (options.output) {
    const cancelled = feed.events.filter((e) => e.status === 'cancelled').length;
    process.stderr.write(`${t.icsWrote(options.output, feed.events.length, cancelled)}\n`);
  }
  return 0;
}
