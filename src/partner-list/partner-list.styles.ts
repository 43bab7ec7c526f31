import {css} from 'lit';
import {cardStyles} from './card.styles.js';
import {controlsStyles} from './controls.styles.js';

/** The partner list's styles, in cascade order: the cards, the controls, then what spans them (print, forced colours). */
export const styles = [
  cardStyles,
  controlsStyles,
  css`
  .loading {
    min-height: 12em;
  }
  .print-only {
    display: none;
  }
  .focus-target:focus:not(:focus-visible) {
    outline: none;
  }

  @media print {
    .print-only {
      display: block;
    }
    .controls,
    .status,
    .show-more,
    button.count,
    .no-results button,
    .disclosure,
    .about .opening {
      display: none !important;
    }
    .about .whole {
      display: inline !important;
    }
    .card {
      break-inside: avoid;
      content-visibility: visible;
    }
    .link {
      color: inherit;
      text-decoration: none;
    }
  }
  @media (forced-colors: active) {
    .card,
    .area,
    .monogram {
      border: 1px solid CanvasText;
    }
    button.count,
    .disclosure {
      color: LinkText;
    }
  }
  `,
];
