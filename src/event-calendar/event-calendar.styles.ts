import {css} from 'lit';

/*
 * Marker colours pass 3:1 against white (non-text contrast) and each type has
 * its own shape too, so the type never rests on colour alone.
 */
export const styles = css`
  /* A day's height: 6.5em, or the 97.5px that its three 24px targets need (WCAG 2.5.8) under
     15px text. Set on the host so the placeholder and the grid read the same value. */
  :host {
    --_day-height: max(6.5em, 97.5px);
  }
  /* The height of what replaces it, so the page does not jump when the feed
     arrives: the month's grid (the toolbar, count and key take 10em, then a
     day's height per week: 42.5em for five weeks, most months, from 15px
     text up), or a short list. */
  .loading {
    min-height: calc(10em + 5 * var(--_day-height));
  }
  .loading.weeks-4 {
    min-height: calc(10em + 4 * var(--_day-height));
  }
  .loading.weeks-6 {
    min-height: calc(10em + 6 * var(--_day-height));
  }
  :host([view='list']) .loading {
    min-height: 16em;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em var(--pdk-spacing, 1em);
    margin-bottom: calc(var(--pdk-spacing, 1em) / 2);
  }
  .heading {
    flex: 1 1 12em;
    margin: 0;
    font-size: 1.25em;
  }
  .nav,
  .switch,
  .following {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .button.icon {
    justify-content: center;
    min-width: 2.75em;
    font-size: 1em;
  }
  .filters {
    display: grid;
    gap: 0.5em;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    margin-bottom: 0.25em;
    padding: 0;
    font-weight: 600;
  }
  .radio {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    margin-inline-end: 0.75em;
  }
  .count,
  .meta,
  .legend,
  th {
    color: var(--pdk-color-muted, #4f5753);
  }
  .following {
    margin: 0 0 0.5em;
    padding: 0.25em 0.25em 0.25em 0.75em;
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-calendar-event-bg, var(--pdk-color-surface, #f4f7f5));
  }
  .grid {
    width: 100%;
    table-layout: fixed;
    border-collapse: collapse;
  }
  th {
    padding: 0.25em;
    font-size: 0.875em;
  }
  /* 2em, so that the month is exactly the height of its placeholder above (with the toolbar,
     the count and the key, all in em): 10em, then the weeks. */
  thead tr {
    height: 2em;
  }
  .day {
    height: var(--_day-height);
    padding: 0.2em;
    overflow: hidden;
    vertical-align: top;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    background: var(--pdk-color-bg, #fff);
  }
  .day:focus-visible {
    outline-offset: -3px;
  }
  .day.outside {
    background: var(--pdk-color-surface, #f4f7f5);
    color: var(--pdk-color-muted, #4f5753);
  }
  .day.today {
    background: var(--pdk-calendar-today-bg, var(--pdk-color-accent-soft, #e1f0e8));
  }
  /* A fixed line, so that the day's three 24px targets below it fit its height. */
  .day-head {
    display: flex;
    align-items: center;
    gap: 0.3em;
    height: 1.2em;
    line-height: 1.2;
  }
  .today .day-number {
    font-weight: 700;
  }
  .today-label {
    padding: 0 0.4em;
    /* A pill by default, square with the theme's square corners. */
    border-radius: calc(var(--pdk-radius, 0.5em) * 2);
    background: var(--pdk-color-accent, #00693e);
    color: var(--pdk-color-accent-contrast, #fff);
    font-size: 0.75em;
    font-weight: 600;
  }
  .chip,
  .more,
  .link-button {
    border: 0;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  /* 24px high, on any page's text size (WCAG 2.5.8 counts CSS px). The 2px between chips is a
     transparent border inside those 24px: the targets touch, the chips do not look merged. */
  .chip,
  .more {
    min-height: 24px;
    border-top: 2px solid transparent;
    background-clip: padding-box;
  }
  .chip {
    display: flex;
    align-items: center;
    gap: 0.3em;
    width: 100%;
    padding: 0 0.3em;
    border-radius: calc(var(--pdk-radius, 0.5em) / 2);
    background: var(--pdk-calendar-event-bg, var(--pdk-color-surface, #f4f7f5));
    font-size: 0.8em;
    white-space: nowrap;
  }
  .chip .title {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* "Cancelled" is said in words (never only a line-through), before the title; a cancelled
     chip wraps, so in a small cell the word stays in view and the title goes below it. */
  .chip[part~='cancelled'] {
    flex-wrap: wrap;
  }
  /* Wider than a day of a 500px month (or at 200% text), the word breaks rather than being cut. */
  .chip .cancelled-label {
    min-width: 0;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  .more,
  .link-button {
    padding: 0;
    background: none;
    color: var(--pdk-color-accent, #00693e);
    text-decoration: underline;
  }
  .more {
    font-size: 0.8em;
  }
  [part~='cancelled'] .title {
    text-decoration: line-through;
  }
  .cancelled-label {
    color: var(--pdk-color-danger, #b3261e);
    font-weight: 600;
  }
  .marker {
    display: inline-block;
    flex: none;
    width: 0.7em;
    height: 0.7em;
    margin-inline-end: 0.3em;
    background: var(--_type-color);
  }
  .type-conference {
    --_type-color: var(--pdk-calendar-type-conference, #00693e);
    border-radius: 50%;
  }
  .type-debate {
    --_type-color: var(--pdk-calendar-type-debate, #1d4ed8);
  }
  .type-happening {
    --_type-color: var(--pdk-calendar-type-happening, #b45309);
    clip-path: polygon(50% 0, 100% 100%, 0 100%);
  }
  .type-exhibition {
    --_type-color: var(--pdk-calendar-type-exhibition, #7c3aed);
    clip-path: polygon(50% 0, 100% 50%, 50% 100%, 0 50%);
  }
  .type-workshop {
    --_type-color: var(--pdk-calendar-type-workshop, #be185d);
    clip-path: polygon(25% 0, 75% 0, 100% 50%, 75% 100%, 25% 100%, 0 50%);
  }
  .type-other {
    --_type-color: var(--pdk-calendar-type-other, #4f5753);
    height: 0.35em;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .list,
  .list-events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-widen {
    margin-block: calc(var(--pdk-spacing, 1em) * 0.75);
  }
  .list-day h3,
  .detail-body > h2 {
    margin: 1em 0 0.25em;
    font-size: 1em;
  }
  .list-event {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    /* Beside a time on two lines, the title's button keeps to the first (a button centres its text). */
    align-items: start;
    gap: 0 1em;
    padding: 0.5em 0;
    border-bottom: 1px solid var(--pdk-color-surface, #f4f7f5);
  }
  /* A range of several days ("1 grudnia 2026 20:00 – 2 grudnia 2026 01:00") wraps rather than
     squeeze the title into a sliver beside it. */
  .list-event .time {
    grid-row: span 2;
    max-width: 12em;
  }
  .list-event .meta {
    grid-column: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 0.75em;
    font-size: 0.875em;
  }
  /* The margins beside the dialog in px (the browser's own max-width is in em): in em, large
     text would take the phone's width from the text. */
  .detail-dialog {
    --_pad: var(--pdk-spacing, 1em);
    width: min(40em, calc(100% - 16px));
    max-width: none;
    max-height: calc(100dvh - 16px);
    padding: 0;
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    color: var(--pdk-color-text, #1b1f1d);
    overscroll-behavior: contain;
  }
  .detail-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
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
`;
