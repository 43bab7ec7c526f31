/** Why a feed could not be used at all. Each kind has its own localized message. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'version' | 'invalid' | 'no-source';

/** A feed that cannot be shown: not fetched, not JSON, or not a version 1 feed. */
export class FeedError extends Error {
  override name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
