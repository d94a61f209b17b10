// Writes a timeline (structured dates from knowledge/timescales) as short lines in the user's language.
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import type { Answers } from '../knowledge/answers.js';
import type { KnowledgeBase } from '../knowledge/load.js';
import { formatDate, type Timeline, type TimelineEntry } from '../knowledge/timescales/timeline.js';
import type { GivenEvent } from '../knowledge/timescales/given-event.js';

function entryLine(e: TimelineEntry, lang: Lang, kb: KnowledgeBase): string | undefined {
  if (!e.computable || !e.due) return undefined;
  const rule = kb.timescales.find((r) => r.id === e.ruleId);
  const date = (d: string) => formatDate(d, lang, { weekday: true });
  const parts: string[] = [];
  if (e.repeats && e.occurrences.length) {
    const dates = e.occurrences.map((o) => (o.earliest === o.latest ? date(o.latest) : t(lang, 'timescales.window', { from: date(o.earliest), to: date(o.latest) })));
    parts.push(t(lang, `timescales.kind.${e.kind}`) + ': ' + dates.join('; '));
  } else {
    parts.push(t(lang, `timescales.kind.${e.kind}`) + ': ' + t(lang, e.usual ? 'timescales.usually' : 'timescales.by', { date: date(e.due) }));
  }
  if (rule) parts.push(`(${rule.text[lang]})`);
  const skipped = e.holidaysSkipped.length;
  if (e.unit === 'working-days') parts.push(t(lang, skipped ? 'timescales.skipsHolidays' : 'timescales.skipsWeekends', { count: skipped }));
  if (e.dueDay?.weekend || e.dueDay?.holiday) parts.push(t(lang, 'timescales.dueNotWorkingDay'));
  return '• ' + parts.join(' ');
}

/** The whole timeline, the asked-about kind first, with the sources it came from. */
export function renderTimeline(timeline: Timeline, lang: Lang, kb: KnowledgeBase, answers: Answers, firstKind?: string,
  from: GivenEvent = 'initial-conference'): string {
  // A transfer counts from its own request, never from a conference.
  const entries = [...timeline.entries].filter((e) => (e.kind === 'transfer') === (from === 'transfer-request'));
  entries.sort((a, b) => (a.kind === firstKind ? -1 : b.kind === firstKind ? 1 : 0));
  const lines = entries.map((e) => entryLine(e, lang, kb)).filter((x): x is string => !!x);
  const place = timeline.place.council ? answers.councilName(timeline.place.council, lang, true)
    : timeline.place.nation ? t(lang, `nation.${timeline.place.nation}`) : '';
  const head = t(lang, from === 'initial-conference' ? 'timescales.heading' : `timescales.headingFrom.${from}`,
    { date: formatDate(timeline.eventDate, lang, { weekday: true }), place });
  const leaflets = [...new Set(entries.flatMap((e) => (e.computable ? e.sources.map((s) => s.leaflet) : [])))];
  const sources = leaflets.map((l) => answers.sourceLine(l, lang)).join(' ');
  return [head, ...lines, sources, t(lang, 'timescales.check')].filter(Boolean).join('\n\n');
}
