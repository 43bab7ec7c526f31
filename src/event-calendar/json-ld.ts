/**
 * STUB (being written by another engineer): schema.org Event JSON-LD in the light DOM.
 * Signature is agreed; the body will be replaced.
 */
import type {Feed, Lang, PdkEvent} from '../feed/types.js';

export function syncJsonLd(_host: HTMLElement, _events: readonly PdkEvent[], _feed: Feed, _lang: Lang): void {}

export function removeJsonLd(_host: HTMLElement): void {}
