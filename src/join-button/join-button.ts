import {LitElement, html} from 'lit';
import {property} from 'lit/decorators.js';
import {FeedController} from '../feed/feed-controller.js';
import {LocalizeController} from '../i18n/localize.js';
import {VERSION} from '../shared/define.js';
import {baseStyles} from '../theme/base.styles.js';
import {styles} from './join-button.styles.js';

const DEFAULT_EMAIL = 'partnerstwo@um.warszawa.pl';
const LABEL = {pl: 'Dołącz do Partnerstwa', en: 'Join the Partnership'};

/**
 * A button that lets an organisation ask to join the partnership.
 *
 * @fires pdk-ready - The feed's join settings are loaded.
 * @fires pdk-error - The feed could not be loaded; `detail.message` says why. The button still works.
 * @slot - The button's label; default "Dołącz do Partnerstwa" / "Join the Partnership".
 * @csspart button - The button.
 */
export class PdkJoinButton extends LitElement {
  static version = VERSION;
  static override styles = [baseStyles, styles];

  /** Feed URL (read for `join` and `areas`); falls back to `<meta name="pdk-feed" content="URL">`. */
  @property() src = '';
  /** POST endpoint for the form; overrides the feed's `join.action`. */
  @property() action = '';
  /** Address the form is e-mailed to without an endpoint; overrides the feed's `join.email`. */
  @property() email = '';

  private readonly localize = new LocalizeController(this);
  private readonly feed = new FeedController(this, () => this.src);

  override render() {
    return html`<button class="button primary" part="button" type="button" @click=${this.handleClick}>
      <slot>${this.localize.pick(LABEL)}</slot>
    </button>`;
  }

  private handleClick() {
    const email = this.email || this.feed.value?.feed.join.email || DEFAULT_EMAIL;
    window.location.href = `mailto:${email}`;
  }
}
