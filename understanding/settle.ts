// What a message's best match becomes: an answer, a term's meaning, a choice of topics, off-topic, or honestly not in
// the leaflets. The last step of understanding (understanding/understand.ts). No botbuilder here.
import type { Audience, Lang } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import type { PatternMatcher } from './patterns.js';
import type { DefinitionFinder } from './definitions.js';
import type { OwnLeaflets } from './own-leaflets.js';
import type { BeyondLeaflets } from './beyond.js';
import { GLOSSARY_PREFIX, POLICY, isSure, type MatchDecision, type TopicMatcher } from './matcher.js';
import { isPlain } from './questions.js';
import { ASKS_FOR_CONTACT, NEXT_STEP, SPECIFIC_QUESTION, VAGUE_THING } from './cues.js';
import type { AnswerFor } from './answer-for.js';
import type { Intent, Place } from './intent.js';

/** The classifier's least probability for a close call to be settled by the user's council (measured: "my mate in Leek…"
 *  at 0.20; "universal credit" in Hereford, no topic at all, at 0.05). */
const OWN_COUNCIL_CLOSE_P = 0.15;
/** …and a topic of the user's council's own within this much of a best one that is not is answered first (measured over
 *  dev and sets 1-41: "my mate in Leek…" at 0.013; at POLICY.margin, 0.12, two Welsh answers lost what the other
 *  council's answer had said, a non-resident father's "ga i fod yn y core group?" (0.078) and a late review (0.069)). */
const OWN_COUNCIL_LEAD = 0.03;
/** What plainly no leaflet answers is said so unless the best topic is this sure (measured over sets 1-22: at 0.5, three
 *  of set 21's questions were still answered with a neighbour, e.g. keeping records "after the plan ends" at 0.86). */
const BEYOND_UNLESS_P = 0.9;
/** A request for contacts this short (in words) follows on from the last answer; a longer one says what it is about. */
const CONTACT_ASK_WORDS = 10;
/** …unless another topic is this sure ("whats the number to complain" after the advice lines: complaints at 0.99; "oes
 *  rhif ffôn?" after complaints: the advice lines at 0.59). */
const CONTACT_ELSEWHERE_P = 0.9;
/** A story's one question the learned off-topic class is this sure of, and the off-topic guard lets through, is off-topic. */
const OFF_TOPIC_QUESTION_P = 0.9;

/** The message as understanding has read it so far. */
export interface Turn {
  text: string;
  /** Folded, and asked outright ("I want to know…" taken off). */
  folded: string;
  /** …without the place. */
  rest: string;
  /** The one question of a message that tells something first, if that is its shape. */
  question?: string;
  lang: Lang;
  audience: Audience;
  place: Place;
  lastGroup?: string;
  /** "and in Wales?", "what about Oban?": the last answer asked again for a new setting. */
  followUp: boolean;
}

export interface SettleParts {
  matcher: TopicMatcher;
  definitions: DefinitionFinder;
  offTopic: PatternMatcher;
  outside: BeyondLeaflets;
  leaflets: OwnLeaflets;
  answers: AnswerFor;
}

export class Settler {
  constructor(private readonly parts: SettleParts) {}

  settle(turn: Turn, decision: MatchDecision): Intent {
    const { definitions, answers } = this.parts;
    const { rest, place } = turn;
    // "What does X mean?" with X in the glossary: the definition, or the topic that explains X more fully.
    // …also as the last sentence of a message that is not plainly about one topic ("…now he's on the register. what
    // does being on the register mean?").
    const lastSentence = rest.split(/(?<=[.?!])\s+/).filter((x) => tokenize(x).length > 0).pop() ?? rest;
    const term = definitions.find(rest) ?? (isSure(decision) || lastSentence === rest ? undefined : definitions.find(lastSentence));
    if (term) return { kind: 'answer', group: answers.meaningOf(term, place) };
    // One word many topics share ("minutes?") that is also a term: what it means, with those topics offered beside it.
    const word = decision.kind === 'clarify' ? definitions.only(rest) : undefined;
    if (word && decision.kind === 'clarify') {
      const group = answers.meaningOf(word, place);
      return { kind: 'answer', group, alternatives: decision.choices.filter((c) => c !== group && !c.startsWith(GLOSSARY_PREFIX)).slice(0, 2) };
    }
    // "…mentioned a chronology, what's one of them?": the term just named, unless the topic is clear anyway (and even
    // then when the term ends the clause just before: "…yn son am 'significant harm' - beth yw hwnna").
    // "is a CPPM the same as a conference?": what the first is, unless a topic is plainly about the comparison.
    const mentioned = isSure(decision) ? definitions.namedJustBeforeAsked(rest) : definitions.namedThenAsked(rest) ?? definitions.compared(rest);
    if (mentioned) return { kind: 'answer', group: answers.meaningOf(mentioned, place) };
    return this.contactsAgain(turn, decision) ?? this.outsideLeaflets(turn, decision) ?? this.followUp(turn, decision) ?? this.chosen(turn, decision);
  }

