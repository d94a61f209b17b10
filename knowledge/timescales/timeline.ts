// The dates that follow an initial child protection conference (a CPPM in Scotland), worked out from the
// timescale rules that apply to the family's council and nation. Structured data only: ids, ISO dates,
// rule ids and flags. Sentences are written elsewhere from the locale files (formatDate helps with dates).
//
// Reading the rules:
// - type 'within': a deadline. `due` = the period added to the anchor ("within 10 working days" of
//   Monday 5 January 2026 = Monday 19 January 2026: the anchor day itself is not counted).
// - type 'about': the usual time, not a deadline (usual: true, deadline: false).
// - type 'every': a repeating interval; occurrences give the next few, each as the window it can fall in
//   (earliest = latest when there is no range). "every 4-6 weeks" -> 1st: +4 to +6 weeks, 2nd: +8 to +12 ...
// - later-reviews with type 'within' also repeat: each review is due within the period of the one before,
//   so occurrences assume each is held on its last allowed day.
// - maxAmount gives a range: window = anchor + amount .. anchor + maxAmount, and `due` is its last day.
// - Working days skip weekends and the bank holidays of place.nation. With no nation (only possible for
//   council and "all" rules) only weekends are skipped and holidaysKnown is false.
// - The anchor: the conference/CPPM date for 'initial-conference' and 'cppm'; for 'first-core-group',
//   'first-review' and 'review' the date given in options.known, or else the due date worked out for that
//   event (basis 'estimated'); 'transfer-request' needs options.known, otherwise computable is false.
import type { Nation, SourceRef, TimescaleRule } from '../schema.js';
import { bankHolidayOn, type BankHoliday } from './bank-holidays.js';
import { addCalendarDays, addMonths, addWeeks, isWeekend, toIsoDate, type DateInput, type IsoDate } from './calendar-date.js';
import { rulesByKind, applicableRules, type Place, type RuleLevel, type TimescaleKind } from './select-rules.js';
import { addWorkingDaysDetailed } from './working-days.js';

export { formatDate, type FormatDateOptions } from './format-date.js';
export type { Place, RuleLevel, TimescaleKind } from './select-rules.js';

export type TimescaleEvent = TimescaleRule['from'];
export type TimescaleUnit = TimescaleRule['unit'];

export interface Shifted {
  date: IsoDate;
  /** Weekday bank holidays stepped over while counting working days (empty for other units). */
  holidaysSkipped: BankHoliday[];
  weekendDaysSkipped: number;
}

export interface Occurrence {
  /** 1 = the first one after the anchor. */
  index: number;
  earliest: IsoDate;
  latest: IsoDate;
  holidaysSkipped: BankHoliday[];
}

export interface TimelineEntry {
  kind: TimescaleKind;
  ruleId: string;
  appliesTo: string;
  level: RuleLevel;
  from: TimescaleEvent;
  type: TimescaleRule['type'];
  amount: number;
  maxAmount: number | null;
  unit: TimescaleUnit;
  /** 'within': a limit that should not be passed. */
  deadline: boolean;
  /** 'about': what usually happens, not a deadline. */
  usual: boolean;
  /** The timescale repeats (type 'every', or later reviews). */
  repeats: boolean;
  anchor: {
    event: TimescaleEvent;
    date: IsoDate | null;
    /** 'conference': the date given for the conference/CPPM; 'given': from options.known;
     * 'estimated': the due date of another rule (fromRuleId); 'unknown': no date to count from. */
    basis: 'conference' | 'given' | 'estimated' | 'unknown';
    fromRuleId: string | null;
  };
  computable: boolean;
  /** The last day of the period: the deadline ('within'), the usual date ('about'), or the first repeat ('every'). */
  due: IsoDate | null;
  /** When the rule gives a range (maxAmount): the first and last day of it. */
  window: { earliest: IsoDate; latest: IsoDate } | null;
  /** For repeating timescales: the next few. Empty otherwise. */
  occurrences: Occurrence[];
  /** Which bank holidays were used for working days. */
  calendar: { nation: Nation | null; holidaysKnown: boolean };
  /** Bank holidays skipped on the way to `due` (working-day rules only). */
  holidaysSkipped: BankHoliday[];
  weekendDaysSkipped: number;
  /** Whether `due` falls on a weekend or bank holiday (possible for day, week and month rules). */
  dueDay: { weekend: boolean; holiday: BankHoliday | null } | null;
  sources: SourceRef[];
}

export interface Timeline {
  eventDate: IsoDate;
  place: { council: string | null; nation: Nation | null };
  /** Every rule that applies, most specific first. */
  applicable: Array<{ ruleId: string; kind: TimescaleKind; level: RuleLevel; appliesTo: string }>;
  /** The winning rule for each kind, in the order first-core-group, core-group-frequency, first-review,
   * later-reviews, social-worker-visits, transfer. */
  entries: TimelineEntry[];
  byKind: Partial<Record<TimescaleKind, TimelineEntry>>;
}

export interface TimelineOptions {
  /** Dates already known, e.g. { 'first-core-group': '2026-01-16' } or { 'transfer-request': ... }. */
  known?: Partial<Record<TimescaleEvent, DateInput>>;
  /** How many repeats to list for repeating timescales (default 3). */
  occurrences?: number;
}

