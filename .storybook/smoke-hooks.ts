/**
 * What the story smoke test (test/storybook/stories.test.ts) reads from each
 * story's iframe, recorded from the start: console errors, uncaught errors
 * and unhandled rejections, Storybook's own render errors, which widgets
 * fired pdk-ready / pdk-error, and when the story finished (after the
 * afterEach hooks, so after the widgets settled and the a11y addon ran).
 * It only watches; the console and Storybook behave as before.
 */
import {addons} from 'storybook/preview-api';
import {STORY_ERRORED, STORY_FINISHED, STORY_MISSING, STORY_THREW_EXCEPTION} from 'storybook/internal/core-events';

export type WidgetOutcome = 'ready' | 'error';

export interface StorybookRecord {
  /** Console errors and uncaught errors, as text. */
  readonly problems: string[];
  /** The last outcome each widget reported (keyed by the element the page sees). */
  readonly outcomes: WeakMap<Element, WidgetOutcome>;
  /** Set when Storybook finished rendering a story: its id and status. */
  finished?: {storyId: string; status: string};
}

declare global {
  interface Window {
    __pdkStorybook?: StorybookRecord;
  }
}

export function installSmokeHooks(win: Window & typeof globalThis = window): StorybookRecord {
  const record: StorybookRecord = {problems: [], outcomes: new WeakMap()};
  win.__pdkStorybook = record;

  const consoleError = win.console.error.bind(win.console);
  win.console.error = (...args: unknown[]) => {
    record.problems.push(`console.error: ${args.map(describe).join(' ')}`);
    consoleError(...args);
  };
  win.addEventListener('error', (event) => record.problems.push(`uncaught: ${describe(event.error ?? event.message)}`));
  win.addEventListener('unhandledrejection', (event) => record.problems.push(`unhandled rejection: ${describe(event.reason)}`));

  // Capture on the window: the events are composed, so they reach it retargeted to the outermost host.
  win.addEventListener('pdk-ready', (event) => record.outcomes.set(event.target as Element, 'ready'), true);
  win.addEventListener('pdk-error', (event) => record.outcomes.set(event.target as Element, 'error'), true);

  const channel = addons.getChannel();
  channel.on(STORY_FINISHED, ({storyId, status}: {storyId: string; status: string}) => {
    record.finished = {storyId, status};
  });
  for (const type of [STORY_ERRORED, STORY_THREW_EXCEPTION, STORY_MISSING]) {
    channel.on(type, (detail: unknown) => record.problems.push(`storybook ${type}: ${describe(detail)}`));
  }
  return record;
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