  /**
   * "oes rhif ffôn? sa i'n lico ebostio" just after complaints (held-out set 42): the last answer's contacts, not the
   * advice lines, when the last topic is among the ones the words point to. Asked in a few words, or as the one
   * question after a story ("dw i'n ddyslecsig so dw i ddim isio sgwennu llythyr. oes 'na rif ffôn?", set 44).
   */
  private contactsAgain(turn: Turn, decision: MatchDecision): Intent | undefined {
    const { folded, question, lastGroup, lang } = turn;
    const asked = question ?? folded;
    if (!lastGroup || !this.parts.answers.givesContacts(lastGroup) || !ASKS_FOR_CONTACT[lang].test(asked)) return undefined;
    if (tokenize(asked).length > CONTACT_ASK_WORDS) return undefined;
    // (…not "whats the number to complain" after the advice lines: the classifier is all but certain of another topic.)
    const [best] = decision.candidates;
    if (best && best.group !== lastGroup && best.p >= CONTACT_ELSEWHERE_P) return undefined;
    return decision.candidates.slice(0, POLICY.maxChoices).some((c) => c.group === lastGroup) ? { kind: 'placeFollowUp', group: lastGroup } : undefined;
  }

  /** Off-topic, or about the family but in no leaflet, when no topic is sure enough to stand against that. */
  private outsideLeaflets(turn: Turn, decision: MatchDecision): Intent | undefined {
    const { offTopic, matcher, outside } = this.parts;
    const { text, folded, question: the, rest, lang } = turn;
    const sure = isSure(decision);
    // Off-topic patterns never fire on the content's own questions, so they win over all but a sure match.
    // "the thing in oban on tuesday", "nain dw i. y peth na yn Leominster dydd iau": a vague thing and no question about it
    // is not a topic (nor off-topic), unless the words are plainly one topic: ask them to say more, with the main topics.
    if (VAGUE_THING.test(folded) && !SPECIFIC_QUESTION.test(folded) && !isPlain(decision)) return { kind: 'none' };
    const learnedOffTopic = decision.kind === 'none' && decision.offTopic && offTopic.passesCommonGuards(text);
    // (…also when a story about the process ends in one off-topic question: "Just out of the meeting with social work in
    // Oban, what time is the last ferry to Mull?" is not a close call between meetings.)
    const askedOffTopic = the !== undefined && the !== rest && decision.kind !== 'answer'
      && (offTopic.test(the) || (matcher.learnedP(the, lang, 'offTopic') >= OFF_TOPIC_QUESTION_P && offTopic.passesCommonGuards(the)));
    if (!sure && (offTopic.test(text) || learnedOffTopic || askedOffTopic)) return { kind: 'offTopic' };
    // Money, benefits or housing, not plainly a topic: out of scope, whatever else came close ("universal credit").
    const money = outside.isMoney(folded);
    if (!sure && money && !(decision.kind === 'none' && decision.offTopic)) return { kind: 'outOfScope', money: true };
    // …and so is what plainly no leaflet answers, though its words come near a topic ("can I record the conference on my
    // phone?", "can I bring my dog to the core group?"): honest rather than a neighbouring answer.
    // (Only a topic the classifier is all but certain of stands against those words: "how long will they keep the
    // records after the plan ends?" is not when the plan ends.)
    const beyond = (decision.candidates[0]?.p ?? 0) < BEYOND_UNLESS_P && outside.isBeyond(folded);
    if (beyond && !(decision.kind === 'none' && decision.offTopic)) return { kind: 'outOfScope' };
    if (decision.kind === 'none' && decision.outOfScope && !decision.offTopic) return { kind: 'outOfScope', ...(money ? { money: true } : {}) };
    return undefined;
  }

