import {css} from 'lit';

export const styles = css`
  .loading {
    min-height: 20em;
  }
  .events {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
