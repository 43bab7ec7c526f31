/**
 * Styles of the event detail, adopted by the shell when the detail has loaded.
 * The box and the title are the shell's (dialog.styles.ts): they show
 * while the detail loads.
 */
import {css} from 'lit';

export const detailStyles = css`
  .detail .type {
    color: var(--pdk-color-muted, #4f5753);
    font-size: 0.875em;
    font-weight: 600;
    letter-spacing: 0.02em;
    text-transform: uppercase;
  }
  .detail.cancelled .title {
    text-decoration: line-through;
  }
  .detail .badge {
    display: inline-block;
    margin-inline-end: 0.25em;
    padding: 0.1em 0.5em;
    border: 1px solid var(--pdk-color-danger, #b3261e);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-danger, #b3261e);
    font-size: 0.7em;
    vertical-align: middle;
    text-transform: uppercase;
  }
  .detail .facts {
    display: grid;
    gap: 0.5em;
  }
  /* Label beside the value, or above it when the container is too narrow for both (no query needed). */
  .detail .facts .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .detail .facts dt {
    flex: 0 0 8em;
    color: var(--pdk-color-muted, #4f5753);
    font-weight: 600;
  }
  .detail .facts dd {
    flex: 1 1 16em;
    min-width: 0;
    margin: 0;
  }
  .detail .place,
  .detail .address,
  .detail .map {
    display: block;
  }
  .detail .place {
    font-weight: 600;
  }
  .detail .organisers {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .detail .organisers li + li {
    margin-top: 0.25em;
  }
  .detail .description {
    white-space: pre-line;
  }
  .detail .add {
    padding: var(--pdk-spacing, 1em);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .detail .add h3 {
    margin: 0 0 0.5em;
    font-size: 1em;
  }
  .detail .add-links {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .detail .add-links .button {
    text-decoration: none;
  }
  @media print {
    .detail .add {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .detail .badge {
      border-color: CanvasText;
      color: CanvasText;
    }
  }
`;
