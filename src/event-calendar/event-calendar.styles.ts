import {css} from 'lit';
import {modalStyles} from '../theme/modal.styles.js';
import {dialogStyles} from './dialog.styles.js';
import {gridStyles} from './grid.styles.js';
import {listStyles} from './list.styles.js';
import {toolbarStyles} from './toolbar.styles.js';

/**
 * The calendar's styles, in cascade order: its parts' own sheets, then what
 * spans them (narrow hosts, print, forced colours), which must come after
 * the rules it overrides.
 */
export const styles = [
  toolbarStyles,
  gridStyles,
  listStyles,
  modalStyles,
  dialogStyles,
  css`
  .print-only {
    display: none;
  }
  /* Narrow hosts (under 30em, 480px at the usual text size, measured by the element's ResizeObserver, which also swaps the grid for a list). */
  .narrow .list-event {
    grid-template-columns: 1fr;
  }
  .narrow .list-event .time {
    grid-row: auto;
    max-width: none;
  }
  .narrow .list-event .meta {
    grid-column: 1;
  }
  /* Under 52em (832px at the usual text size) a day is too narrow for a time and a readable
     title: "18:00 De…". The time is then only read (it is in the chip's name, and shown in the
     event's detail), and the title takes the line. */
  @container (width < 52em) {
    .chip .time {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  }
  /* A calendar given its width late (shown from a hidden tab) hears that it is narrow from its
     ResizeObserver a frame after that width is painted. For that frame its grid is invisible
     rather than squeezed into seven slivers. 30em: the same threshold, in the host's em. */
  @container (width < 30em) {
    .grid,
    .legend {
      visibility: hidden;
    }
  }
  @media print {
    .print-only {
      display: block;
    }
    /* An open event or day would print as a box over the month's list (and dim it): the page
       prints as it is without it, as the join dialog does. As specific as the open rule above. */
    .detail-dialog,
    .detail-dialog[open],
    .detail-dialog::backdrop {
      display: none;
    }
    .grid,
    .legend,
    .nav,
    .switch,
    .filters,
    .following button {
      display: none;
    }
    .link-button {
      color: inherit;
      text-decoration: none;
    }
  }
  @media (forced-colors: active) {
    /* Backgrounds are dropped in forced colours; a border keeps the shaped marker visible. */
    .marker {
      border: 0.35em solid CanvasText;
    }
    /* Half the border on a bar, or the bar grows to a square: debate's shape. */
    .type-other {
      border-block-width: 0.175em;
    }
    /* The system's colour for text that is there but not in play, as native calendars use. */
    .day.outside {
      color: GrayText;
    }
    .day.today,
    .chip {
      border: 1px solid ButtonText;
    }
  }
  `,
];
