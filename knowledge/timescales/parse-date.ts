// Finds the one date in a message ("The conference was on 2 March 2026, when is the first core group due?")
// with Microsoft's date recogniser in its en-GB culture, which reads 2/3/26 day first (2 March 2026).
// Welsh date words are first rewritten in English (welsh-date-words.ts); that is done for English messages
// too, because people in Wales switch between the two languages mid-sentence.
//
// Choices:
// - No date at all -> missing. Nothing is ever guessed. Periods ("last week", "March", "2026") and
//   impossible dates ("31/2/2026") are also missing, with reason 'vague' or 'invalid'.
// - A day and month with no year ("2 March", "2il o Fawrth") -> ok, with the year that puts the date
//   nearest today (a tie goes to the past: conferences have usually happened), yearAssumed: true and the
//   other nearest year in `alternatives`, so the caller can say which year it assumed.
// - A weekday said with its tense ("the conference was on Monday", "bydd y gynhadledd ddydd Llun") -> that one day
//   (tense.ts). A weekday alone ("Monday", "dydd Llun") or a day alone ("the 5th") -> ambiguous: the last and the
//   next such day. "last Tuesday" / "dydd Mawrth diwethaf" is one date.
// - A range ("between 2 and 5 March 2026") -> ambiguous between its two ends.
// - Several different dates in one message -> ambiguous, all of them as options. The same date written
//   twice ("2 March 2026 (2/3/26)") is one date.
import { DateTimeRecognizer } from '@microsoft/recognizers-text-date-time';
import type { Lang } from '../schema.js';
import { daysBetween, isValidCalDate, toCalDate, toIsoDate, todayIn, type DateInput, type IsoDate } from './calendar-date.js';
import { translateWelshDates } from './welsh-date-words.js';
import { tenseOfWeekday } from './tense.js';

export type ParseDateResult =
  | {
      status: 'ok';
      date: IsoDate;
      /** The words the date was read from (for Welsh, their English rewriting). */
      matched: string;
      /** True when the message gave no year and the nearest one was chosen. */
      yearAssumed: boolean;
      /** With yearAssumed: the same day in the other nearest year. */
      alternatives: IsoDate[];
    }
  | { status: 'missing'; reason: 'none' | 'vague' | 'invalid' }
  | {
      status: 'ambiguous';
      reason: 'several-dates' | 'weekday-only' | 'day-only' | 'range';
      /** Candidate dates, earliest first. */
      options: IsoDate[];
      matched: string[];
      /** With several dates, each one day ("2 November", "today"): each date and its words, in the order written (for
       *  telling which one is the meeting the question counts from, event-date.ts). */
      written?: { date: IsoDate; matched: string }[];
    };

type Found =
  | { kind: 'date'; date: IsoDate; matched: string; yearAssumed: boolean; alternatives: IsoDate[] }
  | { kind: 'partial'; reason: 'weekday-only' | 'day-only'; options: IsoDate[]; matched: string }
  | { kind: 'range'; options: IsoDate[]; matched: string }
  | { kind: 'vague' }
  | { kind: 'invalid' }
  | { kind: 'ignore' };

interface Resolution {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
  sourceEntity?: string;
}

