/**
 * The cards of one list, grouped in chunks: boxes with `content-visibility:
 * auto`, so the browser skips style and layout of the chunks off screen.
 * At 3,000 cards (dev build, headless Chromium) this halved the style and
 * layout of a keystroke's frame (about 23 to 11 ms) and of the later frames
 * that add cards (about 30 ms apart to one per display frame). Cards get no
 * content-visibility of their own: with it, the keystroke's frame cost more.
 *
 * Each chunk is a grid with the list's column template, so the rows of one
 * chunk go on in the next only when every chunk but the last holds a
 * multiple of the column count. That count comes from the container's width
 * (auto-fill), so it is read from a laid-out chunk and `realign` moves a few
 * cards across chunk edges when it changes.
 */

/** Cards per chunk, at least: 60 divides evenly into 1 to 6 columns. */
export const CHUNK_CARDS = 60;

/** The chunks of `list`, in order. */
const chunksOf = (list: Element) => list.children as HTMLCollectionOf<HTMLElement>;

/** A chunk is full at CHUNK_CARDS or more and a whole number of rows. */
const full = (count: number, columns: number) => count >= CHUNK_CARDS && count % columns === 0;

function newChunk(list: Element): HTMLElement {
  // A `<ul>` may hold only `<li>`s, so the list is a `<div role="list">`; the
  // chunks are `<ul role="none">` (their cards keep `role="listitem"`).
  const chunk = document.createElement('ul');
  chunk.className = 'chunk';
  chunk.setAttribute('role', 'none');
  list.append(chunk);
  return chunk;
}

/** Appends `cards` at the end of `list`, opening chunks as they fill. */
export function appendCards(list: Element, cards: readonly Element[], columns: number): void {
  let i = 0;
  while (i < cards.length) {
    let chunk = list.lastElementChild;
    if (!chunk || full(chunk.childElementCount, columns)) chunk = newChunk(list);
    let count = chunk.childElementCount;
    const start = i;
    while (i < cards.length && !full(count, columns)) [i, count] = [i + 1, count + 1];
    chunk.append(...cards.slice(start, i));
  }
}

/** Drops the chunks left empty (after cards were taken out). */
export function dropEmptyChunks(list: Element): void {
  for (const chunk of [...chunksOf(list)]) if (!chunk.firstElementChild) chunk.remove();
}

/** The number of columns of the list's first chunk (0: not laid out). Read it when layout is clean. */
export function columnsOf(list: Element): number {
  const first = list.firstElementChild;
  if (!first?.firstElementChild) return 0;
  const tracks = getComputedStyle(first).gridTemplateColumns;
  return tracks && tracks !== 'none' ? tracks.trim().split(/\s+/).length : 0;
}

/**
 * Gives every chunk but the last a whole number of rows, pulling the first
 * cards of the chunks after it. Few cards move (fewer than `columns` per
 * chunk), and mostly off screen; the card that has focus gets it back.
 */
export function realign(list: Element, columns: number): void {
  const chunks = [...chunksOf(list)];
  const root = list.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement;
  for (let c = 0; c < chunks.length - 1; c++) {
    let missing = (columns - (chunks[c].childElementCount % columns)) % columns;
    for (let next = c + 1; missing > 0 && next < chunks.length; next++) {
      for (let card = chunks[next].firstElementChild; missing > 0 && card; card = chunks[next].firstElementChild) {
        chunks[c].append(card);
        missing--;
      }
    }
  }
  dropEmptyChunks(list);
  if (focused instanceof HTMLElement && list.contains(focused) && root.activeElement !== focused) {
    focused.focus({preventScroll: true});
  }
}
