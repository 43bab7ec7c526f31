/**
 * A long description's opening, for the list layout: the whole text is a
 * click away (templates.ts). Cut by characters, not measured lines, so a card
 * needs no layout to know it: thousands of cards stay cheap to build.
 */

/** Up to this many characters a description is shown whole. */
const SHOWN_WHOLE_UP_TO = 320;
/** The opening's length at most; it ends at a word's end. */
const OPENING_LENGTH = 240;

/** The opening of `text`, ending in "…", or '' when the text is short enough to show whole. */
export function descriptionOpening(text: string): string {
  if (text.length <= SHOWN_WHOLE_UP_TO) return '';
  const cut = text.slice(0, OPENING_LENGTH + 1);
  const lastSpace = cut.search(/\s\S*$/);
  // A 240-character word (a URL) is cut where it is.
  const opening = lastSpace > OPENING_LENGTH / 2 ? cut.slice(0, lastSpace) : cut.slice(0, OPENING_LENGTH);
  return `${opening.replace(/[\s,;:.–—-]+$/, '')}…`;
}
