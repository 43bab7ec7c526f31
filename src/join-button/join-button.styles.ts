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
  dialog {
    width: min(var(--pdk-join-dialog-width, 40em), calc(100vw - 1em));
    max-width: none;
    max-height: calc(100dvh - 1em);
    padding: 0;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-text, #1b1f1d);
    overscroll-behavior: contain;
    /* A field focused below the sticky header is scrolled clear of it. */
    scroll-padding-block-start: 5em;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.55);
  }
  .body {
    --_gap: var(--pdk-spacing, 1em);
    padding: var(--_gap);
  }
  /* Sticky: on a phone the form is long, and iOS has no Escape key; the close button stays in
     reach. It wraps below the heading when large text leaves no room beside it. A header that
     takes a third of the screen (.short, set on opening) is not sticky: it would hide the form. */
  .header {
    position: sticky;
    top: 0;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5em var(--_gap);
    margin: calc(-1 * var(--_gap)) calc(-1 * var(--_gap)) 0;
    padding: var(--_gap);
    background: var(--pdk-color-bg, #fff);
  }
  dialog.short {
    scroll-padding-block-start: 0;
  }
  dialog.short .header {
    position: static;
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
    dialog {
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
