import {defineOnce} from '../shared/define.js';
import {PdkEventCalendar} from './event-calendar.js';

export {PdkEventCalendar};
defineOnce('pdk-event-calendar', PdkEventCalendar);

declare global {
  interface HTMLElementTagNameMap {
    'pdk-event-calendar': PdkEventCalendar;
  }
}
