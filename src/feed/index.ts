/** The feed layer, for npm users who build their own views on the same feed. */
export * from './types.js';
export {FeedError, type FeedErrorKind} from './feed-error.js';
export {validateFeed, formatIssues, safeUrl, type ValidationResult, type IssueCode} from './validate.js';
export {loadFeed, DEFAULT_TIMEOUT_MS, type FeedResult, type LoadOptions} from './load-feed.js';
export {resolveFeedUrl} from './feed-source.js';
export {FeedController} from './feed-controller.js';
export * from './zoned-dates.js';
export {formatEventWhen, formatDay, formatTime} from './format-when.js';
