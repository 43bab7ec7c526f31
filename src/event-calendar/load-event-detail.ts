/**
 * The event detail (its template, styles, strings and the .ics code) is a
 * lazy chunk, kept off the first render's path. One import serves every
 * calendar on the page; a failed one is forgotten, so a retry imports again.
 */
import type * as EventDetail from './event-detail.js';

export type EventDetailModule = typeof EventDetail;

const importEventDetail = () => import('./event-detail.js');

let importer: () => Promise<EventDetailModule> = importEventDetail;
let pending: Promise<EventDetailModule> | undefined;
let loaded: EventDetailModule | undefined;

/** Starts the import of the event detail, or joins the one under way. */
export function loadEventDetail(): Promise<EventDetailModule> {
  if (pending) return pending;
  // An import replaced in the meantime (setEventDetailImporter) leaves the state alone.
  const current: Promise<EventDetailModule> = importer().then(
    (module) => {
      if (pending === current) loaded = module;
      return module;
    },
    (error: unknown) => {
      if (pending === current) pending = undefined;
      throw error;
    },
  );
  pending = current;
  return current;
}

/** The event detail once it has arrived. */
export function eventDetailModule(): EventDetailModule | undefined {
  return loaded;
}

/**
 * Replaces the import (tests simulate a slow or failed network with it) and
 * forgets what was loaded; without an argument the real import is restored.
 * @internal
 */
export function setEventDetailImporter(replacement?: () => Promise<EventDetailModule>): void {
  importer = replacement ?? importEventDetail;
  pending = undefined;
  loaded = undefined;
}
