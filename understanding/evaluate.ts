// Scores the understanding layer against a labelled question set (used by the tests and `npm run bench`).
import type { Lang } from '../knowledge/schema.js';
import type { Understander } from './understand.js';

export interface LabelledItem { text: string; lang: Lang; expect: string; alsoOk?: string[] }
export interface Score { n: number; strict: number; lenient: number; wrong: string[] }

/**
 * strict: answered with an acceptable topic (or, for safety/off-topic/none items, the right reaction).
 * lenient: also counts a "Did you mean…?" whose choices include an acceptable topic, or an answer whose
 * "Or did you mean…?" buttons do (one tap away).
 */
export function scoreItem(u: Understander, item: LabelledItem): { strict: boolean; lenient: boolean; got: string } {
  const r = u.understand(item.text, {}, item.lang);
  const ok = new Set([item.expect, ...(item.alsoOk ?? [])]);
  const i = r.intent;
  const got = i.kind === 'answer' ? i.group : i.kind === 'clarify' ? `clarify(${i.choices.join(',')})` : i.kind;
  if (item.expect === 'safety') return { strict: i.kind === 'safety', lenient: i.kind === 'safety', got };
  if (item.expect === 'offTopic') { const s = i.kind === 'offTopic' || i.kind === 'none'; return { strict: s, lenient: s, got }; }
  // Nothing in the leaflets answers it: "none", or the honest out-of-scope reply.
  if (item.expect === 'none') { const s = i.kind !== 'answer' && i.kind !== 'safety'; return { strict: s, lenient: s, got }; }
  const strict = i.kind === 'answer' && ok.has(i.group);
  const lenient = strict || (i.kind === 'clarify' && i.choices.some((c) => ok.has(c)))
    || (i.kind === 'answer' && (i.alternatives ?? []).some((c) => ok.has(c)));
  return { strict, lenient, got };
}

export function scoreSet(u: Understander, items: LabelledItem[], lang: Lang): Score {
  const score: Score = { n: 0, strict: 0, lenient: 0, wrong: [] };
  for (const item of items.filter((x) => x.lang === lang)) {
    const s = scoreItem(u, item);
    score.n++;
    if (s.strict) score.strict++;
    if (s.lenient) score.lenient++;
    else score.wrong.push(`${item.expect} <- "${item.text}" got ${s.got}`);
  }
  return score;
}
