import {css} from 'lit';

/** Lists of days with their events: the list view, the month on a narrow host, the day dialog, the print copy. */
export const listStyles = css`
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
`;
