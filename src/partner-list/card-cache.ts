/**
 * Each card's DOM, built once per feed, language and layout. A keystroke
 * then only moves existing nodes in and out of the list: re-creating
 * thousands of cards when a search widens again takes far more than a frame
 * (measured in test/partner-list/partner-list.bench.ts).
 */
import {render} from 'lit';
import type {PartnerEntry} from './select.js';
import {renderCard, type CardContext} from './templates.js';

export class CardCache {
  private readonly cards = new Map<string, Element>();

  /** `host` becomes `this` in the cards' event listeners, as in the host's own template. */
  constructor(private readonly host: HTMLElement) {}

  get(entry: PartnerEntry, ctx: CardContext): Element {
    let card = this.cards.get(entry.partner.id);
    if (!card) {
      const fragment = document.createDocumentFragment();
      render(renderCard(entry, ctx), fragment, {host: this.host});
      card = fragment.firstElementChild!;
      this.cards.set(entry.partner.id, card);
    }
    return card;
  }

  /** Forgets one card (its logo failed) or, without an id, all of them. */
  forget(id?: string): void {
    if (id === undefined) this.cards.clear();
    else this.cards.delete(id);
  }
}
