// Which answer a topic, or a term, becomes for this asker and place: a young person's own topic, or a term's fuller topic.
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Audience } from '../knowledge/schema.js';
import { GLOSSARY_PREFIX, POLICY, type MatchDecision } from './matcher.js';
import type { Place } from './intent.js';
import { CouncilLeaflets } from './own-leaflets.js';
import { findContacts } from '../knowledge/contacts.js';

export class AnswerFor {
  /** Topic groups written (also) for young people. */
  private readonly forYoungPeople: Set<string>;
  /** Everyone's topic group -> the supporters' one for the same question (content/for-supporters.yaml, read backwards). */
  private readonly supportersTopic: Map<string, string>;
  /** What each council's own leaflets answer. */
  private readonly leaflets: CouncilLeaflets;
  /** Topic groups whose answer gives a phone number, an email, a postal or a web address somewhere. */
  private readonly withContacts: Set<string>;

  constructor(private readonly kb: KnowledgeBase) {
    this.forYoungPeople = new Set(kb.topics.filter((t) => t.audiences.includes('young-person')).map((t) => t.group));
    this.leaflets = new CouncilLeaflets(kb);
    this.supportersTopic = new Map(Object.entries(kb.forSupporters).map(([theirs, everyone]) => [everyone, theirs]));
    this.withContacts = new Set(kb.topics.filter((t) => findContacts(t.answer.en).length > 0).map((t) => t.group));
  }

  /** The topic's answer gives a number or an address to contact ("is there a phone number?" after it wants it again). */
  givesContacts(group: string): boolean {
    return this.withContacts.has(group);
  }

  /**
   * What answers "what is <term>?": the glossary's topic for it (fuller, with the council's details) when that topic
   * speaks for the user's place (or, with no place known, for everywhere, or has a summary); else the definition.
   */
  meaningOf(termId: string, place: Place): string {
    const group = this.kb.glossary.find((g) => g.id === termId)?.topic;
    const nation = place.nation ?? this.kb.councils.find((c) => c.id === place.council)?.nation;
    const nationOf = (appliesTo: string) => appliesTo.startsWith('nation:') ? appliesTo.slice(7)
      : this.kb.councils.find((c) => `council:${c.id}` === appliesTo)?.nation;
    const speaksFor = (appliesTo: string) => appliesTo === 'all' || (place.council ? appliesTo === `council:${place.council}`
      : nation ? nationOf(appliesTo) === nation : appliesTo === 'summary');
    return group && this.kb.topics.some((t) => t.group === group && speaksFor(t.appliesTo)) ? group : GLOSSARY_PREFIX + termId;
  }

  /**
   * What someone else than a supporter means by a question a supporter's topic answers: their own topic. And what a
   * young person asking about their own meeting means by a question written for a parent: a topic for young
   * people that the words point to nearly as much ("my views" -> child-views), else the one content/young-people.yaml names.
   */
  forAsker(group: string, audience: Audience, candidates: MatchDecision['candidates'] = [], council?: string): string {
    // Anyone but a supporter asking what a supporter's topic answers means their own topic (content/for-supporters.yaml),
    // where the supporter's rules are not their council's own: in Herefordshire "at my friend's core group … can I
    // complain?" is a supporter asking.
    const notSupporters = audience !== 'supporter' ? this.kb.forSupporters[group] : undefined;
    if (notSupporters && council !== undefined && !this.leaflets.covers(group, council, false)) return this.forAsker(notSupporters, audience, candidates, council);
    // …and a supporter asking what everyone's topic answers means the supporters' one, unless their council's own
    // leaflets give everyone's and not the supporters' (a Barnsley supporter's complaint gets Barnsley's contacts).
    const supporters = audience === 'supporter' ? this.supportersTopic.get(group) : undefined;
    if (supporters && !(council !== undefined && this.leaflets.covers(group, council, false) && !this.leaflets.covers(supporters, council, false))) return supporters;
    const theirs = audience === 'young-person' ? this.kb.youngPeople[group] : undefined;
    if (!theirs) return group;
    const top = candidates.find((c) => c.group === group)?.score;
    const near = top === undefined ? undefined
      : candidates.find((c) => c.group !== group && top - c.score < POLICY.margin && this.forYoungPeople.has(c.group) && !this.kb.youngPeople[c.group]);
    return near?.group ?? theirs;
  }

  /** The answer intent for a decision: its topic and the records that fit, or the young person's topic instead. */
  answer(d: MatchDecision & { kind: 'answer' }, audience: Audience, council?: string) {
    const group = this.forAsker(d.group, audience, d.candidates, council);
    if (group !== d.group) return { kind: 'answer' as const, group };
    return { kind: 'answer' as const, group, topicId: d.candidates[0]?.topicId, closeTopics: d.candidates[0]?.closeTopics };
  }
}
