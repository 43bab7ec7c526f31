/** Where applications go by e-mail; also named when the form cannot be loaded. */
import type {Feed} from '../feed/types.js';

export const DEFAULT_EMAIL = 'partnerstwo@um.warszawa.pl';

/** The `email` attribute, else the feed's `join.email`, else the partnership's own address. */
export function joinEmail(attribute: string, feed: Feed | undefined): string {
  return attribute || feed?.join.email || DEFAULT_EMAIL;
}

/** `mailto:` and the address, encoded so that nothing in it reads as headers (`?bcc=`) or more recipients. */
export const mailtoAddress = (to: string): string => `mailto:${encodeURIComponent(to).replace(/%40/g, '@')}`;
