/**
 * STUB (being written by another engineer): the content of an opened event.
 * Signature is agreed; the body will be replaced.
 */
import {html, type TemplateResult} from 'lit';
import type {Feed, PdkEvent} from '../feed/types.js';
import {formatEventWhen} from '../feed/format-when.js';
import type {LocalizeController} from '../i18n/localize.js';

export interface EventDetailContext {
  readonly feed: Feed;
  readonly localize: LocalizeController;
  /** id for the detail's heading, so the dialog can be labelled by it. */
  readonly headingId: string;
}

export function renderEventDetail(event: PdkEvent, {feed, localize, headingId}: EventDetailContext): TemplateResult {
  return html`<article part="detail-content">
    <h2 id=${headingId}>${localize.text(event.title)}</h2>
    <p>${formatEventWhen(event, localize.lang, feed.timezone)}</p>
  </article>`;
}
