/** The messages every element shares; each element keeps its own beside it. */
import type {EventType, PartnerCategory} from '../feed/types.js';
import type {FeedErrorKind} from '../feed/feed-error.js';

export interface SharedMessages {
  loading: string;
  retry: string;
  errorTitle: string;
  /** Why the feed failed; `offline` is a network failure while the browser knows it is offline. */
  error: Record<FeedErrorKind | 'offline', string>;
  /** Shown above data served from the last good copy. */
  stale: (age: string) => string;
  empty: string;
  category: Record<PartnerCategory, string>;
  eventType: Record<EventType, string>;
  opensInNewTab: string;
}
