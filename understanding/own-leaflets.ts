// What the user's council's own leaflets have, and the same question asked of the other meeting: the parts of
// understanding that lean on where the user lives and on what the last answer was about. No botbuilder here.
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Lang } from '../knowledge/schema.js';
import { MEETING_NAME } from './cues.js';
import { meetingsNamed, withoutMeetings, type Meeting } from './entities.js';
import { GLOSSARY_PREFIX, POLICY, isSure, type MatchDecision, type TopicMatcher } from './matcher.js';
import { fold } from './normalise.js';

/** A topic the user's council's own leaflets answer, scoring at least this share of the best (which they do not answer),
 *  is answered after it (measured over sets 1-18: 0.75 lets "can I challenge the social worker directly?" in
 *  Herefordshire reach what its leaflet tells supporters in English as in Welsh; over sets 1-20, 0.7 also reaches
 *  Argyll's "why is my boy on the register" (0.74) and a Herefordshire supporter's "ei herio hi'n syth", and loses none). */
const OWN_COUNCIL_NEAR = 0.7;

/** What each place's leaflets answer, looked up on every answered message. */
export class CouncilLeaflets {
  /** "group@appliesTo" of every record. */
  private readonly records: Set<string>;

  constructor(kb: KnowledgeBase) {
    this.records = new Set(kb.topics.map((t) => `${t.group}@${t.appliesTo}`));
  }

  /** Whether a council's own leaflets answer a topic group (or, with `orEverywhere`, a rule for everywhere does). */
  covers(group: string, council: string, orEverywhere = true): boolean {
    return this.records.has(`${group}@council:${council}`) || (orEverywhere && this.records.has(`${group}@all`));
  }
}

export class OwnLeaflets {
  private readonly councils: CouncilLeaflets;

  constructor(private readonly kb: KnowledgeBase, private readonly matcher: TopicMatcher) {
    this.councils = new CouncilLeaflets(kb);
  }

  /** Whether a council's own leaflets answer a topic group (or, with `orEverywhere`, a rule for everywhere does). */
  covers(group: string, council: string, orEverywhere = true): boolean {
    return this.councils.covers(group, council, orEverywhere);
  }

  /**
   * When the best topic is not in the council's own leaflets, the one that is and came nearly as close: Herefordshire's
   * leaflet speaks to supporters, so "can I challenge the social worker directly?" there is answered from the other
   * councils' leaflets for parents, then with what Herefordshire tells supporters.
   */
  nearInCouncil(group: string, d: MatchDecision, council: string | undefined): string | undefined {
    const top = d.candidates[0]?.score;
    // (A term's definition answers for everywhere, and its topic is offered with it already.)
    if (!council || top === undefined || group.startsWith(GLOSSARY_PREFIX) || this.covers(group, council)) return undefined;
    // (Its score before the discount for a topic written for other people: the answer says whom it speaks to.)
    const unDiscounted = (c: MatchDecision['candidates'][number]) => c.forOthers ? c.score / POLICY.otherAudienceFactor : c.score;
    return d.candidates.find((c) => c.group !== group && !c.group.startsWith(GLOSSARY_PREFIX) && unDiscounted(c) >= OWN_COUNCIL_NEAR * top
      && this.covers(c.group, council, false))?.group;
  }

  /**
   * The same question for the other meeting: "sorry, I meant the core group" after "who will be at the conference?" asks
   * who is in the core group. The last topic's own questions, with the meeting named instead, say which topic that is
   * (content/meetings.yaml says which topics are about one meeting only). Undefined when the last topic is not.
   */
  sameForMeeting(group: string, meeting: Meeting, lang: Lang): string | undefined {
    const other = this.matcher.meetingOf(group);
    if (!other || other === meeting) return undefined;
    const asked = this.kb.topics.filter((t) => t.group === group).flatMap((t) => t.questions[lang]).map(fold)
      .filter((q) => meetingsNamed(q).has(other)).slice(0, 6);
    // (In Welsh as it is said after "y" / "'r": "y gynhadledd".)
    const name = lang === 'cy' && meeting === 'conference' ? 'gynhadledd' : MEETING_NAME[meeting][lang];
    for (const q of asked) {
      const d = this.matcher.decide(withoutMeetings(q, ` ${name} `), lang, undefined, meeting);
      if (isSure(d) && this.matcher.meetingOf(d.group) === meeting) return d.group;
    }
    return undefined;
  }
}
