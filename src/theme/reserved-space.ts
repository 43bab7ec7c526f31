/**
 * The space a page can keep for a widget before our script has run. Until
 * the tag is defined it is an unknown inline element of height 0; when the
 * script arrives, the loading placeholder pushes everything below it down,
 * which is a layout shift (CLS) no script can prevent, because the page may
 * paint before the script runs. A page CSS rule on `:not(:defined)` can.
 *
 * The heights are those of each element's loading placeholder (its `.loading`
 * rule); test/theme/reserved-space.test.ts checks that they agree.
 */
import type {CalendarView} from '../event-calendar/toolbar.js';
import type {WidgetTag} from '../shared/widget-tags.js';


/** The height of `tag`'s loading placeholder (for the calendar, in its `view`). */
export function reservedHeight(tag: WidgetTag, view: CalendarView = 'month'): string {
  if (tag === 'pdk-join-button') return '2.75em';
  if (tag === 'pdk-partner-list') return '12em';
  // 42.5em from 15px text up; below, the days keep room for their 24px targets.
  return view === 'list' ? '16em' : 'calc(10em + 5 * max(6.5em, 97.5px))';
}

/** The declarations that keep the space (block, as the defined element is). */
export const reservedSpaceDeclarations = (tag: WidgetTag, view?: CalendarView): [string, string][] => [
  ['display', 'block'],
  ['min-height', reservedHeight(tag, view)],
];
