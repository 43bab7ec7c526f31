/**
 * The content of an opened event: what, when, where, who, and "add to
 * calendar". The shell puts it in its dialog; the dialog is labelled by the
 * heading (`headingId`). Feed text is always rendered as text.
 *
 * The shell loads this module on demand (load-event-detail.ts), with its
 * styles, which it adopts once they arrive.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {organisersOf} from '../feed/organisers.js';
import type {Feed, PdkEvent} from '../feed/types.js';
import {formatEventWhen} from '../feed/format-when.js';
import type {LocalizeController} from '../i18n/localize.js';
import {newTabLink, type NewTabLinkOptions} from '../shared/new-tab-link.js';
import {googleCalendarUrl, icsDownloadFor} from './add-to-calendar.js';
import {detailMessages, type DetailMessages} from './messages-detail.js';

export {detailStyles} from './event-detail.styles.js';

export interface EventDetailContext {
  readonly feed: Feed;
  readonly localize: LocalizeController;
  /** id for the detail's heading, so the dialog can be labelled by it. */
  readonly headingId: string;
}

const OSM_SEARCH = 'https://www.openstreetmap.org/search?query=';

/** A link that opens in a new tab, and says so to screen readers. */
const externalLink = (href: string, label: unknown, localize: LocalizeController, options?: NewTabLinkOptions) =>
  newTabLink(href, label, localize.shared.opensInNewTab, options);

function row(part: string, label: string, content: unknown) {
  return html`<div class="row" part=${part}>
    <dt>${label}</dt>
    <dd>${content}</dd>
  </div>`;
}

function renderLocation(event: PdkEvent, t: DetailMessages, localize: LocalizeController) {
  const {name, address} = event.location ?? {};
  if (!name && !address) return nothing;
  const query = address || name!;
  return row(
    'detail-location',
    t.where,
    html`${name ? html`<span class="place" dir="auto" lang=${ifDefined(localize.fallbackLang(name))}>${name}</span>` : nothing}
      ${address ? html`<span class="address" dir="auto" lang=${ifDefined(localize.fallbackLang(address))}>${address}</span>` : nothing}
      <span class="map">${externalLink(OSM_SEARCH + encodeURIComponent(query), t.showOnMap, localize)}</span>`,
  );
}

function renderOrganisers(event: PdkEvent, feed: Feed, t: DetailMessages, localize: LocalizeController) {
  const partners = organisersOf(event, feed);
  if (!partners.length) return nothing;
  return row(
    'detail-organisers',
    t.organisers,
    html`<ul class="organisers">
      ${partners.map((p) => {
        // The name in its language; the link's "opens in a new tab" in the element's.
        const name = html`<span lang=${ifDefined(localize.fallbackLang(p.name))}>${localize.text(p.name)}</span>`;
        return html`<li dir="auto">${p.url ? externalLink(p.url, name, localize) : name}</li>`;
      })}
    </ul>`,
  );
}

function renderAreas(event: PdkEvent, feed: Feed, t: DetailMessages, localize: LocalizeController) {
  const names = event.areas.flatMap((id) => feed.areas.filter((a) => a.id === id).map((a) => localize.text(a.name)));
  if (!names.length) return nothing;
  return row('detail-areas', t.areas, names.join(', '));
}

function renderAddToCalendar(event: PdkEvent, feed: Feed, t: DetailMessages, localize: LocalizeController, headingId: string) {
  // A cancelled event is never offered for a calendar.
  if (event.status === 'cancelled') return nothing;
  const {filename, url} = icsDownloadFor(event, feed, localize.lang);
  const labelId = `${headingId}-add`;
  return html`<section class="add" part="add-to-calendar" aria-labelledby=${labelId}>
    <h3 id=${labelId}>${t.addToCalendar}</h3>
    <div class="add-links">
      <a class="button" part="ics-link" href=${url} download=${filename}>${t.icsFile}</a>
      ${externalLink(googleCalendarUrl(event, feed, localize.lang), t.googleCalendar, localize, {
        part: 'google-link',
        className: 'button',
      })}
    </div>
  </section>`;
}

/**
 * The detail of one event: the content only (no dialog, no close button).
 * The type marker reuses the shell's `.marker.type-*` styles when it has them.
 */
export function renderEventDetail(event: PdkEvent, {feed, localize, headingId}: EventDetailContext): TemplateResult {
  const t = localize.pick(detailMessages);
  const cancelled = event.status === 'cancelled';
  const description = localize.text(event.description).trim();
  return html`<article class="detail ${cancelled ? 'cancelled' : ''}" part="detail-content">
    <h2 id=${headingId} part="detail-title">
      ${cancelled ? html`<span class="badge" part="cancelled-badge">${t.cancelled}</span> ` : nothing}<span
        class="title"
        dir="auto"
        lang=${ifDefined(localize.fallbackLang(event.title))}
        >${localize.text(event.title)}</span
      >
    </h2>
    <p class="type">
      <span class="marker type-${event.type}" aria-hidden="true"></span>${localize.shared.eventType[event.type]}
    </p>
    <dl class="facts">
      ${row('detail-when', t.when, formatEventWhen(event, localize.locale, feed.timezone))}
      ${renderLocation(event, t, localize)}
      ${event.online ? row('detail-online', t.online, externalLink(event.online, t.joinOnline, localize)) : nothing}
      ${renderOrganisers(event, feed, t, localize)} ${renderAreas(event, feed, t, localize)}
    </dl>
    ${description
      ? html`<p class="description" part="detail-description" dir="auto" lang=${ifDefined(localize.fallbackLang(event.description))}>${description}</p>`
      : nothing}
    ${event.url ? html`<p>${externalLink(event.url, t.eventPage, localize, {part: 'detail-link'})}</p>` : nothing}
    ${renderAddToCalendar(event, feed, t, localize, headingId)}
  </article>`;
}
