/**
 * Logos that load when their card nears the screen. Native lazy loading
 * alone was costly with thousands of cards: each `loading="lazy"` image in a
 * card that `content-visibility: auto` skips is watched by the browser, and
 * with 3,000 partners (1,757 logos) the list took about twice as long to fill
 * on a slow phone (the browser's intersection checks and ~700 extra frames,
 * in a trace). Past the feed's first 100 partners, a card's logo waits in
 * `data-src` until the card stops being skipped
 * (`contentvisibilityautostatechange`), or is among the first cards shown,
 * or the page prints. Where that event does not exist, it loads as before.
 */

/** Whether the browser tells a card it stopped being skipped; else logos get `src` at once. */
const DEFERS_LOGOS = 'oncontentvisibilityautostatechange' in HTMLElement.prototype;

/** The feed's first partners' logos never wait: a feed of up to this many partners loads as it always did. */
const EAGER_LOGOS = 100;

/** Whether the logo of the feed's partner at `index` waits for its card to near the screen. */
export const defersLogo = (index: number) => DEFERS_LOGOS && index >= EAGER_LOGOS;

/** Gives the logos under `root` (a card, a list) their address. */
export function loadLogos(root: ParentNode): void {
  for (const img of root.querySelectorAll<HTMLImageElement>('img[data-src]')) {
    img.src = img.dataset.src!;
    delete img.dataset.src;
  }
}

/** A card's `contentvisibilityautostatechange`: near the screen, its logo loads. */
export function handleCardVisibility(event: Event): void {
  if (!(event as Event & {skipped: boolean}).skipped) loadLogos(event.currentTarget as Element);
}
