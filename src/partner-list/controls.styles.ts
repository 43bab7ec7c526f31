import {css} from 'lit';

/** The search field, the filters, the match count and the buttons under the list. */
export const controlsStyles = css`
  .controls {
    display: grid;
    gap: 0.75em;
    margin-bottom: var(--pdk-spacing, 1em);
  }
  .search-field {
    display: grid;
    gap: 0.25em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .search {
    max-width: 30em;
  }
  .filters legend {
    float: left;
    width: 100%;
    margin-bottom: 0.25em;
    padding: 0;
  }
  .status {
    margin: 0 0 0.75em;
    color: var(--pdk-color-muted, #4f5753);
  }
  .no-results {
    border: 1px dashed var(--pdk-color-border, #6e7a74);
  }
  .show-more {
    margin-top: var(--pdk-spacing, 1em);
  }
`;
