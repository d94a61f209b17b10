// Finds the topic a message is about, with a confidence decision. Each question variant (and, more weakly,
// each answer) is a document in a BM25 index per language (understanding/bm25.ts). Words are folded, synonyms mapped,
// English stemmed, Welsh mutations undone, and small typos forgiven (fuzzy search).
import { Bm25Index } from './bm25.js';
import { stemmer } from 'stemmer';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Audience, Lang } from '../knowledge/schema.js';
import { fold, phrasePattern, replacePhrases, tokenize } from './normalise.js';
import { mutatedForms, welshForms } from './welsh-mutations.js';
import { DEFAULT_TRAIN, SoftmaxClassifier, type Example, type Features } from './classifier.js';
import { FileModelStore, trainingKey, type ModelStore } from './model-store.js';
import type { Meeting } from './entities.js';

const STOP: Record<Lang, Set<string>> = {
  en: new Set(('a an the is are am was were be been being i me my mine we us our you your yours it its this that these those to of in on at ' +
    'for with and or but so do does did doing can could would should will shall may might must have has had having there their they them ' +
    'he she his her him please hi hello hiya just about any some get got if as by from into then than also very really pls plz ok okay ' +
    'thanks thank im ive id ill youre thats whats tell know want wanna need like one much lot bit up out go going').split(' ')),
  cy: new Set(('a ac ag y yr r i yn n mae maen ydy yw ydi o ar am fy dy ei ein eich eu hi fe fo e ni chi nhw fi ti sy sydd syn wedi bod fod ' +
    'oes ga gaf gawn alla allaf gallaf gallwch allwch plis os gwelwch dda dw dwi rwy rwyf ydw ydych yno hyn hynny gyda efo hefo i mi ' +
    'diolch helo shwmae su mai mor iawn jyst ma eisiau isio moyn angen gwybod dweud ddweud deud ddeud wrth dylwn ddylwn dylen ddylen dylai ddylai').split(' ')),
};

/** Question words steer the ranking ("who" vs "when") but are not what a message is about: coverage ignores them. */
const QUESTION_WORDS = new Set('what who when how why where which whose beth be pwy pryd sut pam ble faint pa'.split(' '));

/** Said when something was not understood: with question words alone ("what?", "be?", "huh") nothing was asked. */
const PUZZLED = new Set('huh eh pardon sorry sori hmm hm um umm er erm what wha wat wot be beth pardwn'.split(' '));

/** Question words as typed in a hurry, which also make a message a question. */
const ASKING = new Set('whats whos hows wheres whens whys wat wot'.split(' '));

/** The words a question is about: not its stop words or question words ("will they take my child away" -> take child away). */
export function contentWords(folded: string, lang: Lang): string[] {
  return tokenize(folded).filter((w) => !STOP[lang].has(w) && !QUESTION_WORDS.has(w) && !ASKING.has(w));
}

/** Groups that come from the glossary are named "glossary:<id>". */
export const GLOSSARY_PREFIX = 'glossary:';
/** The classifier also learns what is not about the process at all (content/offtopic.yaml's examples). */
const OFF_TOPIC = '(off-topic)';
/** And what is near the subject but in no leaflet (content/out-of-scope.yaml). */
const OUT_OF_SCOPE = '(out-of-scope)';

interface Doc { id: number; group: string; topic: string; text: string; kind: 'question' | 'answer' | 'term' }

/** A topic group, how well it matched, and which of its records (variants) matched the words best. */
export interface Candidate {
  group: string;
  topicId: string;
  /** The combined score (classifier probability, relative BM25 and coverage), about 0..1.2. */
  score: number;
  /** BM25 score of the group's best question (0 when only the classifier proposed it). */
  lexical: number;
  /** The classifier's probability. */
  p: number;
  coverage: number;
  /** The records of the group that matched about as well as the best (the words do not tell them apart). */
  closeTopics?: string[];
  /** Written only for other people than the asker (a supporter's topic, for a parent). */
  forOthers?: boolean;
}
export type MatchDecision =
  | { kind: 'answer'; group: string; candidates: Candidate[]; alternatives?: string[] }
  | { kind: 'clarify'; choices: string[]; candidates: Candidate[] }
  | { kind: 'none'; candidates: Candidate[]; offTopic?: boolean; outOfScope?: boolean };

