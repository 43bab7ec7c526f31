/**
 * The `<ul>`s of <pdk-partner-list> and the cards in them, kept so that a
 * keystroke's frame does little work however many partners there are.
 *
 * Profiling 3,000 cards showed the cost is native and grows with the old
 * list: taking cards out of a laid-out grid makes the browser detach each one
 * and lay the whole grid out again, and every way of hiding the list costs
 * time in proportion to its cards (`content-visibility: hidden` least:
 * `display: none`, `opacity`, `contain` or removal cost 2 to 6 times more).
 * So a list is never changed in place when what it shows changes (a search,
 * a filter, a limit, the language or the layout). Instead:
 * 1. in the keystroke's frame, the old list *retires*: `content-visibility:
 *    hidden` takes it out of the layout and keeps its boxes (no teardown); a
 *    new list starts with its first cards, taken from the hidden list cheaply;
 * 2. then the new list gets the rest of its cards, and the retired lists
 *    are emptied and dropped, one time slice after each painted frame. Cards
 *    not made yet (a new feed) are made ahead in tasks of their own, with no
 *    frame between them, and go in at twice as many each time: every frame
 *    that adds cards lays the whole list out again, which on a slow phone
 *    took longer than making the cards (3,000 partners: 36 s to the last
 *    card at 4x CPU throttling, one frame per handful of cards).
 * The host renders the `<ul>`s (see `shells`, `listId`); this class owns their children.
 */
import type {ReactiveElement} from 'lit';
import type {PartnerEntry} from './select.js';
import type {PartnerListLayout} from './templates.js';

/** Script time per later task; the frame's style and layout come on top. */
const SLICE_MS = 8;
/** Cards moved per look at the clock. */
const STEP = 16;
/** A hidden page gets no animation frames: go on without one after this long. */
const NO_FRAME_MS = 100;

/** One `<ul>` for the host to render; its attributes are fixed when it starts, so retiring it restyles nothing else. */
export interface ListShell {
  readonly id: number;
  readonly layout: PartnerListLayout;
  readonly label: string;
  retired: boolean;
}

/** The `id` the host gives a shell's `<ul>`. */
export const listId = (shell: ListShell) => `list-${shell.id}`;

export type CardMaker = (entry: PartnerEntry) => Element;

