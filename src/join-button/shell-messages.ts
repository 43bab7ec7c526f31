/**
 * The strings of the button and of the dialog's frame, in Polish and English.
 * Loaded up front; the form's own strings (messages.ts) load with the form.
 */
import type {Lang} from '../feed/types.js';

export interface ShellMessages {
  button: string;
  heading: string;
  close: string;
  /** Shown while the form is on its way. */
  loading: string;
  loadErrorTitle: string;
  /** Followed by the address to write to, as a link. */
  loadErrorHelp: string;
  retry: string;
}

const pl: ShellMessages = {
  button: 'Dołącz do Partnerstwa',
  heading: 'Dołącz do Partnerstwa dla Klimatu',
  close: 'Zamknij',
  loading: 'Wczytywanie formularza…',
  loadErrorTitle: 'Nie udało się wczytać formularza',
  loadErrorHelp: 'Sprawdź połączenie z internetem i spróbuj ponownie albo napisz na adres',
  retry: 'Spróbuj ponownie',
};

const en: ShellMessages = {
  button: 'Join the Partnership',
  heading: 'Join the Partnership for Climate',
  close: 'Close',
  loading: 'Loading the form…',
  loadErrorTitle: 'The form could not be loaded',
  loadErrorHelp: 'Check your internet connection and try again, or write to',
  retry: 'Try again',
};

export const shellMessages: Record<Lang, ShellMessages> = {pl, en};
