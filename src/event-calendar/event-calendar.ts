import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {formatEventWhen} from '../feed/format-when.js';
import type {FeedResult} from '../feed/load-feed.js';
import {LocalizeController} from '../i18n/localize.js';
import {VERSION} from '../shared/define.js';
import {renderEmpty, renderError, renderLoading, renderStale} from '../shared/states.js';
import {baseStyles} from '../theme/base.styles.js';
import {styles} from './event-calendar.styles.js';

/**
 * The partnership's events, from the feed.
 *
 * @fires pdk-ready - The events are rendered (again after a retry or a new `src`).
 * @fires pdk-error - The feed could not be loaded; `detail.message` says why.
 * @slot - Fallback content: shown until the element upgrades, and again when the feed fails.
 * @csspart loading - The loading placeholder.
 * @csspart error - The error message box.
 * @csspart retry-button - The error state's retry button.
 * @csspart empty - The message shown when there are no events.
 * @csspart stale - The notice above a saved copy of the feed.
 */
export class PdkEventCalendar extends LitElement {
  static version = VERSION;
  static override styles = [baseStyles, styles];

  /** Feed URL; falls back to `<meta name="pdk-feed" content="URL">`. */
  @property() src = '';

  private readonly localize = new LocalizeController(this);
  private readonly feed = new FeedController(this, () => this.src);

  override render() {
    return this.feed.render({
      pending: () => renderLoading(this.localize, 6),
      error: (error) => renderError(this.localize, error, () => this.feed.retry()),
      ready: (result) => this.renderEvents(result),
    });
  }

  private renderEvents(result: FeedResult) {
    const {events, timezone} = result.feed;
    return html`${renderStale(this.localize, result)}
      ${events.length
        ? html`<ul class="events" part="list">
            ${events.map(
              (e) =>
                html`<li part="event">
                  <strong>${this.localize.text(e.title)}</strong>
                  <span>${formatEventWhen(e, this.localize.lang, timezone)}</span>
                </li>`,
            )}
          </ul>`
        : renderEmpty(this.localize)}`;
  }
}
