// Working days and calendar arithmetic. Every expected date below was worked out by hand from the calendar
// (weekdays checked from 1 January 2026 = Thursday, 1 January 2027 = Friday) and the UK bank holidays.
import { bankHolidayOn, bankHolidays } from '../../../knowledge/timescales/bank-holidays.js';
import { addCalendarDays, addMonths, addWeeks, daysBetween, toIsoDate, todayIn, weekday } from '../../../knowledge/timescales/calendar-date.js';
import { addWorkingDays, addWorkingDaysDetailed, isWorkingDay, nextWorkingDayOnOrAfter } from '../../../knowledge/timescales/working-days.js';

describe('bank holidays (date-holidays, public/bank only)', () => {
  test('Christmas 2026: Boxing Day is a Saturday, so Monday 28 December is a substitute day in all three nations', () => {
    for (const nation of ['england', 'wales', 'scotland'] as const) {
      expect(bankHolidayOn('2026-12-25', nation)?.name).toBe('Christmas Day');
      expect(bankHolidayOn('2026-12-28', nation)).toMatchObject({ substitute: true, id: 'boxing-day-substitute-day' });
    }
  });

  test('Scotland has 2 January (and its substitute Monday 4 January 2027); England and Wales do not', () => {
    expect(bankHolidayOn('2026-01-02', 'scotland')).toBeDefined();
    expect(bankHolidayOn('2026-01-02', 'england')).toBeUndefined();
    expect(bankHolidayOn('2026-01-02', 'wales')).toBeUndefined();
    expect(bankHolidayOn('2027-01-04', 'scotland')?.substitute).toBe(true);
    expect(bankHolidayOn('2027-01-04', 'england')).toBeUndefined();
  });

  test('Easter Monday is a holiday in England and Wales, not in Scotland; summer and St Andrew differ too', () => {
    expect(bankHolidayOn('2026-04-06', 'wales')?.name).toBe('Easter Monday');
    expect(bankHolidayOn('2026-04-06', 'scotland')).toBeUndefined();
    expect(bankHolidayOn('2026-08-31', 'england')).toBeDefined();
    expect(bankHolidayOn('2026-08-03', 'scotland')).toBeDefined();
    expect(bankHolidayOn('2026-08-03', 'england')).toBeUndefined();
    expect(bankHolidayOn('2026-11-30', 'scotland')).toBeDefined();
  });

  test('observances such as Mother\'s Day and Easter Sunday are not holidays', () => {
    const dates = bankHolidays(2026, 'england').map((h) => h.date);
    expect(dates).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-26', '2026-12-28']);
    expect(bankHolidayOn('2026-03-15', 'england')).toBeUndefined();
  });
});