export const POLICY = {
  /** Share of the message's meaningful words the best topic must match to be answered. */
  minCoverage: 0.5,
  /** Below this share, or below minScore, nothing matched. */
  noneCoverage: 0.34,
  minScore: 6,
  minScorePerTerm: 3,
  /** Share of the combined score that comes from the classifier (the rest from relative BM25). */
  classifierWeight: 0.6,
  /** A second topic within this much of the first (combined score, 0..1) is offered as "Or did you mean…?". */
  margin: 0.12,
  /** Within this much it is a near tie: ask "Did you mean…?" instead of answering. */
  tieMargin: 0.01,
  /** Also a near tie: BM25 within this share of the top topic's, and the classifier's probability within classifierTie
   *  of the top's or at least classifierTieRatio of it. */
  lexicalTie: 0.03,
  classifierTie: 0.1,
  classifierTieRatio: 0.75,
  /** A runner-up the classifier gives less than this is never a near tie, when it gives the top at least tieLeanP
   *  (about four times an even guess over the topic groups). */
  tieMinP: 0.01,
  tieLeanP: 0.08,
  /** Too little evidence, but no other topic near and the classifier this sure: answered rather than asked about alone. */
  aloneP: 0.15,
  /** A long message covers little of any topic's words: the classifier this sure still lets it be matched. */
  longMessageP: 0.4,
  /** The classifier alone is enough support when this sure. */
  confidentP: 0.3,
  /** A broad word with words around it that make the classifier at least even on one topic is answered, not asked back. */
  broadButSureP: 0.5,
  /** A topic this far ahead of the next (combined score) is answered even on partial word overlap. */
  clearLead: 0.2,
  maxChoices: 3,
  /** Records of one topic scoring within this share of the best are matched equally well. */
  sameMatchRatio: 0.85,
  /** Score kept by a topic that serves none of the asker's audience (parent unless they said otherwise). */
  otherAudienceFactor: 0.75,
  /** Evidence kept by a topic about the other meeting (content/meetings.yaml) when the message names one meeting only:
   *  "how often are conferences" is not about how often the core group meets. Measured: 0.8 changed nothing, 0.6 put
   *  "how often are conferences" and a large-print request in set 4 right and moved nothing else in any set. */
  otherMeetingFactor: 0.6,
  /** A one-word message matching this many topics fully is too broad to answer. */
  broadTopics: 6,
  /** Weight of a topic's second-best matching question. */
  agreementWeight: 0.25,
  /** Answers hold useful words but are not questions: they count for less. */
  answerWeight: 0.35,
  /** A glossary term matches definition questions; a topic on the same words should win. */
  glossaryWeight: 0.6,
  /** Weight of each off-topic example in training, and how sure the classifier must be to call a message off-topic. */
  offTopicWeight: 1,
  offTopicP: 0.35,
  /** The same for questions near the subject that no leaflet answers. */
  outOfScopeWeight: 1,
  outOfScopeP: 0.35,
  /** Added for the share of the message's words a topic's questions hold ("cancel" only in one topic's): measured
   *  +0.2 points cross-validated top-1 and fewer near ties (clarify 5% -> 3%). */
  coverageWeight: 0.2,
  /** BM25 this many times the next topic's, with every word matched: the topic plainly, whatever the classes learned. */
  lexicalLead: 1.5,
  /** Off-topic and out of scope together this sure (and surer than of any topic): not a topic either way. */
  notTopicP: 0.5,
};

/**
 * A top the classifier all but rules out, a hair ahead of a topic it leans to, is not the top: the classifier breaks
 * the near tie ("im 15 and im on a child protection plan in Tamworth. can i be in the core group" shares every word with
 * when the first core group meets, which the classifier gives 0%, and asks whether a young person can be in it).
 */
