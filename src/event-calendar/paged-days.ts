/**
 * A list of days shown a page at a time (the list view, the month on a
 * narrow host): "show earlier" above the days and "show more" below them,
 * each with the line that says on paper what it leaves out (SPEC: printed
 * without buttons), and a status that says how many are shown after a page
 * more. The status is there before, so that its text is announced when it
 * comes.
 */
import {html, nothing} from 'lit';
import type {CalendarMessages} from './messages.js';

/** Listings left out on one side of the page, and what brings a page more of them in. */
export interface LeftOut {
  readonly count: number;
  readonly onShow: () => void;
}

export interface PagedDays {
  /** The days in the page, rendered. */
  readonly days: unknown;
  readonly earlier?: LeftOut;
  readonly later: LeftOut;
  /** After a page more: "Pokazano 200 z 250 wydarzeń"; else false. */
  readonly inPage: string | false;
}

export function renderPagedDays({days, earlier, later, inPage}: PagedDays, t: CalendarMessages, plural: (n: number) => Intl.LDMLPluralRule) {
  const before = earlier?.count ?? 0;
  const after = later.count;
  return html`${before ? html`${widen('show-earlier', t.showEarlier(before), earlier!.onShow)}${onPaper(t.notPrintedEarlier(before, plural(before)))}` : nothing}
    ${days}
    ${after ? html`${widen('show-more', t.showMore(after), later.onShow)}${onPaper(t.notPrinted(after, plural(after)))}` : nothing}
    ${before || after || inPage ? html`<p class="visually-hidden" role="status">${inPage || ''}</p>` : nothing}`;
}

function widen(part: string, label: string, onClick: () => void) {
  return html`<button type="button" class="button list-widen" part=${part} @click=${onClick}>${label}</button>`;
}

function onPaper(line: string) {
  return html`<p class="print-only" aria-hidden="true">${line}</p>`;
}
