import {css} from 'lit';

/*
 * The list of partners and its cards, tiles and logos. Columns come from the
 * container's width (auto-fill with a minimum card width), so the same markup
 * fills a 280 px sidebar (one column) and a 1200 px page (five); container
 * queries rearrange inside the cards.
 */
export const cardStyles = css`
  .partners {
    --_gap: var(--pdk-spacing, 1em);
    --_logo-height: var(--pdk-partner-list-logo-height, 4em);
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--pdk-partner-list-columns-min, 14em)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .partners.list {
    grid-template-columns: minmax(0, 1fr);
  }
  /* A list on its way out (card-lists.ts): hidden at once, its layout kept rather
     than torn down. !important: a page's ::part(list) rule must not show it. */
  .partners.retired {
    content-visibility: hidden !important;
  }
  .partners.logos {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    align-items: center;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    padding: var(--_gap);
    border: 1px solid var(--pdk-color-border, #6e7a74);
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-bg, #fff);
    /* Thousands of cards: skip layout and paint of those off screen. Only their height is
       estimated: an estimated width would widen a narrow column to it. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 14em;
  }
  .card.tile {
    padding: 0.5em;
    border: 0;
    contain-intrinsic-block-size: auto var(--_logo-height);
  }
  .tile > * {
    display: block;
  }
  .logo,
  .monogram {
    display: block;
    width: 100%;
    max-width: 12em;
    height: var(--_logo-height);
    object-fit: contain;
    object-position: left center;
  }
  .tile .logo {
    object-position: center;
  }
  .monogram {
    display: grid;
    place-items: center;
    border-radius: var(--pdk-radius, 0.5em);
    background: var(--pdk-color-surface, #f4f7f5);
    color: var(--pdk-color-accent, #00693e);
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
    height: calc(var(--_logo-height) / 1.25);
    width: calc(var(--_logo-height) / 1.25);
  }
  .tile .monogram {
    margin: 0 auto;
  }
  /* A tile's link is its logo or its monogram, like an image link: underlined initials among
     logos looked like another kind of tile. Focus still shows the ring. */
  .tile .link {
    text-decoration: none;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    flex: 1;
    min-width: 0;
  }
  .body > * {
    margin: 0;
  }
  .name {
    font-size: 1.1em;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  /* The editor's line breaks are its paragraphs (as in the event detail). */
  .description {
    white-space: pre-line;
  }
  .category,
  .since {
    color: var(--pdk-color-muted, #4f5753);
    font-size: 0.9em;
  }
  .areas {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    padding: 0;
    list-style: none;
  }
  .area {
    padding: 0.1em 0.6em;
    /* A pill by default, square with the theme's square corners. */
    border-radius: calc(var(--pdk-radius, 0.5em) * 2);
    background: var(--pdk-color-surface, #f4f7f5);
    font-size: 0.85em;
  }
  .count,
  .disclosure {
    align-self: flex-start;
    font: inherit;
    font-size: 0.9em;
  }
  .count {
    margin-top: auto;
  }
  /* Link-like buttons, 44px tall for a finger. */
  button.count,
  .disclosure {
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--pdk-color-accent, #00693e);
    font-weight: 600;
    text-decoration: underline;
    cursor: pointer;
  }
  .about {
    display: flex;
    flex-direction: column;
  }
  .about p {
    margin: 0;
  }
  /* A long description: its opening, or the whole text (templates.ts, renderDescription). */
  .about:not(:has([aria-expanded='true'])) :is(.whole, .show-opening),
  .about:has([aria-expanded='true']) :is(.opening, .show-whole) {
    display: none;
  }
  .count.none {
    color: var(--pdk-color-muted, #4f5753);
  }
  @container (min-width: 36em) {
    .partners.list .card {
      flex-direction: row;
      align-items: flex-start;
    }
    .partners.list .logo-box {
      flex: 0 0 10em;
    }
  }

`;
