// Finds the topic a message is about, with a confidence decision. Each question variant (and, more weakly,
// each answer) is a document in a MiniSearch (BM25) index per language. Words are folded, synonyms mapped,
// English stemmed, Welsh mutations undone, and small typos forgiven (fuzzy search).
import MiniSearch, { type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Lang } from '../knowledge/schema.js';
import { fold, phrasePattern, replacePhrases, tokenize } from './normalise.js';
import { radicalForms } from './welsh-mutations.js';

const STOP: Record<Lang, Set<string>> = {
  en: new Set(('a an the is are am was were be been being i me my mine we us our you your yours it its this that these those to of in on at ' +
    'for with and or but so do does did doing can could would should will shall may might must have has had having there their they them ' +
    'he she his her him please hi hello hiya just about any some get got if as by from into then than also very really pls plz ok okay ' +
    'thanks thank im ive id ill youre thats whats tell know want wanna need like one much lot bit up out go going').split(' ')),
  cy: new Set(('a ac ag y yr r i yn n mae maen ydy yw ydi o ar am fy dy ei ein eich eu hi fe fo e ni chi nhw fi ti sy sydd syn wedi bod fod ' +
    'oes ga gaf gawn alla allaf gallaf gallwch allwch plis os gwelwch dda dw dwi rwy rwyf ydw ydych yno hyn hynny gyda efo hefo i mi ' +
    'diolch helo shwmae su mai mor iawn jyst eisiau isio moyn angen gwybod dweud wrth').split(' ')),
};

/** Groups that come from the glossary are named "glossary:<id>". */
export const GLOSSARY_PREFIX = 'glossary:';

interface Doc { id: number; group: string; topic: string; text: string; kind: 'question' | 'answer' }

/** A topic group, how well it matched, and which of its records (variants) matched the words best. */
export interface Candidate { group: string; topicId: string; score: number; coverage: number }
export type MatchDecision =
  | { kind: 'answer'; group: string; candidates: Candidate[] }
  | { kind: 'clarify'; choices: string[]; candidates: Candidate[] }
  | { kind: 'none'; candidates: Candidate[] };

export const POLICY = {
  /** Share of the message's meaningful words the best topic must match to be answered. */
  minCoverage: 0.5,
  /** Below this share, or below minScore, nothing matched. */
  noneCoverage: 0.34,
  minScore: 3,
  /** A second topic scoring within this share of the first is a close call. */
  closeRatio: 0.82,
  maxChoices: 3,
  /** A topic matching this much more of the message than the runner-up wins even when scores are close. */
  coverageLead: 0.15,
};

export class TopicMatcher {
  private readonly index: Record<Lang, MiniSearch<Doc>>;
  private readonly synonyms: Record<Lang, { map: Map<string, string>; pattern?: RegExp }>;

  constructor(kb: KnowledgeBase) {
    this.synonyms = { en: this.synonymTable(kb, 'en'), cy: this.synonymTable(kb, 'cy') };
    this.index = { en: this.build(kb, 'en'), cy: this.build(kb, 'cy') };
  }

  private synonymTable(kb: KnowledgeBase, lang: Lang): { map: Map<string, string>; pattern?: RegExp } {
    const map = new Map<string, string>();
    for (const [canonical, variants] of Object.entries(kb.synonyms[lang])) {
      for (const v of variants) if (fold(v) !== fold(canonical)) map.set(fold(v), fold(canonical));
    }
    return { map, pattern: phrasePattern(map.keys()) };
  }

  /** Folded text with synonyms replaced: the form both documents and queries are indexed in. */
  prepare(text: string, lang: Lang): string {
    const s = this.synonyms[lang];
    return replacePhrases(fold(text), s.map, s.pattern);
  }

  private processTerm(lang: Lang) {
    return (term: string): string[] | null => {
      if (STOP[lang].has(term)) return null;
      if (lang === 'en') return [stemmer(term)];
      return [term, ...radicalForms(term)];
    };
  }

  private build(kb: KnowledgeBase, lang: Lang): MiniSearch<Doc> {
    const docs: Doc[] = [];
    let id = 0;
    for (const t of kb.topics) {
      for (const q of t.questions[lang]) docs.push({ id: id++, group: t.group, topic: t.id, text: this.prepare(q, lang), kind: 'question' });
      docs.push({ id: id++, group: t.group, topic: t.id, text: this.prepare(t.answer[lang], lang), kind: 'answer' });
    }
    for (const g of kb.glossary) {
      const group = GLOSSARY_PREFIX + g.id;
      const names = [g.term[lang], ...g.aliases[lang]];
      for (const n of names) docs.push({ id: id++, group, topic: group, text: this.prepare(n, lang), kind: 'question' });
    }
    const ms = new MiniSearch<Doc>({
      fields: ['text'],
      storeFields: ['group', 'topic', 'kind'],
      tokenize: (text) => tokenize(text),
      processTerm: this.processTerm(lang),
    });
    ms.addAll(docs);
    return ms;
  }

  /** The meaningful words of a query (after stop words), for coverage. */
  private queryTerms(prepared: string, lang: Lang): string[][] {
    const p = this.processTerm(lang);
    return tokenize(prepared).map((w) => p(w)).filter((x): x is string[] => !!x && x.length > 0);
  }

  rank(text: string, lang: Lang): Candidate[] {
    const prepared = this.prepare(text, lang);
    const terms = this.queryTerms(prepared, lang);
    if (!terms.length) return [];
    const results: SearchResult[] = this.index[lang].search(prepared, {
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      prefix: (term) => term.length >= 6,
      combineWith: 'OR',
      boostDocument: (_id, _term, stored) => (stored?.kind === 'answer' ? 0.35 : 1),
    });
    const best = new Map<string, Candidate>();
    for (const r of results) {
      const group = r.group as string;
      const matched = new Set(r.queryTerms);
      const covered = terms.filter((forms) => forms.some((f) => matched.has(f))).length / terms.length;
      const prev = best.get(group);
      if (!prev || r.score > prev.score) best.set(group, { group, topicId: r.topic as string, score: r.score, coverage: Math.max(covered, prev?.coverage ?? 0) });
      else prev.coverage = Math.max(prev.coverage, covered);
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }

  decide(text: string, lang: Lang): MatchDecision {
    const candidates = this.rank(text, lang);
    const [top, ...rest] = candidates;
    if (!top || top.score < POLICY.minScore || top.coverage < POLICY.noneCoverage) return { kind: 'none', candidates };
    // A close call: another topic scores nearly as well and matches as many of the words.
    const close = rest.filter((c) => c.score >= top.score * POLICY.closeRatio && c.coverage >= POLICY.noneCoverage && c.coverage >= top.coverage - POLICY.coverageLead);
    // A glossary definition close to a topic about the same thing is not worth asking about: answer the topic.
    const closeTopics = close.filter((c) => !c.group.startsWith(GLOSSARY_PREFIX) || top.group.startsWith(GLOSSARY_PREFIX));
    if (top.coverage >= POLICY.minCoverage && closeTopics.length === 0) return { kind: 'answer', group: top.group, candidates };
    if (closeTopics.length) return { kind: 'clarify', choices: [top, ...closeTopics].slice(0, POLICY.maxChoices).map((c) => c.group), candidates };
    return { kind: 'clarify', choices: [top.group], candidates };
  }
}
