/**
 * The WAI-ARIA date-grid keys (APG "Date Picker Dialog" grid): where focus
 * goes from a day. Pure; the element re-renders the month the day is in.
 */
import type {DayKey} from '../feed/types.js';
import {addDays} from '../feed/zoned-dates.js';
import {endOfWeek, shiftMonthKeepDay, startOfWeek} from './month-grid.js';

/** The day a key moves to, or null when the key is not a grid key. */
export function dayForKey(key: string, day: DayKey, shiftKey = false): DayKey | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(day, -1);
    case 'ArrowRight':
      return addDays(day, 1);
    case 'ArrowUp':
      return addDays(day, -7);
    case 'ArrowDown':
      return addDays(day, 7);
    case 'Home':
      return startOfWeek(day);
    case 'End':
      return endOfWeek(day);
    // Shift+PageUp/PageDown: a year, as in the APG date picker.
    case 'PageUp':
      return shiftMonthKeepDay(day, shiftKey ? -12 : -1);
    case 'PageDown':
      return shiftMonthKeepDay(day, shiftKey ? 12 : 1);
    default:
      return null;
  }
}
