// Bank holidays in England, Wales and Scotland, from the date-holidays package (GB-ENG, GB-WLS, GB-SCT).
// Only days off for everyone count: date-holidays types 'public' and 'bank'. Observances (Mother's Day,
// Easter Sunday ...) do not. Substitute days ("Boxing Day (substitute day)", 28 December 2026) are listed
// by date-holidays as public holidays in their own right, so they are included.
import Holidays from 'date-holidays';
import type { Nation } from '../schema.js';
import { toCalDate, toIsoDate, type DateInput, type IsoDate } from './calendar-date.js';

export interface BankHoliday {
  date: IsoDate;
  /** The English name date-holidays gives, e.g. "Boxing Day (substitute day)". */
  name: string;
  /** A stable slug of the name for locale look-ups, e.g. "boxing-day-substitute-day". */
  id: string;
  substitute: boolean;
}

const STATE: Record<Nation, string> = { england: 'ENG', wales: 'WLS', scotland: 'SCT' };
const COUNTS = new Set(['public', 'bank']);

const calendars = new Map<Nation, Holidays>();
const cache = new Map<string, ReadonlyMap<IsoDate, BankHoliday>>();

function calendar(nation: Nation): Holidays {
  let hd = calendars.get(nation);
  if (!hd) {
    hd = new Holidays('GB', STATE[nation]);
    calendars.set(nation, hd);
  }
  return hd;
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function forYear(year: number, nation: Nation): ReadonlyMap<IsoDate, BankHoliday> {
  const key = `${nation}:${year}`;
  let map = cache.get(key);
  if (!map) {
    const built = new Map<IsoDate, BankHoliday>();
    for (const h of calendar(nation).getHolidays(year)) {
      if (!COUNTS.has(h.type)) continue;
      // h.date is local to the holiday's own time zone: "2026-12-28 00:00:00".
      const date = h.date.slice(0, 10);
      if (built.has(date)) continue;
      built.set(date, { date, name: h.name, id: slug(h.name), substitute: h.substitute === true });
    }
    map = built;
    cache.set(key, map);
  }
  return map;
}

/** The bank holidays of one year in one nation, in date order. */
export function bankHolidays(year: number, nation: Nation): BankHoliday[] {
  return [...forYear(year, nation).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/** The bank holiday on this date in this nation, if there is one. */
export function bankHolidayOn(date: DateInput, nation: Nation): BankHoliday | undefined {
  const c = toCalDate(date);
  return forYear(c.y, nation).get(toIsoDate(c));
}
