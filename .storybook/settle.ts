/**
 * A project-wide afterEach: waits until every widget in the story has
 * reported (pdk-ready or pdk-error) before Storybook calls the story
 * finished. Storybook runs project hooks before the addons' ones, so the
 * accessibility panel then checks the loaded widget, not its loading
 * skeleton. Widgets on a never-answering feed are not waited for, and no
 * widget is waited for longer than SETTLE_TIMEOUT_MS.
 */
import type {StorybookRecord} from './smoke-hooks.js';
import {isNeverFeed} from './never-feed.js';

const SETTLE_TIMEOUT_MS = 30_000;
const POLL_MS = 50;

/** The pdk-* elements a story rendered (in its light DOM). */
export function widgetsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('pdk-'));
}

export async function waitForWidgets(root: ParentNode, record: StorybookRecord, signal?: AbortSignal): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS;
  const pending = () => widgetsIn(root).filter((el) => !isNeverFeed(el.getAttribute('src') ?? '') && !record.outcomes.has(el));
  while (pending().length && Date.now() < deadline && !signal?.aborted) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
