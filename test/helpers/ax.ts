/** What a screen reader gets for the focused element (the `ax-focused` command in web-test-runner.config.mjs). */
import {executeServerCommand} from '@web/test-runner-commands';

export interface AxNode {
  readonly role: string;
  readonly name: string;
  readonly description: string;
  /** Chromium's AX properties: `invalid`, `required`, `pressed`, `focused`, … */
  readonly properties: Readonly<Record<string, unknown>>;
}

/** The accessibility node of the focused element, through shadow roots; focus an element first. */
export const axFocused = () => executeServerCommand<AxNode | null, undefined>('ax-focused');
