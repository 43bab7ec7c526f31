import {css} from 'lit';

/** The dialog with an opened event or a day's events (its content's own styles load with it: event-detail.styles.ts). */
export const dialogStyles = css`
  /* Its box: theme/modal.styles.ts. */
  .detail-dialog {
    --_pad: var(--pdk-spacing, 1em);
  }
  /* The close bar stays in reach above a long detail on a phone (iOS has no Escape key); only
     the body scrolls, so the bar never covers what has focus, as a sticky bar did (WCAG 2.4.11).
     ([open]: a closed dialog keeps the browser's display: none.) */
  .detail-dialog[open] {
    display: flex;
    flex-direction: column;
  }
  .detail-bar {
    flex: none;
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5em;
    padding: var(--_pad) var(--_pad) 0;
  }
  .detail-body {
    /* Holds its visually hidden texts (absolutely positioned), or they would scroll the dialog. */
    position: relative;
    min-height: 0;
    overflow: auto;
    overscroll-behavior: contain;
    padding: 0 var(--_pad) var(--_pad);
  }
  /* A very short window (400% zoom; a landscape phone is taller): a fixed bar would take a third
     of it; the whole dialog scrolls, the bar with it. */
  @media (max-height: 20em) {
    .detail-dialog[open] {
      display: block;
      overflow: auto;
    }
    .detail-body {
      overflow: visible;
    }
  }
  /* The opened event's box and title; the rest of its styles load with it (event-detail.styles.ts). */
  .detail {
    display: grid;
    gap: 0.75em;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .detail > * {
    margin: 0;
  }
  .detail h2 {
    font-size: 1.375em;
    line-height: 1.25;
  }
`;