/** Resolves in a task after the next frame is painted (or soon, on a hidden page). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, NO_FRAME_MS);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      setTimeout(resolve);
    });
  });
}

export class CardLists {
  /** The current list (if any) first, then the retired ones still being emptied. */
  shells: readonly ListShell[] = [];
  private nextId = 0;
  /** The entries the current list is to hold, in order. */
  private entries: readonly PartnerEntry[] = [];
  private card: CardMaker = () => document.createElement('li');
  /** The cards in the current list so far: a prefix of `entries`. */
  private shown: Element[] = [];
  /** How many of `entries` have their card made (maybe not yet in the list). */
  private made = 0;
  private running?: Promise<void>;

  /** The host renders the shells, again when a retired one is gone. */
  constructor(private readonly host: ReactiveElement) {}

  /** Whether cards are still to come in, or old lists to go. */
  get busy(): boolean {
    return this.shown.length < this.entries.length || this.shells.some((shell) => shell.retired);
  }

  /** Resolves once the work started so far is done (check `busy` again: an update may add more). */
  settled(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** The current list retires; `start` makes a new one (none: nothing matches). */
  renew(start?: {layout: PartnerListLayout; label: string}): void {
    for (const shell of this.shells) shell.retired = true;
    if (start) this.shells = [{id: this.nextId++, ...start, retired: false}, ...this.shells];
    this.entries = [];
    this.shown = [];
    this.made = 0;
  }

  /**
   * After a render: the current list is to hold `entries` (those it holds
   * are their prefix); the first `now` go in at once, the rest in later tasks.
   */
  show(entries: readonly PartnerEntry[], now: number, card: CardMaker): void {
    const ul = this.currentList();
    this.entries = ul ? entries : [];
    this.card = card;
    if (ul) {
      // A card made again (its logo failed) takes its old one's place.
      for (let i = 0; i < Math.min(this.shown.length, entries.length); i++) {
        const latest = card(entries[i]);
        if (latest !== this.shown[i]) this.shown[i].replaceWith((this.shown[i] = latest));
      }
      for (const extra of this.shown.splice(entries.length)) extra.remove();
      this.append(ul, now);
    }
    if (this.busy) this.running ??= this.work();
  }

  /**
   * About how many cards of the current list fit between its top and the
   * bottom of the viewport: at least one row, at most `max`. Read before a
   * render changes the DOM: at most the typed field is left to lay out.
   */
  cardsInView(max: number): number {
    const ul = this.currentList();
    const card = ul?.firstElementChild?.getBoundingClientRect();
    if (!ul || !card?.height) return max;
    const list = ul.getBoundingClientRect();
    const columns = Math.max(1, Math.round(list.width / card.width));
    const rows = Math.max(1, Math.ceil((innerHeight - Math.max(list.top, 0)) / card.height));
    return Math.min(max, columns * rows);
  }

  /** The current list's card at `index`, if it is in yet. */
  cardAt(index: number): Element | undefined {
    return this.shown[index];
  }

  private currentList(): HTMLUListElement | null {
    const [first] = this.shells;
    return first && !first.retired ? this.element(first) : null;
  }

  private element(shell: ListShell): HTMLUListElement | null {
    return this.host.renderRoot.querySelector(`#${listId(shell)}`);
  }

  private append(ul: HTMLUListElement, upTo: number) {
    const cards = this.entries.slice(this.shown.length, upTo).map((entry) => this.card(entry));
    this.shown.push(...cards);
    ul.append(...cards);
  }

  /**
   * One slice per painted frame: first the new list's cards, then emptying
   * retired lists. Cards not made yet take far longer to make than to move
   * in: slices in tasks of their own make as many again as the list holds,
   * which lays nothing out, and the next frame's slice moves them in.
   */
  private async work() {
    while (this.busy) {
      await afterNextFrame();
      const deadline = performance.now() + SLICE_MS;
      const ul = this.currentList();
      if (!ul) this.entries = [];
      // The cards made so far; at least a step more (an earlier list's cards are made already).
      const upTo = Math.min(this.entries.length, Math.max(this.made, this.shown.length + STEP));
      while (ul && this.shown.length < upTo && performance.now() < deadline) this.append(ul, Math.min(upTo, this.shown.length + STEP));
      this.empty(deadline);
      await this.makeAhead(Math.min(this.entries.length, 2 * this.shown.length));
    }
    this.running = undefined;
  }

  /** Makes the cards of `entries` up to `target`, in slices of tasks with no frame between; stops if the list changes. */
  private async makeAhead(target: number) {
    const {entries} = this;
    this.made = Math.max(this.made, this.shown.length);
    while (this.made < target && this.entries === entries) {
      await new Promise((resolve) => setTimeout(resolve));
      const sliceEnd = performance.now() + SLICE_MS;
      while (this.made < target && this.entries === entries && performance.now() < sliceEnd) this.card(entries[this.made++]);
    }
  }

  /** Takes cards out of retired lists until the deadline; drops the lists that are empty. */
  private empty(deadline: number) {
    for (const shell of this.shells) {
      const ul = shell.retired ? this.element(shell) : null;
      if (!ul) continue;
      while (ul.lastChild && performance.now() < deadline) {
        for (let i = 0; i < STEP && ul.lastChild; i++) ul.lastChild.remove();
      }
    }
    const gone = (shell: ListShell) => shell.retired && !this.element(shell)?.lastChild;
    if (!this.shells.some(gone)) return;
    this.shells = this.shells.filter((shell) => !gone(shell));
    this.host.requestUpdate();
  }
}
