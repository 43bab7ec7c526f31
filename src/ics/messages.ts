/** Labels inside calendar entries (DESCRIPTION, Google's details). */
import type {Lang} from '../feed/types.js';

export interface IcsMessages {
  organisers: string;
  online: string;
  moreInfo: string;
}

export const icsMessages: Record<Lang, IcsMessages> = {
  pl: {organisers: 'Organizatorzy', online: 'Online', moreInfo: 'Więcej informacji'},
  en: {organisers: 'Organisers', online: 'Online', moreInfo: 'More information'},
};
