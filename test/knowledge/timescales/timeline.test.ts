// The timeline after a conference, from rules like those in content/timescales.yaml (defined here, so the
// test does not depend on that file).
import type { TimescaleRule } from '../../../knowledge/schema.js';
import { timescaleRule } from '../../../knowledge/schema.js';
import { applicableRules } from '../../../knowledge/timescales/select-rules.js';
import { buildTimeline, formatDate } from '../../../knowledge/timescales/timeline.js';

function rule(id: string, appliesTo: string, kind: TimescaleRule['kind'], from: TimescaleRule['from'], type: TimescaleRule['type'], amount: number, unit: TimescaleRule['unit'], maxAmount?: number): TimescaleRule {
  return timescaleRule.parse({
    id,
    kind,
    appliesTo,
    from,
    type,
    amount,
    ...(maxAmount === undefined ? {} : { maxAmount }),
    unit,
    text: { en: `${id} (en)`, cy: `${id} (cy)` },
    sources: [{ leaflet: 'test-leaflet', section: 'Timescales' }],
  });
}

const RULES: TimescaleRule[] = [
  rule('wales-first-core-group', 'nation:wales', 'first-core-group', 'initial-conference', 'within', 10, 'working-days'),
  rule('england-first-core-group', 'nation:england', 'first-core-group', 'initial-conference', 'within', 10, 'working-days'),
  rule('staffordshire-first-core-group', 'council:staffordshire', 'first-core-group', 'initial-conference', 'within', 10, 'days'),
  rule('argyll-bute-first-core-group', 'council:argyll-bute', 'first-core-group', 'cppm', 'about', 15, 'days'),
  rule('wales-core-group-frequency', 'nation:wales', 'core-group-frequency', 'first-core-group', 'every', 4, 'weeks', 6),
  rule('staffordshire-core-group-frequency', 'council:staffordshire', 'core-group-frequency', 'first-core-group', 'every', 4, 'weeks', 6),
  rule('argyll-bute-core-group-frequency', 'council:argyll-bute', 'core-group-frequency', 'first-core-group', 'every', 4, 'weeks'),
  rule('barnsley-core-group-frequency', 'council:barnsley', 'core-group-frequency', 'first-core-group', 'every', 4, 'weeks'),
  rule('barnsley-first-review', 'council:barnsley', 'first-review', 'initial-conference', 'within', 3, 'months'),
  rule('barnsley-later-reviews', 'council:barnsley', 'later-reviews', 'first-review', 'within', 6, 'months'),
  rule('barnsley-social-worker-visits', 'council:barnsley', 'social-worker-visits', 'initial-conference', 'every', 2, 'weeks'),
  rule('argyll-bute-transfer', 'council:argyll-bute', 'transfer', 'transfer-request', 'within', 21, 'working-days'),
  rule('all-first-review', 'all', 'first-review', 'initial-conference', 'within', 3, 'months'),
];

describe('choosing rules', () => {
  test('the council rule comes before the nation rule, which comes before the rule for all', () => {
    const ids = applicableRules(RULES, { council: 'staffordshire', nation: 'england' }).map((a) => [a.rule.id, a.level]);
    expect(ids).toEqual([
      ['staffordshire-first-core-group', 'council'],
      ['staffordshire-core-group-frequency', 'council'],
      ['england-first-core-group', 'nation'],
      ['all-first-review', 'all'],
    ]);
  });

  test('rules for other councils and nations never apply', () => {
    const ids = applicableRules(RULES, { council: 'denbighshire', nation: 'wales' }).map((a) => a.rule.id);
    expect(ids).toEqual(['wales-first-core-group', 'wales-core-group-frequency', 'all-first-review']);
  });
});

