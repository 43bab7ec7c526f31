import {css} from 'lit';

/*
 * The month grid: days, event chips, "+N more" and the type markers with their key.
 * Marker colours pass 3:1 against white (non-text contrast) and each type has
 * its own shape too, so the type never rests on colour alone.
 */
export const gridStyles = css`
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
`;