function tieBrokenByClassifier(candidates: Candidate[]): Candidate[] {
  const [a, b] = candidates;
  if (!a || !b || !(a.p < POLICY.tieMinP && b.p >= POLICY.tieLeanP && a.score - b.score < POLICY.tieMargin)) return candidates;
  return [b, a, ...candidates.slice(2)];
}

/** Weights of the classifier's features (measured by cross-validation over the variants and the two question sets:
 *  stop words at 0.5 rather than 0.3 lifted top-1 from 84.6% to 85.8% in English; skip-pairs and 3- or 5-letter
 *  groups did not help). Stop words count for less than content words but still tell "can" from "can't", "with". */
export const FEATURE_WEIGHTS = { stop: 0.5, letterGroup: 0.2, pair: 0.7 };
export class TopicMatcher {
  private readonly index: Record<Lang, { bm25: Bm25Index; docs: Doc[] }>;
  private readonly classifier: Record<Lang, SoftmaxClassifier>;
  private readonly topicOfGroup = new Map<string, string>();
  private readonly audiencesOfGroup = new Map<string, Set<string>>();
  private readonly meetingOfGroup = new Map<string, Meeting>();
  /** A parent's topic groups that a young person asking the same means something else by (content/young-people.yaml). */
  private readonly notForYoungPeople: Set<string>;
  private readonly synonyms: Record<Lang, { map: Map<string, string>; pattern?: RegExp }>;
  /** Every word of the Welsh questions, answers and terms, and their radical forms: what a spoken ending may stand for. */
  private readonly welshWords: Set<string>;

  /** models: where trained classifier weights are kept (by default those `npm run build` wrote into dist). */
  constructor(kb: KnowledgeBase, models: ModelStore = new FileModelStore()) {
    this.synonyms = { en: this.synonymTable(kb, 'en'), cy: this.synonymTable(kb, 'cy') };
    this.welshWords = this.wordsUsed(kb, 'cy');
    this.index = { en: this.build(kb, 'en'), cy: this.build(kb, 'cy') };
    for (const t of kb.topics) {
      if (!this.topicOfGroup.has(t.group)) this.topicOfGroup.set(t.group, t.id);
      const set = this.audiencesOfGroup.get(t.group) ?? new Set<string>();
      t.audiences.forEach((a) => set.add(a));
      this.audiencesOfGroup.set(t.group, set);
    }
    this.notForYoungPeople = new Set(Object.keys(kb.youngPeople ?? {}));
    this.tagMeetings(kb);
    this.classifier = { en: this.trainClassifier(kb, 'en', models), cy: this.trainClassifier(kb, 'cy', models) };
  }

  private wordsUsed(kb: KnowledgeBase, lang: Lang): Set<string> {
    const words = new Set<string>();
    const texts = [...kb.topics.flatMap((t) => [...t.questions[lang], t.answer[lang]]), ...kb.glossary.flatMap((g) => [g.term[lang], ...g.aliases[lang]])];
    for (const text of texts) for (const w of tokenize(this.prepare(text, lang))) words.add(w);
    return words;
  }

  /** Which meeting each topic is about, from content/meetings.yaml. */
  private tagMeetings(kb: KnowledgeBase) {
    for (const m of ['conference', 'core-group'] as Meeting[]) for (const g of kb.meetings[m]) this.meetingOfGroup.set(g, m);
  }

  /** The one meeting a topic is about (content/meetings.yaml), or undefined when it holds for both. */
  meetingOf(group: string): Meeting | undefined {
    return this.meetingOfGroup.get(group);
  }

