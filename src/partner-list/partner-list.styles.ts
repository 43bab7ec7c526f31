import {css} from 'lit';

export const styles = css`
  .loading {
    min-height: 12em;
  }
  .partners {
    display: grid;
    gap: var(--pdk-spacing, 1em);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
