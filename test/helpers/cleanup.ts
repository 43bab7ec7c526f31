/** Every test starts with no shared requests and no stored feed copies. */
import {resetFeedCache} from '../../src/feed/load-feed.js';

export function resetFeedState() {
  resetFeedCache();
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('pdk-widgets:')) localStorage.removeItem(key);
  }
}