  /** Words (stemmed or de-mutated), word pairs and four-letter groups (for typos); weights L2-normalised. */
  features(text: string, lang: Lang): Features {
    // One message's features are wanted by the ranking and the off-topic check: keep the last.
    if (this.lastFeatures?.text === text && this.lastFeatures.lang === lang) return this.lastFeatures.f;
    const f: Features = new Map();
    const add = (k: string, w: number) => f.set(k, (f.get(k) ?? 0) + w);
    const kept: string[] = [];
    for (const w of tokenize(this.prepare(text, lang))) {
      if (STOP[lang].has(w)) { add(`s:${w}`, FEATURE_WEIGHTS.stop); continue; }
      const main = lang === 'en' ? stemmer(w) : w;
      kept.push(main);
      add(`w:${main}`, 1);
      if (lang === 'cy') for (const r of welshForms(w, this.welshWords)) add(`w:${r}`, 0.7);
      if (w.length >= 4) {
        const padded = `#${w}#`;
        for (let i = 0; i + 4 <= padded.length; i++) add(`c:${padded.slice(i, i + 4)}`, FEATURE_WEIGHTS.letterGroup);
      }
    }
    for (let i = 0; i + 1 < kept.length; i++) add(`b:${kept[i]}_${kept[i + 1]}`, FEATURE_WEIGHTS.pair);
    let norm = 0;
    for (const v of f.values()) norm += v * v;
    norm = Math.sqrt(norm) || 1;
    for (const [k, v] of f) f.set(k, v / norm);
    this.lastFeatures = { text, lang, f };
    return f;
  }
  private lastFeatures?: { text: string; lang: Lang; f: Features };

  private trainClassifier(kb: KnowledgeBase, lang: Lang, models: ModelStore): SoftmaxClassifier {
    const labels = [...new Set([...kb.topics.map((t) => t.group), ...kb.glossary.map((g) => GLOSSARY_PREFIX + g.id)])];
    const index = new Map(labels.map((l, i) => [l, i]));
    const examples: Example[] = [];
    for (const t of kb.topics) {
      const label = index.get(t.group)!;
      for (const q of t.questions[lang]) examples.push({ features: this.features(q, lang), label, weight: 1 });
      for (const sentence of t.answer[lang].split(/(?<=[.!?])\s+/)) examples.push({ features: this.features(sentence, lang), label, weight: POLICY.answerWeight });
    }
    for (const g of kb.glossary) {
      const label = index.get(GLOSSARY_PREFIX + g.id)!;
      for (const n of [g.term[lang], ...g.aliases[lang]]) examples.push({ features: this.features(n, lang), label, weight: POLICY.glossaryWeight });
    }
    labels.push(OFF_TOPIC);
    for (const q of [...kb.offTopic[lang].shouldMatch, ...kb.offTopic[lang].examples]) examples.push({ features: this.features(q, lang), label: labels.length - 1, weight: POLICY.offTopicWeight });
    labels.push(OUT_OF_SCOPE);
    for (const q of kb.outOfScope[lang].examples) examples.push({ features: this.features(q, lang), label: labels.length - 1, weight: POLICY.outOfScopeWeight });
    const key = trainingKey(labels, examples, DEFAULT_TRAIN);
    const saved = models.get(key);
    if (saved) return SoftmaxClassifier.restore(saved);
    const model = new SoftmaxClassifier(labels);
    model.train(examples, DEFAULT_TRAIN);
    models.put(key, model.exportWeights());
    return model;
  }

