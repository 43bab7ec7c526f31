/** Feeds for stories: files in the repo, never the internet. */
export const SAMPLE_FEED = 'sample/feed.json';
/** A URL that answers 404: the error state. */
export const MISSING_FEED = 'sample/no-such-feed.json';
