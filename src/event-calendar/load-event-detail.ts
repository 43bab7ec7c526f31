/**
 * The event detail (its template, styles, strings and the .ics code): a lazy
 * chunk, kept off the first render's path.
 */
import {LazyModule} from '../shared/lazy-module.js';
import type * as EventDetail from './event-detail.js';

export type EventDetailModule = typeof EventDetail;

const importEventDetail = () => import('./event-detail.js');
let importer: () => Promise<EventDetailModule> = importEventDetail;

export const eventDetail = new LazyModule(() => importer());

/**
 * Replaces the import (tests simulate a slow or failed network with it) and
 * forgets what was loaded; without an argument the real import is restored.
 * @internal
 */
export function setEventDetailImporter(replacement?: () => Promise<EventDetailModule>): void {
  importer = replacement ?? importEventDetail;
  eventDetail.forget();
}
