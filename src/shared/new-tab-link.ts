/**
 * A link that opens in a new tab (`rel="noopener"`) and says so to screen
 * readers in a visually hidden suffix ("(otwiera się w nowej karcie)"),
 * which the link's name then ends with.
 */
import {html} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';

export interface NewTabLinkOptions {
  readonly part?: string;
  readonly className?: string;
}

export function newTabLink(href: string, content: unknown, opensInNewTab: string, {part, className}: NewTabLinkOptions = {}) {
  return html`<a href=${href} target="_blank" rel="noopener" part=${ifDefined(part)} class=${ifDefined(className)}
    >${content}<span class="visually-hidden"> ${opensInNewTab}</span></a
  >`;
}
