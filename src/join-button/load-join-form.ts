/**
 * Loads the join form's module apart from the first render: once the page is
 * idle, or at the first sign that a visitor may open the dialog. One request
 * per page; a failed one is forgotten, so the next attempt asks again.
 */
type JoinFormModule = typeof import('./join-form-panel.js');

/** An object, so tests can stub `load` with sinon (a bare ES module export cannot be replaced). */
export const formLoader = {
  load: (): Promise<JoinFormModule> => import('./join-form-panel.js'),
};

let loading: Promise<JoinFormModule> | undefined;

export function loadJoinForm(): Promise<JoinFormModule> {
  loading ??= formLoader.load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** @internal For tests: the next `loadJoinForm()` calls `formLoader.load` again. */
export function resetJoinFormLoad(): void {
  loading = undefined;
}
