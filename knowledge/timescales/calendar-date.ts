// Plain calendar dates (no time, no time zone). Everything in knowledge/timescales works on these and
// hands dates back as ISO strings ("2026-01-19"): they compare with <, serialise as they are and never
// shift by an hour when the clocks change.

/** A calendar date; m is 1-12. */
export interface CalDate {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/** "YYYY-MM-DD". */
export type IsoDate = string;

/** What the date functions accept: an ISO string, a {y,m,d}, or a Date (its UTC calendar date, e.g. Date.UTC(...)). */
export type DateInput = IsoDate | CalDate | Date;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidCalDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Reads any DateInput; throws on a malformed or impossible date (e.g. 2026-02-30). */
export function toCalDate(input: DateInput): CalDate {
  if (typeof input === 'string') {
    const match = ISO_RE.exec(input.trim());
    if (!match) throw new RangeError(`not a YYYY-MM-DD date: "${input}"`);
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isValidCalDate(y, m, d)) throw new RangeError(`no such date: "${input}"`);
    return { y, m, d };
  }
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new RangeError('invalid Date');
    return { y: input.getUTCFullYear(), m: input.getUTCMonth() + 1, d: input.getUTCDate() };
  }
  if (!isValidCalDate(input.y, input.m, input.d)) throw new RangeError(`no such date: ${JSON.stringify(input)}`);
  return { y: input.y, m: input.m, d: input.d };
}

export function toIsoDate(input: DateInput): IsoDate {
  const { y, m, d } = toCalDate(input);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC arithmetic, so no daylight-saving surprises). */
function dayNumber(c: CalDate): number {
  return Math.round(Date.UTC(c.y, c.m - 1, c.d) / 86_400_000);
}

function fromDayNumber(n: number): CalDate {
  const dt = new Date(n * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(input: DateInput): number {
  const c = toCalDate(input);
  return new Date(Date.UTC(c.y, c.m - 1, c.d)).getUTCDay();
}

export function isWeekend(input: DateInput): boolean {
  const w = weekday(input);
  return w === 0 || w === 6;
}

/** b - a in days (positive when b is later). */
export function daysBetween(a: DateInput, b: DateInput): number {
  return dayNumber(toCalDate(b)) - dayNumber(toCalDate(a));
}

export function compareDates(a: DateInput, b: DateInput): number {
  return Math.sign(daysBetween(b, a));
}

export function addCalendarDays(date: DateInput, n: number): IsoDate {
  return toIsoDate(fromDayNumber(dayNumber(toCalDate(date)) + n));
}

export function addWeeks(date: DateInput, n: number): IsoDate {
  return addCalendarDays(date, 7 * n);
}

/** Adds whole months, keeping the day of the month where it exists and otherwise using the month's last day
 * (31 January + 1 month = 28 February, or 29 February in a leap year). */
export function addMonths(date: DateInput, n: number): IsoDate {
  const c = toCalDate(date);
  const index = c.y * 12 + (c.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return toIsoDate({ y, m, d: Math.min(c.d, daysInMonth(y, m)) });
}

/** Today's calendar date in a time zone (the UK by default), for "today" in parseDate and the timeline. */
export function todayIn(timeZone = 'Europe/London', now: Date = new Date()): IsoDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ y: get('year'), m: get('month'), d: get('day') });
}