  private synonymTable(kb: KnowledgeBase, lang: Lang): { map: Map<string, string>; pattern?: RegExp } {
    const map = new Map<string, string>();
    for (const [canonical, variants] of Object.entries(kb.synonyms[lang])) {
      for (const v of variants) if (fold(v) !== fold(canonical)) map.set(fold(v), fold(canonical));
    }
    // A Welsh variant is often typed mutated ("fy mhartner", "ei fam", "y blant"): those forms mean the same.
    if (lang === 'cy') {
      for (const [variant, canonical] of [...map]) {
        const [first, ...rest] = variant.split(' ');
        for (const m of mutatedForms(first)) {
          const form = [m, ...rest].join(' ');
          if (m.length >= 3 && !map.has(form) && form !== canonical) map.set(form, canonical);
        }
      }
      // Welsh speakers use the English names of the process ("transfer meeting", "advocacy worker", "the minutes"):
      // each glossary term's English names stand for its Welsh name, unless the synonyms say otherwise or the Welsh
      // questions use that English name themselves (Argyll and Bute's "Child's Plan" is its own thing).
      const name = (term: string) => fold(term.replace(/\(.*\)/, ''));
      const welshText = ` ${kb.topics.flatMap((t) => t.questions.cy).map((q) => tokenize(fold(q)).join(' ')).join(' | ')} `;
      const usedInWelsh = (english: string) => welshText.includes(` ${tokenize(english).join(' ')} `);
      for (const g of kb.glossary) {
        const welsh = name(g.term.cy);
        const canonical = map.get(welsh) ?? welsh;
        for (const english of [g.term.en, ...g.aliases.en].map(name)) {
          if (english.length >= 2 && !map.has(english) && english !== canonical && english !== welsh && !usedInWelsh(english)) map.set(english, canonical);
        }
      }
    }
    return { map, pattern: phrasePattern(map.keys()) };
  }

  /** Folded text with synonyms replaced: the form both documents and queries are indexed in. */
  prepare(text: string, lang: Lang): string {
    // One message is prepared several times while it is ranked: keep the last result.
    if (this.lastPrepared?.text === text && this.lastPrepared.lang === lang) return this.lastPrepared.prepared;
    const s = this.synonyms[lang];
    const prepared = replacePhrases(fold(text), s.map, s.pattern);
    this.lastPrepared = { text, lang, prepared };
    return prepared;
  }
  private lastPrepared?: { text: string; lang: Lang; prepared: string };

  private processTerm(lang: Lang) {
    return (term: string): string[] | null => {
      if (STOP[lang].has(term)) return null;
      if (lang === 'en') return [stemmer(term)];
      return [term, ...welshForms(term, this.welshWords)];
    };
  }

  private build(kb: KnowledgeBase, lang: Lang): { bm25: Bm25Index; docs: Doc[] } {
    const docs: Doc[] = [];
    let id = 0;
    for (const t of kb.topics) {
      // One document per record with all its questions: measured better than one per question (see README).
      docs.push({ id: id++, group: t.group, topic: t.id, text: t.questions[lang].map((q) => this.prepare(q, lang)).join(' . '), kind: 'question' });
      docs.push({ id: id++, group: t.group, topic: t.id, text: this.prepare(t.answer[lang], lang), kind: 'answer' });
    }
    for (const g of kb.glossary) {
      const group = GLOSSARY_PREFIX + g.id;
      const names = [g.term[lang], ...g.aliases[lang]];
      for (const n of names) docs.push({ id: id++, group, topic: group, text: this.prepare(n, lang), kind: 'term' });
    }
    const bm25 = new Bm25Index();
    for (const d of docs) {
      const boost = d.kind === 'answer' ? POLICY.answerWeight : d.kind === 'term' ? POLICY.glossaryWeight : 1;
      bm25.add(this.terms(d.text, lang).flat(), boost);
    }
    bm25.seal();
    return { bm25, docs };
  }

  /** Every word of prepared text as its index terms (stop words dropped). */
  private terms(prepared: string, lang: Lang): string[][] {
    const p = this.processTerm(lang);
    return tokenize(prepared).map((w) => p(w)).filter((x): x is string[] => !!x && x.length > 0);
  }

  /** The meaningful words of a query (after stop words), for coverage. */
  private queryTerms(prepared: string, lang: Lang): string[][] {
    const p = this.processTerm(lang);
    const words = tokenize(prepared);
    const content = words.filter((w) => !QUESTION_WORDS.has(w));
    return (content.length ? content : words).map((w) => p(w)).filter((x): x is string[] => !!x && x.length > 0);
  }

  /** How many of a message's own words (not stop or question words) the topics' questions and answers use, of how many. */
  knownWords(text: string, lang: Lang): { known: number; of: number } {
    const words = this.queryTerms(this.prepare(text, lang), lang);
    return { known: words.filter((forms) => forms.some((f) => this.index[lang].bm25.has(f))).length, of: words.length };
  }

