import { formatDate, monthNames } from '../../../knowledge/timescales/format-date.js';

describe('formatDate', () => {
  test('English and Welsh, with and without the weekday', () => {
    expect(formatDate('2026-01-19', 'en')).toBe('19 January 2026');
    expect(formatDate('2026-01-19', 'cy')).toBe('19 Ionawr 2026');
    expect(formatDate('2026-01-19', 'en', { weekday: true })).toBe('Monday, 19 January 2026');
    expect(formatDate('2026-01-19', 'cy', { weekday: true })).toBe('Dydd Llun, 19 Ionawr 2026');
    expect(formatDate('2027-01-06', 'cy', { weekday: true })).toBe('Dydd Mercher, 6 Ionawr 2027');
    expect(formatDate('2026-12-28', 'cy', { weekday: true })).toBe('Dydd Llun, 28 Rhagfyr 2026');
  });

  test('every Welsh month and weekday', () => {
    expect(monthNames('cy')).toEqual(['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr']);
    // 1-7 March 2026 run Sunday to Saturday.
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => formatDate({ y: 2026, m: 3, d }, 'cy', { weekday: true }).split(',')[0]);
    expect(days).toEqual(['Dydd Sul', 'Dydd Llun', 'Dydd Mawrth', 'Dydd Mercher', 'Dydd Iau', 'Dydd Gwener', 'Dydd Sadwrn']);
  });

  test('accepts a UTC Date', () => {
    expect(formatDate(new Date(Date.UTC(2026, 10, 23)), 'en')).toBe('23 November 2026');
  });
});