describe('buildTimeline', () => {
  test('Denbighshire (Wales): conference 5 January 2026, first core group by 19 January, then every 4-6 weeks', () => {
    const t = buildTimeline(RULES, { council: 'denbighshire', nation: 'wales' }, '2026-01-05');
    expect(t.eventDate).toBe('2026-01-05');
    expect(t.entries.map((e) => e.kind)).toEqual(['first-core-group', 'core-group-frequency', 'first-review']);

    const first = t.byKind['first-core-group']!;
    expect(first).toMatchObject({
      ruleId: 'wales-first-core-group',
      level: 'nation',
      unit: 'working-days',
      deadline: true,
      usual: false,
      due: '2026-01-19',
      anchor: { event: 'initial-conference', date: '2026-01-05', basis: 'conference' },
      calendar: { nation: 'wales', holidaysKnown: true },
      holidaysSkipped: [],
      weekendDaysSkipped: 4,
      dueDay: { weekend: false, holiday: null },
    });
    expect(formatDate(first.due!, 'cy', { weekday: true })).toBe('Dydd Llun, 19 Ionawr 2026');

    const groups = t.byKind['core-group-frequency']!;
    expect(groups).toMatchObject({
      ruleId: 'wales-core-group-frequency',
      repeats: true,
      anchor: { event: 'first-core-group', date: '2026-01-19', basis: 'estimated', fromRuleId: 'wales-first-core-group' },
      window: { earliest: '2026-02-16', latest: '2026-03-02' },
      due: '2026-03-02',
    });
    expect(groups.occurrences.map((o) => [o.earliest, o.latest])).toEqual([
      ['2026-02-16', '2026-03-02'],
      ['2026-03-16', '2026-04-13'],
      ['2026-04-13', '2026-05-25'],
    ]);
    expect(t.byKind['first-review']).toMatchObject({ ruleId: 'all-first-review', level: 'all', due: '2026-04-05', dueDay: { weekend: true } });
  });

  test('Wales over Christmas: conference 18 December 2026 -> first core group by 6 January 2027, holidays listed', () => {
    const first = buildTimeline(RULES, { council: 'denbighshire', nation: 'wales' }, '2026-12-18').byKind['first-core-group']!;
    expect(first.due).toBe('2027-01-06');
    expect(first.holidaysSkipped.map((h) => [h.date, h.id])).toEqual([
      ['2026-12-25', 'christmas-day'],
      ['2026-12-28', 'boxing-day-substitute-day'],
      ['2027-01-01', 'new-years-day'],
    ]);
  });

  test('Staffordshire: the council\'s "within 10 days" beats England\'s 10 working days', () => {
    const t = buildTimeline(RULES, { council: 'staffordshire', nation: 'england' }, '2026-01-05');
    expect(t.byKind['first-core-group']).toMatchObject({ ruleId: 'staffordshire-first-core-group', level: 'council', unit: 'days', due: '2026-01-15', holidaysSkipped: [] });
    expect(t.applicable[0]).toEqual({ ruleId: 'staffordshire-first-core-group', kind: 'first-core-group', level: 'council', appliesTo: 'council:staffordshire' });
    // Without the council, England's rule applies.
    const england = buildTimeline(RULES, { nation: 'england' }, '2026-01-05');
    expect(england.byKind['first-core-group']).toMatchObject({ ruleId: 'england-first-core-group', due: '2026-01-19' });
  });

  test('Argyll and Bute: "about 15 days" after the CPPM is usual, not a deadline; core groups 4-weekly', () => {
    const t = buildTimeline(RULES, { council: 'argyll-bute', nation: 'scotland' }, '2026-01-05');
    expect(t.byKind['first-core-group']).toMatchObject({ from: 'cppm', usual: true, deadline: false, due: '2026-01-20', window: null });
    const groups = t.byKind['core-group-frequency']!;
    expect(groups.occurrences.map((o) => o.latest)).toEqual(['2026-02-17', '2026-03-17', '2026-04-14']);
    expect(groups.occurrences.every((o) => o.earliest === o.latest)).toBe(true);
  });

  test('Argyll and Bute transfer: needs the request date; 21 working days in Scotland over New Year', () => {
    const unknown = buildTimeline(RULES, { council: 'argyll-bute', nation: 'scotland' }, '2026-01-05').byKind['transfer']!;
    expect(unknown).toMatchObject({ computable: false, due: null, anchor: { event: 'transfer-request', date: null, basis: 'unknown' } });
    const known = buildTimeline(RULES, { council: 'argyll-bute', nation: 'scotland' }, '2026-12-01', { known: { 'transfer-request': '2026-12-18' } }).byKind['transfer']!;
    expect(known).toMatchObject({ computable: true, due: '2027-01-22', anchor: { basis: 'given', date: '2026-12-18' } });
    expect(known.holidaysSkipped.map((h) => h.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01', '2027-01-04']);
  });

  test('Barnsley: England\'s first core group, 4-weekly core groups, reviews at 3 then 6 months, visits fortnightly', () => {
    const t = buildTimeline(RULES, { council: 'barnsley', nation: 'england' }, '2026-03-02');
    expect(t.entries.map((e) => e.ruleId)).toEqual([
      'england-first-core-group',
      'barnsley-core-group-frequency',
      'barnsley-first-review',
      'barnsley-later-reviews',
      'barnsley-social-worker-visits',
    ]);
    expect(t.byKind['first-core-group']!.due).toBe('2026-03-16');
    expect(t.byKind['core-group-frequency']!.occurrences.map((o) => o.latest)).toEqual(['2026-04-13', '2026-05-11', '2026-06-08']);
    expect(t.byKind['first-review']).toMatchObject({ ruleId: 'barnsley-first-review', level: 'council', due: '2026-06-02' });
    expect(t.byKind['later-reviews']).toMatchObject({ repeats: true, anchor: { event: 'first-review', date: '2026-06-02', basis: 'estimated' } });
    expect(t.byKind['later-reviews']!.occurrences.map((o) => o.latest)).toEqual(['2026-12-02', '2027-06-02', '2027-12-02']);
    expect(t.byKind['social-worker-visits']!.occurrences.map((o) => o.latest)).toEqual(['2026-03-16', '2026-03-30', '2026-04-13']);
  });

  test('known dates replace estimates', () => {
    const t = buildTimeline(RULES, { council: 'barnsley', nation: 'england' }, '2026-03-02', {
      known: { 'first-core-group': '2026-03-12', 'first-review': '2026-05-20' },
      occurrences: 2,
    });
    expect(t.byKind['core-group-frequency']).toMatchObject({ anchor: { date: '2026-03-12', basis: 'given' } });
    expect(t.byKind['core-group-frequency']!.occurrences.map((o) => o.latest)).toEqual(['2026-04-09', '2026-05-07']);
    expect(t.byKind['later-reviews']!.occurrences.map((o) => o.latest)).toEqual(['2026-11-20', '2027-05-20']);
  });

  test('month rules clamp and say when the date falls at a weekend', () => {
    // 30 November 2026 + 3 months = Sunday 28 February 2027.
    const review = buildTimeline(RULES, { council: 'barnsley', nation: 'england' }, '2026-11-30').byKind['first-review']!;
    expect(review).toMatchObject({ due: '2027-02-28', dueDay: { weekend: true, holiday: null } });
  });

  test('with no nation, working days skip weekends only and say so', () => {
    const rules = [rule('generic', 'all', 'first-core-group', 'initial-conference', 'within', 10, 'working-days')];
    const first = buildTimeline(rules, {}, '2026-12-18').byKind['first-core-group']!;
    expect(first).toMatchObject({ due: '2027-01-01', calendar: { nation: null, holidaysKnown: false }, holidaysSkipped: [] });
  });

  test('no applicable rules: an empty timeline, not an error', () => {
    const t = buildTimeline(RULES.filter((r) => r.appliesTo !== 'all'), { council: 'nowhere' }, '2026-01-05');
    expect(t).toMatchObject({ entries: [], applicable: [], byKind: {}, place: { council: 'nowhere', nation: null } });
  });

  test('the result is plain data (survives JSON)', () => {
    const t = buildTimeline(RULES, { council: 'barnsley', nation: 'england' }, { y: 2026, m: 3, d: 2 });
    expect(JSON.parse(JSON.stringify(t))).toEqual(t);
  });
});