  /** A follow-up ("and in Wales?") that the last topic still fits, or the step after the last answer. */
  private followUp(turn: Turn, decision: MatchDecision): Intent | undefined {
    const { folded, followUp, lastGroup, place } = turn;
    const nextStep = NEXT_STEP.test(folded);
    // …and the last topic still fits about as well as any: it is asked again for the new setting.
    // (Not "and what happens after that?" / "a beth sy'n digwydd wedyn?": that asks the next step, a new question.)
    if (followUp && decision.kind !== 'none' && !nextStep) {
      const top = decision.candidates[0]?.score ?? 0;
      const last = decision.candidates.slice(0, POLICY.maxChoices).find((c) => c.group === lastGroup);
      // (…unless the new place's leaflets have nothing on it and the best match is theirs: "and what about Staffordshire,
      // where do complaints go there?" after a Herefordshire supporter's complaint is Staffordshire's complaints.)
      const best = decision.candidates[0]?.group;
      const elsewhere = place.council !== undefined && best !== undefined && best !== last?.group
        && !this.parts.leaflets.covers(last?.group ?? '', place.council) && this.parts.leaflets.covers(best, place.council);
      if (last && last.score >= top - POLICY.margin && !elsewhere) return { kind: 'placeFollowUp', group: last.group };
    }
    // "and what happens after that?" asks the step after the last answer, never the last answer again: the next best,
    // if it came close.
    if (decision.kind === 'answer' && decision.group === lastGroup && nextStep) {
      const top = decision.candidates[0]?.score ?? 0;
      const next = decision.candidates.find((c) => c.group !== lastGroup && !c.group.startsWith(GLOSSARY_PREFIX) && top - c.score < POLICY.margin);
      if (next) return { kind: 'answer', group: next.group };
    }
    return undefined;
  }

  /** The answer, the choice offered, or nothing found. */
  private chosen(turn: Turn, decision: MatchDecision): Intent {
    const { leaflets, answers } = this.parts;
    const { folded, followUp, lastGroup, place, audience } = turn;
    if (decision.kind === 'answer') {
      const intent = answers.answer(decision, audience, place.council);
      const near = leaflets.nearInCouncil(intent.group, decision, place.council);
      // A narrow lead for a topic the user's council's leaflets do not have, over one they do that the classifier also
      // leans to: theirs first, the other offered ("my mate in Leek has asked me to go with her to her core group":
      // Staffordshire's bringing someone, then Herefordshire's supporter rules).
      const ownNear = near ? decision.candidates.find((c) => c.group === near) : undefined;
      const lead = (decision.candidates[0]?.score ?? 0) - (ownNear?.score ?? 0);
      if (ownNear && !ownNear.forOthers && lead < OWN_COUNCIL_LEAD && ownNear.p >= OWN_COUNCIL_CLOSE_P) {
        return { kind: 'answer', group: near!, alternatives: [intent.group, ...(decision.alternatives ?? []).filter((g) => g !== intent.group && g !== near)] };
      }
      return { ...intent, alternatives: decision.alternatives?.filter((g) => g !== intent.group && g !== near), ...(near ? { near } : {}) };
    }
    if (decision.kind !== 'clarify') return { kind: 'none' };
    // "and what happens after that?" asks the step after the last answer: not a reason to offer the last answer again.
    const choices = followUp && NEXT_STEP.test(folded) ? decision.choices.filter((c) => c !== lastGroup) : decision.choices;
    if (choices.length === 1 && choices.length < decision.choices.length) return { kind: 'answer', group: choices[0] };
    // A close call where only one choice is in the user's own council's leaflets, and not a guess: that one, with
    // the others offered beside it ("my mate in Leek asked me to go with her to her core group": Staffordshire's
    // bringing someone, not Herefordshire's supporter rules).
    const own = place.council ? choices.filter((c) => leaflets.covers(c, place.council!)) : [];
    const ownP = decision.candidates.find((c) => c.group === own[0])?.p ?? 0;
    if (own.length === 1 && choices.length > 1 && ownP >= OWN_COUNCIL_CLOSE_P) return { kind: 'answer', group: own[0], alternatives: choices.filter((c) => c !== own[0]) };
    return { kind: 'clarify', choices };
  }
}
