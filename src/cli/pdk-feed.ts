/**
 * `pdk-feed`: the command-line tool for feed editors. Parses the arguments
 * and dispatches; each command lives in its own module. Runs in Node only
 * (bin/pdk-feed.js imports this file), and imports nothing that needs a DOM.
 */
import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {isValidTimeZone, parseDayKey, startOfDay} from '../feed/zoned-dates.js';
import {buildCommand} from './build-command.js';
import {buildMessages} from './build-messages.js';
import {icsCommand, statsCommand} from './feed-commands.js';
import {messages, pickLang, type CliLang} from './messages.js';
import {sheetFiles} from './sheet-files.js';
import {validateCommand} from './validate-command.js';

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};
  return pkg.version;
}

/** Runs `pdk-feed` with these arguments; resolves to the exit code. */
async function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: {type: 'boolean'},
        lang: {type: 'string'},
        partners: {type: 'string'},
        events: {type: 'string'},
        areas: {type: 'string'},
        join: {type: 'string'},
        timezone: {type: 'string'},
        output: {type: 'string', short: 'o'},
        'keep-going': {type: 'boolean'},
        progress: {type: 'boolean'},
        name: {type: 'string'},
        today: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'},
      },
    });
  } catch (error) {
    // Before --lang is known, a usage error speaks the locale's language.
    // Node's message goes on to explain "--"; its first sentence is the point.
    const message = (error as Error).message;
    const detail = /^[^.]*\./.exec(message)?.[0] ?? `${message}.`;
    return usageError(messages[pickLang(undefined, env) ?? 'en'].usageError(detail));
  }
  const {values, positionals} = parsed;
  const lang: CliLang | null = pickLang(values.lang, env);
  if (lang === null) return usageError(messages[pickLang(undefined, env) ?? 'en'].badLang(values.lang ?? ''));
  const t = messages[lang];
  const [command, ...rest] = positionals;

  if (values.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (values.help || command === 'help') {
    process.stdout.write(t.usage);
    return 0;
  }
  if (command === undefined) {
    process.stderr.write(t.usage);
    return 2;
  }
  // --today: "now" is the start of that day in Warsaw, for counting upcoming and past events.
  let now: number | undefined;
  if (values.today !== undefined) {
    if (!parseDayKey(values.today)) return usageError(t.usageError(t.badToday(values.today)));
    now = startOfDay(values.today, 'Europe/Warsaw');
  }
  switch (command) {
    case 'validate':
      if (rest.length !== 1) return usageError(t.usageError(t.validateNeedsOneSource));
      return validateCommand({source: rest[0], json: values.json ?? false, lang, now});
    case 'build': {
      const sheets = sheetFiles({partners: values.partners, events: values.events, areas: values.areas, join: values.join}, rest);
      if ('unknown' in sheets) return usageError(t.usageError(t.unknownSheet(sheets.unknown)));
      if ('twice' in sheets) return usageError(t.usageError(t.sheetTwice(sheets.twice, ...sheets.files)));
      if ('missing' in sheets) return usageError(t.noSuchPath(sheets.missing));
      const {partners, events, areas, join} = sheets.files;
      if (!partners || !events) return usageError(t.usageError(t.buildNeedsSheets));
      if (values.timezone !== undefined && !isValidTimeZone(values.timezone)) return usageError(buildMessages[lang].badTimeZone(values.timezone));
      return buildCommand({
        partners,
        events,
        areas,
        join,
        timeZone: values.timezone,
        output: values.output,
        keepGoing: values['keep-going'] ?? false,
        progress: values.progress ?? false,
        lang,
        now,
      });
    }
    case 'stats':
      if (rest.length !== 1) return usageError(t.usageError(t.needsOneFeed('stats')));
      return statsCommand({source: rest[0], json: values.json ?? false, lang, now});
    case 'ics':
      if (rest.length !== 1) return usageError(t.usageError(t.needsOneFeed('ics')));
      return icsCommand({source: rest[0], output: values.output, name: values.name, lang, now});
    default:
      return usageError(t.unknownCommand(command));
  }
}

function usageError(message: string): number {
  process.stderr.write(`pdk-feed: ${message}\n`);
  return 2;
}

// `pdk-feed validate feed.json | head`: a reader that stops early is not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`pdk-feed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