  /** Topics ranked by BM25 over their questions (and, more weakly, answers and glossary terms). */
  lexicalRank(text: string, lang: Lang): Omit<Candidate, 'p' | 'lexical'>[] {
    const prepared = this.prepare(text, lang);
    const terms = this.queryTerms(prepared, lang);
    if (!terms.length || !tokenize(prepared).some((w) => !STOP[lang].has(w))) return [];
    const { bm25, docs } = this.index[lang];
    const best = new Map<string, Omit<Candidate, 'p' | 'lexical'> & { runnerUp: number }>();
    const recordScores = new Map<string, Map<string, number>>();
    for (const hit of bm25.search(this.terms(prepared, lang))) {
      const { group, topic } = docs[hit.doc];
      const score = hit.score;
      let records = recordScores.get(group);
      if (!records) recordScores.set(group, (records = new Map<string, number>()));
      if (score > (records.get(topic) ?? 0)) records.set(topic, score);
      let covered = 0;
      for (const forms of terms) if (forms.some((f) => hit.matched.has(f))) covered++;
      const coverage = covered / terms.length;
      const prev = best.get(group);
      if (!prev) {
        best.set(group, { group, topicId: topic, score, coverage, runnerUp: 0 });
        continue;
      }
      if (score > prev.score) {
        prev.runnerUp = prev.score;
        prev.score = score;
        prev.topicId = topic;
      } else if (score > prev.runnerUp) prev.runnerUp = score;
      if (coverage > prev.coverage) prev.coverage = coverage;
    }
    // The records of a group that the words fit about as well as the best one.
    const equallyGood = (group: string, topicId: string) => {
      const records = recordScores.get(group)!;
      const top = records.get(topicId) ?? 0;
      return [...records.entries()].filter(([, sc]) => sc >= top * POLICY.sameMatchRatio).map(([id]) => id);
    };
    // Another record of the topic, or its answer, agreeing is evidence too.
    return [...best.values()]
      .map(({ runnerUp, ...c }) => ({ ...c, score: c.score + POLICY.agreementWeight * runnerUp, closeTopics: equallyGood(c.group, c.topicId) }))
      .sort((a, b) => b.score - a.score);
  }

  /** BM25 and the classifier together: each proposes topics, and their evidence is added up. */
  rank(text: string, lang: Lang, audience: Audience = 'parent', meeting?: Meeting): Candidate[] {
    const lexical = this.lexicalRank(text, lang);
    this.lastLearned = undefined;
    if (!lexical.length) return [];
    const top = lexical[0].score;
    const byGroup = new Map<string, Candidate>();
    let offTopicP = 0;
    let outOfScopeP = 0;
    for (const c of lexical.slice(0, 20)) byGroup.set(c.group, { ...c, lexical: c.score, p: 0, score: (1 - POLICY.classifierWeight) * (c.score / top) + POLICY.coverageWeight * c.coverage });
    for (const { label, p } of this.classifier[lang].predict(this.features(text, lang)).slice(0, 10)) {
      if (label === OFF_TOPIC) { offTopicP = p; continue; }
      if (label === OUT_OF_SCOPE) { outOfScopeP = p; continue; }
      const c = byGroup.get(label) ?? { group: label, topicId: this.topicOfGroup.get(label) ?? label, lexical: 0, coverage: 0, p: 0, score: 0 };
      c.p = p;
      c.score += POLICY.classifierWeight * p;
      byGroup.set(label, c);
    }
    // Topics written only for other people (professionals' duties, for a parent) need more evidence.
    for (const c of byGroup.values()) {
      const serves = this.audiencesOfGroup.get(c.group);
      // A young person is one of the family: what is written for parents serves them too, but for the parent's
      // own part (going, giving views) where a topic is written for the young person's.
      const young = audience === 'young-person' && serves?.has('parent') && !this.notForYoungPeople.has(c.group);
      if (serves && !serves.has(audience) && !young) { c.score *= POLICY.otherAudienceFactor; c.forOthers = true; }
      const about = this.meetingOfGroup.get(c.group);
      // All its evidence counts for less, so it is neither answered nor made a close call on words the meeting does not fit.
      if (meeting && about && about !== meeting) { c.score *= POLICY.otherMeetingFactor; c.p *= POLICY.otherMeetingFactor; c.lexical *= POLICY.otherMeetingFactor; }
    }
    const ranked = [...byGroup.values()].sort((a, b) => b.score - a.score);
    this.lastLearned = { text, lang, offTopic: offTopicP, outOfScope: outOfScopeP };
    return ranked;
  }
  private lastLearned?: { text: string; lang: Lang; offTopic: number; outOfScope: number };

