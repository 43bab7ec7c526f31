import {css} from 'lit';

/**
 * The form and its panels. Loaded with the form and added to the element's
 * shadow root then (join-button.ts); `--_gap` comes from the dialog's body.
 */
export const formStyles = css`
  h3 {
    margin: 0 0 0.5em;
    font-size: 1.15em;
  }
  .intro,
  .panel {
    margin: var(--_gap) 0;
  }
  .intro p,
  .panel p {
    margin: 0 0 0.5em;
  }
  /* Two columns when the dialog has room, one on a phone: sized by the dialog itself, no query needed. */
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16em), 1fr));
    gap: var(--_gap);
  }
  .summary,
  .field.choices,
  .field:has(textarea),
  .consent,
  .send-error,
  .actions {
    grid-column: 1 / -1;
  }
  .summary:empty {
    display: none;
  }
  .summary,
  .send-error {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--pdk-color-danger, #b3261e);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .summary p,
  .send-error p {
    margin: 0 0 0.5em;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .summary li + li {
    margin-top: 0.25em;
  }
  .send-error .title {
    color: var(--pdk-color-danger, #b3261e);
    font-weight: 700;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25em;
  }
  /* inline-block: Chromium then keeps the space before it in the label's accessible name. */
  .required {
    display: inline-block;
  }
  .required,
  .hint {
    font-weight: 400;
    color: var(--pdk-color-muted, #4f5753);
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  textarea {
    resize: vertical;
  }
  /* .field: to outweigh the shared text-field rule's input:not(…) (base styles). */
  .field [aria-invalid='true'] {
    border-color: var(--pdk-color-danger, #b3261e);
    border-width: 2px;
  }
  .field-error {
    margin: 0;
    color: var(--pdk-color-danger, #b3261e);
    font-weight: 600;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    font-weight: 400;
    padding: 0.2em 0;
  }
  /* Under the consent's text, in line with it: the checkbox and the gap. */
  .privacy {
    margin: 0 0 0 1.75em;
  }
  input[type='checkbox'] {
    flex: none;
    /* Sized by the text, not by the browser's 13.33px control font. */
    font-size: inherit;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
  }
  /* The honeypot: off-screen, not display:none (which bots skip) and hidden from assistive technology. */
  .trap {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .panel {
    padding: var(--_gap);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .panel h3:focus {
    outline: none;
  }
  .panel h3:focus-visible {
    outline: 3px solid var(--pdk-color-focus, var(--pdk-color-accent, #00693e));
  }
  .panel textarea {
    margin: 0.25em 0 0.75em;
  }
  @media (forced-colors: active) {
    .field [aria-invalid='true'],
    .summary,
    .send-error {
      border-color: CanvasText;
    }
  }
`;
