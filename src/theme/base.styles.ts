/**
 * Styles every element shares: host reset, focus ring, visually-hidden text,
 * and the loading / error / empty states.
 *
 * Theme: each public `--pdk-*` property is read where it is used, with its
 * default as the fallback, and never declared on `:host` (a page must be
 * able to set it on any ancestor). Sizes are in `em`, not `rem`: host pages
 * with `html { font-size: 10px }` are common in old CMS themes.
 *
 * Defaults (all pass WCAG 2.1 AA on white):
 *   --pdk-color-text #1b1f1d, --pdk-color-muted #4f5753 (7.4:1),
 *   --pdk-color-bg #fff, --pdk-color-surface #f4f7f5, --pdk-color-border #6e7a74 (4.4:1, for controls),
 *   --pdk-color-accent #00693e (6.8:1), --pdk-color-accent-contrast #fff,
 *   --pdk-color-accent-soft #e1f0e8, --pdk-color-danger #b3261e (6.5:1),
 *   --pdk-color-focus (the accent), --pdk-radius 0.5em, --pdk-spacing 1em,
 *   --pdk-color-scheme light (set it to dark with dark colours).
 */
import {css} from 'lit';

export const baseStyles = css`
  /* !important: a page rule on our tag (old themes' "* { all: revert }") beats
     :host for normal declarations, and would make the host inline and drop its
     size container; for important ones the shadow tree wins. Pages hide a
     widget with the hidden attribute. */
  :host {
    display: block !important;
    box-sizing: border-box;
    color: var(--pdk-color-text, #1b1f1d);
    font: inherit;
    line-height: 1.5;
    /* A long unbroken word (a URL in a description, a long name) wraps rather
       than widening the widget and the page (WCAG 1.4.10 reflow). */
    overflow-wrap: anywhere;
    container-type: inline-size !important;
    /* The widgets' own colours are light unless themed: a dark page's
       color-scheme would otherwise give their checkboxes, lists of options
       and scrollbars dark native looks on a white widget. */
    color-scheme: var(--pdk-color-scheme, light);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  a {
    color: var(--pdk-color-accent, #00693e);
  }
  :focus-visible {
    outline: 3px solid var(--pdk-color-focus, var(--pdk-color-accent, #00693e));
    outline-offset: 2px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--pdk-color-accent, #00693e);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-accent, #00693e);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button.small {
    min-height: 2.25em;
    padding: 0.25em 0.75em;
  }
  .button.primary {
    background: var(--pdk-color-accent, #00693e);
    color: var(--pdk-color-accent-contrast, #fff);
  }
  /* Text fields, wherever an element has them (search, join form, builder). */
  input:not([type='radio'], [type='checkbox'], [type='color']),
  select,
  textarea {
    width: 100%;
    min-height: 2.75em;
    padding: 0.4em 0.6em;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: inherit;
    font: inherit;
    /* Under 16px, iOS zooms the page in when a field gets focus, and does not zoom back. */
    font-size: max(16px, 1em);
  }
  /* Checkboxes and radios in the theme's accent, not the browser's blue. */
  input[type='radio'],
  input[type='checkbox'] {
    accent-color: var(--pdk-color-accent, #00693e);
  }
  /* A fieldset of filter toggles (calendar, partner list): a wrapping row, without the frame. */
  .toggle-group {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  /* Filter toggles (aria-pressed); the tick says "on" without colour. */
  .toggle {
    min-height: 2.75em;
    padding: 0.3em 0.9em;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-text, #1b1f1d);
    font: inherit;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    border-color: var(--pdk-color-accent, #00693e);
    background: var(--pdk-color-accent, #00693e);
    color: var(--pdk-color-accent-contrast, #fff);
  }
  /* The mark shows "pressed" without colour (WCAG 1.4.1); its alternative text is empty, as
     aria-pressed already says it, and a name that changes with the state would confuse. Browsers
     without the "/ alt" syntax keep the first declaration. */
  .toggle[aria-pressed='true']::before {
    content: '✓ ';
    content: '✓ ' / '';
  }
  /* aria-disabled: a button that keeps focus while it cannot be used (a send on its way). */
  .button:disabled,
  .button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  .state {
    padding: var(--pdk-spacing, 1em);
    border-radius: var(--pdk-radius, 0.5em);
  }
  .state.error {
    border: 1px solid var(--pdk-color-danger, #b3261e);
    background: var(--pdk-color-bg, #fff);
  }
  .state.error .title {
    margin: 0 0 0.25em;
    color: var(--pdk-color-danger, #b3261e);
    font-weight: 700;
  }
  .state p {
    margin: 0 0 0.75em;
  }
  .stale {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    margin: 0 0 var(--pdk-spacing, 1em);
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--pdk-color-danger, #b3261e);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .stale p {
    flex: 1 1 20em;
    margin: 0;
  }
  .skeleton {
    display: grid;
    gap: 0.75em;
  }
  .skeleton span {
    display: block;
    height: 1.25em;
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton span {
      animation: pdk-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pdk-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media print {
    .button,
    .no-print {
      display: none !important;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
    /* Its bars are only a background, which forced colours drop: a placeholder must still show. */
    .skeleton span {
      border: 1px solid GrayText;
    }
    .toggle[aria-pressed='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    /* The pressed mark above is an outline too: focus must still look different. */
    .toggle[aria-pressed='true']:focus-visible {
      outline: 3px solid Highlight;
      outline-offset: 2px;
    }
  }
`;