  /** How sure the classifier is that the message is off-topic, or out of scope (kept from rank()). */
  learnedP(text: string, lang: Lang, which: 'offTopic' | 'outOfScope'): number {
    const features = this.features(text, lang);
    // Words it never saw ("asdfgh") leave only the class's prior: not evidence of anything.
    if (![...features.keys()].some((k) => k.startsWith('w:') && this.classifier[lang].knows(k))) return 0;
    if (this.lastLearned?.text !== text || this.lastLearned.lang !== lang) {
      const predicted = this.classifier[lang].predict(features);
      const p = (label: string) => predicted.find((x) => x.label === label)?.p ?? 0;
      this.lastLearned = { text, lang, offTopic: p(OFF_TOPIC), outOfScope: p(OUT_OF_SCOPE) };
    }
    return this.lastLearned[which];
  }

  decide(text: string, lang: Lang, audience: Audience = 'parent', meeting?: Meeting): MatchDecision {
    // "what?", "be?", "sorry what": a question word alone asks nothing yet.
    const said = tokenize(this.prepare(text, lang));
    if (!said.some((w) => !STOP[lang].has(w) && !QUESTION_WORDS.has(w) && !ASKING.has(w) && !PUZZLED.has(w))) return { kind: 'none', candidates: [] };
    const candidates = tieBrokenByClassifier(this.rank(text, lang, audience, meeting));
    const lexicalTop = candidates.reduce((m, c) => Math.max(m, c.lexical), 0);
    const bestCoverage = candidates.reduce((m, c) => Math.max(m, c.coverage), 0);
    const [top, ...rest] = candidates;
    const termCount = this.queryTerms(this.prepare(text, lang), lang).length;
    // Nothing in the message matched the knowledge base well enough: say so rather than guess.
    const minScore = Math.min(POLICY.minScore, POLICY.minScorePerTerm * termCount);
    if (!top || lexicalTop < minScore || (bestCoverage < POLICY.noneCoverage && top.p < POLICY.longMessageP)) {
      const floor = top?.p ?? 0;
      return { kind: 'none', candidates, offTopic: this.learnedP(text, lang, 'offTopic') > Math.max(floor, POLICY.offTopicP),
        outOfScope: this.learnedP(text, lang, 'outOfScope') > Math.max(floor, POLICY.outOfScopeP) };
    }
    // Every word of the message in one topic's questions, and far more of them than in any other's: the learned
    // off-topic and out-of-scope classes do not overrule that ("rhif ffôn y Children's Legal Centre").
    const nextLexical = rest.reduce((m, c) => Math.max(m, c.lexical), 0);
    const plainly = top.coverage >= 0.99 && top.lexical >= POLICY.lexicalLead * nextLexical;
    // Learned from the off-topic examples: more like "book me a taxi" than like any topic.
    const offTopic = plainly ? 0 : this.learnedP(text, lang, 'offTopic');
    if (offTopic > top.p && offTopic >= POLICY.offTopicP) return { kind: 'none', candidates, offTopic: true };
    // Learned from the out-of-scope examples: near the subject ("how long does adoption take") but in no leaflet.
    const outOfScope = plainly ? 0 : this.learnedP(text, lang, 'outOfScope');
    if (outOfScope > top.p && outOfScope >= POLICY.outOfScopeP) return { kind: 'none', candidates, outOfScope: true };
    // Between them, sure it is no topic ("how long does adoption take": part out of scope, part off-topic). Neither
    // alone was sure, so it is near enough the subject for the kinder reply: not in the leaflets, and where to ask.
    if (offTopic + outOfScope > Math.max(top.p, POLICY.notTopicP)) return { kind: 'none', candidates, outOfScope: true };
    const lead = top.score - (rest[0]?.score ?? 0);
    // Enough of the message matched, or the classifier is sure, or the topic is far ahead of any other.
    const supported = top.coverage >= POLICY.minCoverage || top.p >= POLICY.confidentP || (top.coverage >= POLICY.noneCoverage && lead >= POLICY.clearLead);
    // A close call: another topic has nearly as much evidence (a near tie is asked about; a narrow lead is
    // answered, with the runner-up offered as "Or did you mean…?").
    // A near tie: little between the combined scores, or both rankers see about the same in the two topics.
    // A topic written for other people is offered as "Or did you mean…?", never a reason to ask.
    // (Not a topic the classifier all but rules out, whatever its words share: "can i be in the core group" is not when
    // the first core group meets.)
    // (Only when the classifier leans to the top topic at all: a long story it reads as nothing much stays a question.)
    const ruledOut = (c: Candidate) => c.p < POLICY.tieMinP && top.p >= POLICY.tieLeanP;
    const close = rest.filter((c) => (!c.forOthers || top.forOthers) && !ruledOut(c) && (top.score - c.score < POLICY.tieMargin
      || (top.lexical - c.lexical <= POLICY.lexicalTie * top.lexical && (top.p - c.p < POLICY.classifierTie || c.p >= POLICY.classifierTieRatio * top.p))));
    const runnersUp = rest.filter((c) => top.score - c.score < POLICY.margin && !c.group.startsWith(GLOSSARY_PREFIX)).map((c) => c.group);
    // A glossary definition close to a topic about the same thing is not worth asking about: answer the topic.
    const closeTopics = close.filter((c) => !c.group.startsWith(GLOSSARY_PREFIX) || top.group.startsWith(GLOSSARY_PREFIX));
    // One broad word ("meeting", "plan") that many topics share is a question to ask back, not to answer.
    // But a question around the word asks something ("what's a conference for?"): that is ranked like any other.
    const words = said;
    const asks = words.length >= 3 && words.some((w) => QUESTION_WORDS.has(w) || ASKING.has(w));
    // …nor when the words around it make the classifier sure ("do I have to go to the conference?").
    const broad = candidates.filter((c) => c.lexical > 0 && c.coverage >= 0.99).length >= POLICY.broadTopics && termCount === 1 && !asks
      && !(said.length >= 3 && top.p >= POLICY.broadButSureP);
    if (broad) return { kind: 'clarify', choices: candidates.slice(0, POLICY.maxChoices).map((c) => c.group), candidates };
    if (supported && closeTopics.length === 0) return { kind: 'answer', group: top.group, candidates, alternatives: runnersUp.slice(0, 2) };
    if (closeTopics.length) return { kind: 'clarify', choices: [top, ...closeTopics].slice(0, POLICY.maxChoices).map((c) => c.group), candidates };
    // Too little evidence to answer: ask, with the topics nearly as likely beside it.
    // (With none beside it, and the classifier leaning to it, "Did you mean…?" with one choice is only a slower answer:
    // "they're going to take him off me aren't they. conference is thursday in Barnsley and I haven't slept".)
    if (runnersUp.length === 0 && top.p >= POLICY.aloneP) return { kind: 'answer', group: top.group, candidates, alternatives: [] };
    return { kind: 'clarify', choices: [top.group, ...runnersUp].slice(0, POLICY.maxChoices), candidates };
  }
}

/** The classifier is at least even that the best topic is the one: the answer is not a guess. */
export function isSure(d: MatchDecision): d is MatchDecision & { kind: 'answer' } {
  return d.kind === 'answer' && (d.candidates[0]?.p ?? 0) >= 0.5;
}
