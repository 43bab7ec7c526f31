/**
 * The join form's module, loaded apart from the first render: once the page
 * is idle, or at the first sign that a visitor may open the dialog.
 */
import {LazyModule} from '../shared/lazy-module.js';

type JoinFormModule = typeof import('./join-form-panel.js');

/** An object, so tests can stub `load` with sinon (a bare ES module export cannot be replaced). */
export const formLoader = {
  load: (): Promise<JoinFormModule> => import('./join-form-panel.js'),
};

export const joinForm = new LazyModule(() => formLoader.load());

/** @internal For tests: the next load calls `formLoader.load` again. */
export function resetJoinFormLoad(): void {
  joinForm.forget();
}
