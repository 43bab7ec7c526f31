/**
 * An event's organisers as partners. Looked up by id in a map made once per
 * feed: scanning the partner list for each id made opening one event of a
 * hostile feed (200,000 organiser ids, 3,000 partners) take seconds.
 */
import type {Feed, Partner, PdkEvent} from './types.js';

const partnersById = new WeakMap<Feed, ReadonlyMap<string, Partner>>();

/** The event's organisers in its order; ids the feed does not know are skipped. */
export function organisersOf(event: PdkEvent, feed: Feed): Partner[] {
  let byId = partnersById.get(feed);
  if (!byId) partnersById.set(feed, (byId = new Map(feed.partners.map((p) => [p.id, p]))));
  return event.partners.flatMap((id) => byId.get(id) ?? []);
}
