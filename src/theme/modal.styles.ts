import {css} from 'lit';

/**
 * The box of the widgets' modal dialogs (the join form; an event or a day of
 * the calendar). The margins beside it are in px, as the browser's own
 * max-width is in em: in em, large text would take a phone's width from the
 * text. `--_modal-width` sets its width where there is room.
 */
export const modalStyles = css`
  .modal {
    width: min(var(--_modal-width, 40em), calc(100% - 16px));
    max-width: none;
    max-height: calc(100dvh - 16px);
    padding: 0;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-text, #1b1f1d);
    overscroll-behavior: contain;
  }
  .modal::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
`;
