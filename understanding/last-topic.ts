// A short question that leans on the last answer ("who decides that?", "what does that mean?", "will she have to
// speak?", "pwy sy'n penderfynu hynny?") is understood with the last topic beside it: the words of the topic's own
// first question (for the user's council), without its question words, stand in for what was said. Nothing the user typed is kept between turns, only the last topic's group (bot/state.ts).
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Lang } from '../knowledge/schema.js';
import { GLOSSARY_PREFIX, contentWords } from './matcher.js';
import { fold, tokenize } from './normalise.js';

/** Words that point back at what was just said, or at someone in it ("does he have to come?"). */
const LEANS_BACK: Record<Lang, RegExp> = {
  en: /\b(?:that|this|it|they|them|he|she|him|her|there|those|these)\b/,
  cy: /\b(?:hynny|hyn|hwnna|hynna|hwnnw|honno|honna|fo|fe|e|hi|nhw|yno|iddo|iddi|iddyn|ohono|ohoni|ohonyn|amdano|amdani|amdanyn|arno|arni|arnyn|ganddo|ganddi|ganddyn|ynddo|ynddi|ynddyn)\b/,
};
/** A message longer than this says what it is about itself. */
const MAX_WORDS = 12;

export interface LastTopicCue {
  /** The last topic's first question, folded, in the message's language. */
  text: string;
  /** The message points back with a word ("that", "hynny", "she"), not only by being short. */
  leansBack: boolean;
  /** How many words the message has besides its stop and question words ("who decides that?": 1). */
  saying: number;
}

type Words = Record<Lang, string>;

export class LastTopic {
  /** Per topic group, the words of its first question: for each council whose leaflet has it, and for any place. */
  private readonly cues = new Map<string, { any: Words; council: Map<string, Words> }>();

  constructor(kb: KnowledgeBase) {
    const words = (en: string, cy: string): Words => ({ en: contentWords(fold(en), 'en').join(' '), cy: contentWords(fold(cy), 'cy').join(' ') });
    for (const t of kb.topics) {
      const cue = this.cues.get(t.group) ?? { any: words(t.questions.en[0], t.questions.cy[0]), council: new Map() };
      if (t.appliesTo === 'summary') cue.any = words(t.questions.en[0], t.questions.cy[0]);
      if (t.appliesTo.startsWith('council:') && !cue.council.has(t.appliesTo.slice(8))) cue.council.set(t.appliesTo.slice(8), words(t.questions.en[0], t.questions.cy[0]));
      this.cues.set(t.group, cue);
    }
    for (const g of kb.glossary) this.cues.set(GLOSSARY_PREFIX + g.id, { any: words(g.term.en, g.term.cy), council: new Map() });
  }

  /** What the last answer was about, for a short message that may lean on it (`rest`: the message without the place). */
  cue(rest: string, lang: Lang, lastGroup: string | undefined, council?: string): LastTopicCue | undefined {
    const cue = lastGroup ? this.cues.get(lastGroup) : undefined;
    const text = cue ? ((council && cue.council.get(council)) || cue.any)[lang] : undefined;
    const words = tokenize(rest).length;
    if (!text || words === 0 || words > MAX_WORDS) return undefined;
    return { text, leansBack: LEANS_BACK[lang].test(rest), saying: contentWords(rest, lang).length };
  }
}
