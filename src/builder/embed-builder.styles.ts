import {css} from 'lit';

export const styles = css`
  :host {
    max-width: 90em;
    margin: 0 auto;
    padding: 1em;
  }
  h1 {
    margin: 0;
    font-size: 1.6em;
    line-height: 1.2;
  }
  h2 {
    margin: 0 0 0.5em;
    font-size: 1.3em;
  }
  h3,
  h4 {
    margin: 1em 0 0.25em;
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    margin-bottom: 1em;
  }
  .intro {
    flex-basis: 100%;
    margin: 0;
  }
  .langs {
    display: flex;
    gap: 0.5em;
  }
  .langs .button[aria-pressed='true'] {
    background: var(--pdk-color-accent, #00693e);
    color: var(--pdk-color-accent-contrast, #fff);
  }
  /* Form beside the output while the output keeps over half the width, else stacked (no container query needed). */
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: 1.5em;
    align-items: flex-start;
  }
  .settings {
    flex: 1 1 24em;
  }
  .output {
    flex: 999 1 0;
    min-width: 55%;
  }
  fieldset {
    display: grid;
    gap: 0.35em;
    margin: 0 0 1em;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    min-width: 0;
  }
  fieldset.inner {
    margin: 0.5em 0 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  label {
    font-weight: 600;
  }
  .choice {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    font-weight: 400;
  }
  .choice .hint {
    display: block;
  }
  /* Long lines wrap (the copy keeps them whole): an editor can read every address in the code. */
  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .colour {
    display: flex;
    gap: 0.75em;
    align-items: center;
  }
  .colour label {
    display: flex;
    flex: 1;
    gap: 0.75em;
    align-items: center;
  }
  /* Beats base.styles' full-width inputs: a code is seven characters. */
  .colour .colour-code {
    flex: none;
    width: 8em;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  input[type='color'] {
    flex: none;
    width: 3em;
    height: 2.25em;
  }
  .hint {
    margin: 0 0 0.25em;
    color: var(--pdk-color-muted, #4f5753);
    font-size: 0.9em;
    font-weight: 400;
  }
  .scroll {
    max-height: 16em;
    overflow: auto;
  }
  .feed-status p,
  .contrast p {
    margin: 0.25em 0;
  }
  .problem,
  .ok {
    padding: 0.5em 0.75em;
    border-left: 4px solid var(--pdk-color-accent, #00693e);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  .problem {
    border-color: var(--pdk-color-danger, #b3261e);
  }
  .problem-title,
  .ok-title {
    font-weight: 700;
  }
  .warning,
  .fail {
    color: var(--pdk-color-danger, #b3261e);
  }
  .contrast ul {
    margin: 0;
    padding-left: 1.25em;
  }
  .stage {
    max-height: 48em;
    overflow: auto;
    padding: 1em;
    border: 1px dashed var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-surface, #f4f7f5);
  }
  /* The page behind the widget: its colour is the theme's background, which the checker assumes. */
  .frame {
    background: var(--pdk-color-bg, #fff);
  }
  /* The widths of the places a widget goes: the preview emulates a host's container, in px as hosts set them. */
  .width-sidebar {
    width: 280px;
  }
  .width-column {
    width: 640px;
    max-width: 100%;
  }
  .width-full {
    width: 100%;
  }
  .widths {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1.25em;
  }
  .widths legend {
    float: left;
    width: 100%;
  }
  .snippet {
    margin-top: 1.5em;
  }
  .copy-row {
    display: flex;
    flex-wrap: wrap;
    gap: 1em;
    align-items: center;
    margin: 0.5em 0;
  }
  .copy-status {
    margin: 0;
    font-weight: 700;
  }
  .howto {
    display: grid;
    gap: 0 2em;
    grid-template-columns: repeat(auto-fit, minmax(16em, 1fr));
  }
  @media (forced-colors: active) {
    .langs .button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
