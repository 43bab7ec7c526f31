import {css} from 'lit';

/** The calendar's frame: the loading placeholder (the size of the month), the toolbar, the filters, the count. */
export const toolbarStyles = css`
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
`;
