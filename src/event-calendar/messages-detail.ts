/** Strings of the event detail (the shell's own strings live beside the shell). */
import type {Lang} from '../feed/types.js';

export interface DetailMessages {
  cancelled: string;
  when: string;
  where: string;
  online: string;
  joinOnline: string;
  showOnMap: string;
  organisers: string;
  areas: string;
  eventPage: string;
  addToCalendar: string;
  /** The .ics download link. */
  icsFile: string;
  googleCalendar: string;
}

export const detailMessages: Record<Lang, DetailMessages> = {
  pl: {
    cancelled: 'Odwołane',
    when: 'Kiedy',
    where: 'Gdzie',
    online: 'Online',
    joinOnline: 'Weź udział online',
    showOnMap: 'Pokaż na mapie',
    organisers: 'Organizatorzy',
    areas: 'Obszary tematyczne',
    eventPage: 'Strona wydarzenia',
    addToCalendar: 'Dodaj do kalendarza',
    icsFile: 'Pobierz plik .ics (Outlook, Apple, inne)',
    googleCalendar: 'Kalendarz Google',
  },
  en: {
    cancelled: 'Cancelled',
    when: 'When',
    where: 'Where',
    online: 'Online',
    joinOnline: 'Join online',
    showOnMap: 'Show on map',
    organisers: 'Organisers',
    areas: 'Themes',
    eventPage: 'Event page',
    addToCalendar: 'Add to calendar',
    icsFile: 'Download .ics file (Outlook, Apple, others)',
    googleCalendar: 'Google Calendar',
  },
};
