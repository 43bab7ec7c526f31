/** All three elements, registered. The CDN's pdk-widgets.js is built from this file. */
export {PdkPartnerList} from './partner-list/pdk-partner-list.js';
export {PdkEventCalendar} from './event-calendar/pdk-event-calendar.js';
export {PdkJoinButton} from './join-button/pdk-join-button.js';
export type {PdkErrorDetail, PdkIdDetail} from './shared/events.js';
