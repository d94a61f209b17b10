// Working days: Monday to Friday, less the nation's bank holidays (see bank-holidays.ts).
// With no nation (we do not know where the family lives) only weekends are skipped; callers report that.
import type { Nation } from '../schema.js';
import { bankHolidayOn, type BankHoliday } from './bank-holidays.js';
import { addCalendarDays, isWeekend, toIsoDate, type DateInput, type IsoDate } from './calendar-date.js';

export { addCalendarDays, addMonths, addWeeks } from './calendar-date.js';

export function isWorkingDay(date: DateInput, nation?: Nation): boolean {
  if (isWeekend(date)) return false;
  return nation === undefined || bankHolidayOn(date, nation) === undefined;
}

export interface WorkingDaysResult {
  date: IsoDate;
  /** Bank holidays on weekdays that were stepped over, in the order met. */
  holidaysSkipped: BankHoliday[];
  /** Saturdays and Sundays stepped over. */
  weekendDaysSkipped: number;
}

/** Moves n working days on (or back, when n is negative). The start date itself never counts, so
 * "within 10 working days of Monday 5 January 2026" ends on Monday 19 January 2026; n = 0 gives the date back. */
export function addWorkingDaysDetailed(date: DateInput, n: number, nation?: Nation): WorkingDaysResult {
  if (!Number.isInteger(n)) throw new RangeError(`working days must be a whole number, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let current = toIsoDate(date);
  let left = Math.abs(n);
  const holidaysSkipped: BankHoliday[] = [];
  let weekendDaysSkipped = 0;
  while (left > 0) {
    current = addCalendarDays(current, step);
    if (isWeekend(current)) {
      weekendDaysSkipped++;
      continue;
    }
    const holiday = nation === undefined ? undefined : bankHolidayOn(current, nation);
    if (holiday) {
      holidaysSkipped.push(holiday);
      continue;
    }
    left--;
  }
  return { date: current, holidaysSkipped, weekendDaysSkipped };
}

export function addWorkingDays(date: DateInput, n: number, nation?: Nation): IsoDate {
  return addWorkingDaysDetailed(date, n, nation).date;
}

/** The first working day on or after the date. */
export function nextWorkingDayOnOrAfter(date: DateInput, nation?: Nation): IsoDate {
  let current = toIsoDate(date);
  while (!isWorkingDay(current, nation)) current = addCalendarDays(current, 1);
  return current;
}
