// FullCalendar as a page would load it for a month view and a list view:
// core + dayGrid + list, bundled by the benchmark the same way as ours
// (rollup + terser, minified ESM). FullCalendar 6 injects its CSS from the JS.
export {Calendar} from '@fullcalendar/core';
export {default as dayGridPlugin} from '@fullcalendar/daygrid';
export {default as listPlugin} from '@fullcalendar/list';