type DateTimeModel = ReturnType<InstanceType<typeof DateTimeRecognizer>['getDateTimeModel']>;
const CULTURE = 'en-gb';
let model: DateTimeModel | undefined;
function dateTimeModel(): DateTimeModel {
  model ??= new DateTimeRecognizer(CULTURE).getDateTimeModel(CULTURE);
  return model;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const NO_YEAR = /^XXXX-(\d{2})-(\d{2})$/;
const WEEKDAY_ONLY = /^XXXX-WXX-\d$/;
const DAY_ONLY = /^XXXX-XX-\d{2}$/;

function isoOrUndefined(value: string | undefined): IsoDate | undefined {
  const m = value ? FULL.exec(value.slice(0, 10)) : null;
  return m && isValidCalDate(Number(m[1]), Number(m[2]), Number(m[3])) ? m[0] : undefined;
}

/** The nearest valid (year, month, day) to today among last year, this year and next year. */
function nearestYear(month: number, day: number, today: IsoDate): { date: IsoDate; alternatives: IsoDate[] } | undefined {
  const y = toCalDate(today).y;
  const candidates = [y - 1, y, y + 1]
    .filter((year) => isValidCalDate(year, month, day))
    .map((year) => toIsoDate({ y: year, m: month, d: day }));
  if (candidates.length === 0) return undefined;
  const distance = (d: IsoDate): number => Math.abs(daysBetween(today, d));
  const best = [...candidates].sort((a, b) => distance(a) - distance(b) || (a < b ? -1 : 1))[0]!;
  const bestIsPast = best <= today;
  const other = candidates.filter((c) => c !== best && (c <= today) !== bestIsPast).sort((a, b) => distance(a) - distance(b))[0];
  return { date: best, alternatives: other ? [other] : [] };
}

/** Reads one timex for a single day (the part before any time). */
function classifyDay(timex: string, values: Resolution[], matched: string, today: IsoDate): Found {
  const day = timex.split('T')[0] ?? '';
  if (timex === 'PRESENT_REF' || day === '') return { kind: 'ignore' };
  const full = FULL.exec(day);
  if (full) {
    const date = isoOrUndefined(day);
    return date ? { kind: 'date', date, matched, yearAssumed: false, alternatives: [] } : { kind: 'invalid' };
  }
  const noYear = NO_YEAR.exec(day);
  if (noYear) {
    const near = nearestYear(Number(noYear[1]), Number(noYear[2]), today);
    return near ? { kind: 'date', date: near.date, matched, yearAssumed: true, alternatives: near.alternatives } : { kind: 'invalid' };
  }
  if (WEEKDAY_ONLY.test(day) || DAY_ONLY.test(day)) {
    const options = uniqueSorted(values.map((v) => isoOrUndefined(v.value ?? v.start)));
    if (options.length === 0) return { kind: 'invalid' };
    return { kind: 'partial', reason: WEEKDAY_ONLY.test(day) ? 'weekday-only' : 'day-only', options, matched };
  }
  return { kind: 'vague' };
}

/** Words that name a day without its number ("yesterday", "last Tuesday"): dates given, though no digit is written. */
const DAY_WORDS = /\b(?:today|yesterday|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/** "a couple of months ago", "a few weeks back": no day anyone could count from. */
const ROUGHLY = /\b(?:a couple of|couple of|a few|few|several|some|a while|ages|a good few|a number of)\b/i;

function classify(typeName: string, values: Resolution[], matched: string, today: IsoDate): Found {
  const first = values[0];
  if (!first?.timex) return { kind: 'ignore' };
  if (ROUGHLY.test(matched)) return { kind: 'vague' };
  const timex = first.timex;
  switch (typeName) {
    case 'datetimeV2.date':
    case 'datetimeV2.datetime':
      return classifyDay(timex, values, matched, today);
    case 'datetimeV2.datetimerange':
      // "yesterday afternoon" is a day; an explicit "(start,end,duration)" range of times is not.
      return timex.startsWith('(') ? { kind: 'vague' } : classifyDay(timex, values, matched, today);
    case 'datetimeV2.daterange': {
      // "before 2 March 2026" / "after 5 January 2026": a point with a modifier.
      if (first.sourceEntity === 'datetimepoint') return classifyDay(timex, values, matched, today);
      const ends = /^\(([^,]+),([^,]+),[^)]*\)$/.exec(timex);
      if (!ends) return { kind: 'vague' }; // a week, month, year, weekend ...
      const parts = [ends[1]!, ends[2]!].map((t) => classifyDay(t, [], matched, today));
      const options = uniqueSorted(parts.map((p) => (p.kind === 'date' ? p.date : undefined)));
      return options.length === 2 ? { kind: 'range', options, matched } : { kind: 'vague' };
    }
    default:
      return { kind: 'ignore' }; // times, durations ("10 working days"), repeating sets
  }
}

function uniqueSorted(dates: ReadonlyArray<IsoDate | undefined>): IsoDate[] {
  return [...new Set(dates.filter((d): d is IsoDate => d !== undefined))].sort();
}

/** "a fortnight ago", "in a fortnight": the recogniser knows weeks, not fortnights. */
const FORTNIGHT = /\b(?:a\s+)?fortnight\b/gi;

/** The recogniser works in local time: give it noon on `today` so no clock change can move the day. */
function referenceDate(today: IsoDate): Date {
  const { y, m, d } = toCalDate(today);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/**
 * The single date a message gives. `lang` is the conversation's language; Welsh date words are read in
 * either. `today` (default: today in the UK) anchors "yesterday", "last Tuesday" and missing years.
 */
export function parseDate(text: string, lang: Lang, today: DateInput = todayIn()): ParseDateResult {
  void lang; // both languages go through the same path: Welsh words are rewritten, then read as en-GB.
  const todayIso = toIsoDate(today);
  const english = translateWelshDates(text).replace(FORTNIGHT, '2 weeks');
  const results = english.trim() === '' ? [] : dateTimeModel().parse(english, referenceDate(todayIso));
  // The recogniser finds some phrases it cannot resolve (it gave "a fortnight ago" no resolution at all).
  let found = results.map((r) => classify(r.typeName, (r.resolution?.['values'] ?? []) as Resolution[], r.text, todayIso));

  // A day written out ("Wednesday 16 December") is what the question counts from: a holiday named beside it ("with
  // Christmas in the middle") or words the recogniser reads as a date ("the next one") are not dates given.
  const written = found.filter((f) => f.kind === 'date' && /\d/.test(f.matched));
  if (written.length) found = found.filter((f) => (f.kind !== 'date' && f.kind !== 'partial') || /\d/.test(f.matched) || DAY_WORDS.test(f.matched));
  const dates = found.filter((f): f is Extract<Found, { kind: 'date' }> => f.kind === 'date');
  // "dydd Mercher 'ma (9 Rhagfyr)": a weekday that is one of the dates written beside it is that date named twice.
  const partials = found.filter((f): f is Extract<Found, { kind: 'partial' }> => f.kind === 'partial'
    && !(f.reason === 'weekday-only' && f.options.some((o) => dates.some((d) => d.date === o && /\d/.test(d.matched)))));
  const ranges = found.filter((f): f is Extract<Found, { kind: 'range' }> => f.kind === 'range');
  const distinct = uniqueSorted(dates.map((d) => d.date));

  if (distinct.length === 0 && partials.length === 0 && ranges.length === 0) {
    if (found.some((f) => f.kind === 'invalid')) return { status: 'missing', reason: 'invalid' };
    if (found.some((f) => f.kind === 'vague')) return { status: 'missing', reason: 'vague' };
    return { status: 'missing', reason: 'none' };
  }
  if (distinct.length === 1 && partials.length === 0 && ranges.length === 0) {
    const same = dates.filter((d) => d.date === distinct[0]);
    const stated = same.find((d) => !d.yearAssumed);
    const chosen = stated ?? same[0]!;
    return { status: 'ok', date: chosen.date, matched: chosen.matched, yearAssumed: !stated, alternatives: stated ? [] : chosen.alternatives };
  }
  if (distinct.length === 0 && partials.length === 1 && ranges.length === 0) {
    const p = partials[0]!;
    // "The conference was on Monday": the Monday gone; "the conference is on Monday": the one coming (tense.ts).
    const tense = p.reason === 'weekday-only' ? tenseOfWeekday(text) : undefined;
    const settled = tense === 'past' ? [...p.options].reverse().find((d) => d <= todayIso) : tense === 'future' ? p.options.find((d) => d >= todayIso) : undefined;
    if (settled) return { status: 'ok', date: settled, matched: p.matched, yearAssumed: false, alternatives: [] };
    return { status: 'ambiguous', reason: p.reason, options: p.options, matched: [p.matched] };
  }
  if (distinct.length === 0 && partials.length === 0 && ranges.length === 1) {
    const r = ranges[0]!;
    return { status: 'ambiguous', reason: 'range', options: r.options, matched: [r.matched] };
  }
  const allWritten = partials.length === 0 && ranges.length === 0;
  return {
    ...(allWritten ? { written: dates.map((d) => ({ date: d.date, matched: d.matched })) } : {}),
    status: 'ambiguous',
    reason: 'several-dates',
    options: uniqueSorted([...distinct, ...partials.flatMap((p) => p.options), ...ranges.flatMap((r) => r.options)]),
    matched: [...dates, ...partials, ...ranges].map((f) => f.matched),
  };
}
