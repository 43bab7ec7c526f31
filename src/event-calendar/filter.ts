/**
 * Which events a calendar shows: pure and DOM-free. Each criterion that is
 * empty lets everything through; the criteria combine with AND, the ids
 * within one criterion with OR.
 */
import type {PdkEvent} from '../feed/types.js';

/** `online`: events with an online link; `in-person`: events with a place. A hybrid event is both. */
export type Attendance = 'any' | 'online' | 'in-person';

export interface EventFilter {
  /** Organiser ids. */
  readonly partners: readonly string[];
  readonly types: readonly string[];
  readonly areas: readonly string[];
  readonly attendance: Attendance;
}


function isInPerson(event: PdkEvent): boolean {
  return Boolean(event.location?.name || event.location?.address);
}

/** The events that pass; the same array when nothing is filtered. */
export function filterEvents(events: readonly PdkEvent[], filter: EventFilter): readonly PdkEvent[] {
  const {partners, types, areas, attendance} = filter;
  if (!partners.length && !types.length && !areas.length && attendance === 'any') return events;
  const partnerSet = new Set(partners);
  const typeSet = new Set(types);
  const areaSet = new Set(areas);
  return events.filter(
    (e) =>
      (!partnerSet.size || e.partners.some((id) => partnerSet.has(id))) &&
      (!typeSet.size || typeSet.has(e.type)) &&
      (!areaSet.size || e.areas.some((id) => areaSet.has(id))) &&
      (attendance === 'any' || (attendance === 'online' ? Boolean(e.online) : isInPerson(e))),
  );
}
