import {css} from 'lit';

/** The button and the dialog's frame; the form's own styles (join-form.styles.ts) load with the form. */
export const styles = css`
  /* !important to win over the base :host rule (see base.styles.ts). An
     inline-size container would shrink an inline-block host to nothing. */
  :host {
    display: inline-block !important;
    container-type: normal !important;
  }
  /* The feed's error state, below the button (which still works). */
  .state {
    margin-block-start: 0.5em;
  }
  /* Its box: theme/modal.styles.ts. */
  dialog {
    --_gap: var(--pdk-spacing, 1em);
    --_modal-width: var(--pdk-join-dialog-width, 40em);
  }
  /* On a phone the form is long, and iOS has no Escape key: the header with the close button
     stays in reach, and only the body scrolls, so the header never covers what has focus (WCAG
     2.4.11), as a sticky one did. A header that takes a third of the screen (.short, set on
     opening) scrolls away with the form instead: it would hide it. ([open]: a closed dialog keeps
     the browser's display: none.) */
  dialog[open]:not(.short) {
    display: flex;
    flex-direction: column;
  }
  .header {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em var(--_gap);
    padding: var(--_gap) var(--_gap) 0;
  }
  .body {
    /* Holds its visually hidden texts (absolutely positioned), or they would scroll the dialog. */
    position: relative;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--_gap);
  }
  dialog.short .body {
    overflow: visible;
  }
  h2 {
    flex: 1 1 8em;
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .close {
    flex: none;
    min-height: 2.75em;
  }
  .loading {
    margin: var(--_gap) 0;
    color: var(--pdk-color-muted, #4f5753);
  }
  .load-error {
    margin: var(--_gap) 0 0;
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--pdk-color-danger, #b3261e);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .load-error p {
    margin: 0 0 0.5em;
  }
  .load-error .title {
    color: var(--pdk-color-danger, #b3261e);
    font-weight: 700;
  }
  @media print {
    /* As specific as the open dialog's display above, which it must beat. */
    dialog,
    dialog[open]:not(.short) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    .load-error {
      border-color: CanvasText;
    }
  }
`;