describe('isWorkingDay', () => {
  test('weekends and bank holidays are not working days', () => {
    expect(isWorkingDay('2026-01-05', 'wales')).toBe(true); // Monday
    expect(isWorkingDay('2026-01-10', 'wales')).toBe(false); // Saturday
    expect(isWorkingDay('2026-01-11', 'wales')).toBe(false); // Sunday
    expect(isWorkingDay('2026-12-28', 'wales')).toBe(false); // Boxing Day substitute
    expect(isWorkingDay('2026-01-02', 'scotland')).toBe(false);
    expect(isWorkingDay('2026-01-02', 'england')).toBe(true);
  });

  test('without a nation only weekends count', () => {
    expect(isWorkingDay('2026-12-25')).toBe(true);
    expect(isWorkingDay('2026-12-26')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  test('Denbighshire: conference Monday 5 January 2026 + 10 working days = Monday 19 January 2026', () => {
    expect(addWorkingDays('2026-01-05', 10, 'wales')).toBe('2026-01-19');
    expect(weekday('2026-01-19')).toBe(1);
  });

  test('across Christmas and New Year 2026/27: England and Wales Wednesday 6 January, Scotland Thursday 7 January', () => {
    // From Friday 18 December 2026: 21-24 Dec (4), [25 Dec, 28 Dec], 29-31 Dec (7), [1 Jan], 4, 5, 6 Jan (10).
    const england = addWorkingDaysDetailed('2026-12-18', 10, 'england');
    expect(england.date).toBe('2027-01-06');
    expect(england.holidaysSkipped.map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
    expect(england.weekendDaysSkipped).toBe(6); // 19-20 Dec, 26-27 Dec, 2-3 Jan
    expect(addWorkingDays('2026-12-18', 10, 'wales')).toBe('2027-01-06');
    // Scotland also loses Monday 4 January 2027 (2 January falls on a Saturday).
    const scotland = addWorkingDaysDetailed('2026-12-18', 10, 'scotland');
    expect(scotland.date).toBe('2027-01-07');
    expect(scotland.holidaysSkipped.map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01', '2027-01-04']);
  });

  test('across Christmas and New Year 2025/26: Friday 2 January 2026 is a holiday only in Scotland', () => {
    // From Friday 19 December 2025: 22-24 (3), [25, 26], 29-31 (6), [1 Jan], 2 Jan (7, not in Scotland), 5, 6, 7 (10).
    expect(addWorkingDays('2025-12-19', 10, 'england')).toBe('2026-01-07');
    expect(addWorkingDays('2025-12-19', 10, 'wales')).toBe('2026-01-07');
    expect(addWorkingDays('2025-12-19', 10, 'scotland')).toBe('2026-01-08');
  });

  test('Easter 2026: England skips Good Friday and Easter Monday, Scotland only Good Friday', () => {
    expect(addWorkingDays('2026-04-01', 3, 'england')).toBe('2026-04-08');
    expect(addWorkingDays('2026-04-01', 3, 'scotland')).toBe('2026-04-07');
  });

  test('weekends: the start day never counts, Friday + 1 = Monday, 0 = the same day, negative goes back', () => {
    expect(addWorkingDays('2026-03-06', 1, 'england')).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-07', 1, 'england')).toBe('2026-03-09');
    expect(addWorkingDays('2026-03-08', 0, 'england')).toBe('2026-03-08');
    expect(addWorkingDays('2026-03-09', -1, 'england')).toBe('2026-03-06');
    expect(addWorkingDays('2027-01-05', -2, 'scotland')).toBe('2026-12-30'); // back over 4 Jan, the weekend and 1 Jan
    const plain = addWorkingDaysDetailed('2026-03-02', 10, 'england');
    expect(plain).toEqual({ date: '2026-03-16', holidaysSkipped: [], weekendDaysSkipped: 4 });
  });

  test('without a nation, holidays are not skipped', () => {
    expect(addWorkingDays('2026-12-18', 10)).toBe('2027-01-01');
  });

  test('21 working days in Scotland from 18 December 2026 = Friday 22 January 2027', () => {
    expect(addWorkingDays('2026-12-18', 21, 'scotland')).toBe('2027-01-22');
  });

  test('next working day on or after', () => {
    expect(nextWorkingDayOnOrAfter('2026-12-25', 'england')).toBe('2026-12-29');
    expect(nextWorkingDayOnOrAfter('2027-01-01', 'scotland')).toBe('2027-01-05');
    expect(nextWorkingDayOnOrAfter('2026-03-10', 'wales')).toBe('2026-03-10');
  });

  test('rejects fractions', () => {
    expect(() => addWorkingDays('2026-03-10', 1.5, 'wales')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  test('months clamp to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 3)).toBe('2026-11-30');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
    expect(addMonths('2026-07-10', 6)).toBe('2027-01-10');
  });

  test('days and weeks cross month, year and leap days', () => {
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-01-05', 10)).toBe('2026-01-15');
    expect(addWeeks('2026-12-21', 2)).toBe('2027-01-04');
    expect(addWeeks('2026-01-19', 6)).toBe('2026-03-02');
  });

  test('the clocks changing (29 March 2026, 25 October 2026) does not move a date', () => {
    expect(addCalendarDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addCalendarDays('2026-10-24', 2)).toBe('2026-10-26');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
  });

  test('accepts ISO strings, {y,m,d} and UTC Dates, and rejects impossible dates', () => {
    expect(toIsoDate({ y: 2026, m: 1, d: 5 })).toBe('2026-01-05');
    expect(toIsoDate(new Date(Date.UTC(2026, 0, 5)))).toBe('2026-01-05');
    expect(addWorkingDays({ y: 2026, m: 1, d: 5 }, 10, 'wales')).toBe('2026-01-19');
    expect(() => toIsoDate('2026-02-30')).toThrow(RangeError);
    expect(() => toIsoDate('5/1/2026')).toThrow(RangeError);
  });

  test('today in the UK follows British Summer Time', () => {
    expect(todayIn('Europe/London', new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayIn('Europe/London', new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