/** anchor + n units. Working days need the nation for its bank holidays (weekends only without one). */
export function shiftBy(anchor: DateInput, n: number, unit: TimescaleUnit, nation: Nation | null): Shifted {
  switch (unit) {
    case 'working-days':
      return addWorkingDaysDetailed(anchor, n, nation ?? undefined);
    case 'days':
      return { date: addCalendarDays(anchor, n), holidaysSkipped: [], weekendDaysSkipped: 0 };
    case 'weeks':
      return { date: addWeeks(anchor, n), holidaysSkipped: [], weekendDaysSkipped: 0 };
    case 'months':
      return { date: addMonths(anchor, n), holidaysSkipped: [], weekendDaysSkipped: 0 };
  }
}

type Anchor = TimelineEntry['anchor'];

/** The dates one rule gives when counted from `anchor` (null when there is no date to count from). */
export function entryFor(
  rule: TimescaleRule,
  level: RuleLevel,
  anchor: Anchor,
  nation: Nation | null,
  occurrenceCount = 3,
): TimelineEntry {
  const repeats = rule.type === 'every' || rule.kind === 'later-reviews';
  const max = rule.maxAmount !== undefined && rule.maxAmount > rule.amount ? rule.maxAmount : null;
  const entry: TimelineEntry = {
    kind: rule.kind,
    ruleId: rule.id,
    appliesTo: rule.appliesTo,
    level,
    from: rule.from,
    type: rule.type,
    amount: rule.amount,
    maxAmount: max,
    unit: rule.unit,
    deadline: rule.type === 'within',
    usual: rule.type === 'about',
    repeats,
    anchor,
    computable: anchor.date !== null,
    due: null,
    window: null,
    occurrences: [],
    calendar: { nation: rule.unit === 'working-days' ? nation : null, holidaysKnown: rule.unit !== 'working-days' || nation !== null },
    holidaysSkipped: [],
    weekendDaysSkipped: 0,
    dueDay: null,
    sources: rule.sources,
  };
  if (anchor.date === null) return entry;

  const first = shiftBy(anchor.date, rule.amount, rule.unit, nation);
  const last = max === null ? first : shiftBy(anchor.date, max, rule.unit, nation);
  entry.due = last.date;
  entry.window = max === null ? null : { earliest: first.date, latest: last.date };
  entry.holidaysSkipped = last.holidaysSkipped;
  entry.weekendDaysSkipped = last.weekendDaysSkipped;
  entry.dueDay = { weekend: isWeekend(last.date), holiday: nation ? (bankHolidayOn(last.date, nation) ?? null) : null };

  if (repeats) {
    for (let i = 1; i <= Math.max(0, occurrenceCount); i++) {
      const early = shiftBy(anchor.date, i * rule.amount, rule.unit, nation);
      const late = max === null ? early : shiftBy(anchor.date, i * max, rule.unit, nation);
      entry.occurrences.push({ index: i, earliest: early.date, latest: late.date, holidaysSkipped: late.holidaysSkipped });
    }
  }
  return entry;
}

/**
 * The timeline after a conference/CPPM held on `eventDate` in `place`, from the rules that apply there
 * (council rules over nation rules over rules for all).
 */
export function buildTimeline(rules: readonly TimescaleRule[], place: Place, eventDate: DateInput, options: TimelineOptions = {}): Timeline {
  const event = toIsoDate(eventDate);
  const known = new Map<TimescaleEvent, IsoDate>(
    Object.entries(options.known ?? {})
      .filter((e): e is [TimescaleEvent, DateInput] => e[1] !== undefined)
      .map(([k, v]) => [k, toIsoDate(v)]),
  );
  const count = options.occurrences ?? 3;
  const byKind: Partial<Record<TimescaleKind, TimelineEntry>> = {};
  const entries: TimelineEntry[] = [];

  const estimatedFrom = (kind: TimescaleKind): Anchor | undefined => {
    const e = byKind[kind];
    return e?.due ? { event: e.kind === 'first-review' ? 'first-review' : 'first-core-group', date: e.due, basis: 'estimated', fromRuleId: e.ruleId } : undefined;
  };
  const anchorFor = (from: TimescaleEvent): Anchor => {
    const given = known.get(from) ?? (from === 'review' ? known.get('first-review') : undefined);
    if (given) return { event: from, date: given, basis: from === 'initial-conference' || from === 'cppm' ? 'conference' : 'given', fromRuleId: null };
    const unknown: Anchor = { event: from, date: null, basis: 'unknown', fromRuleId: null };
    switch (from) {
      case 'initial-conference':
      case 'cppm':
        return { event: from, date: event, basis: 'conference', fromRuleId: null };
      case 'first-core-group':
        return { ...(estimatedFrom('first-core-group') ?? unknown), event: from };
      case 'first-review':
      case 'review':
        return { ...(estimatedFrom('first-review') ?? unknown), event: from };
      case 'transfer-request':
        return unknown;
    }
  };

  for (const [kind, { rule, level }] of rulesByKind(rules, place)) {
    const entry = entryFor(rule, level, anchorFor(rule.from), place.nation ?? null, count);
    byKind[kind] = entry;
    entries.push(entry);
  }

  return {
    eventDate: event,
    place: { council: place.council ?? null, nation: place.nation ?? null },
    applicable: applicableRules(rules, place).map(({ rule, level }) => ({ ruleId: rule.id, kind: rule.kind, level, appliesTo: rule.appliesTo })),
    entries,
    byKind,
  };
}
