// The questions in a message: each of several ("who chairs it, and who takes the minutes?"), and the one question
// at the end of a story ("…his dad left and the house was a state. What is the core group meant to be doing?").
// The story's words can drown the question's; these rules say when the question alone decides. No botbuilder here.
import type { Audience, Lang } from '../knowledge/schema.js';
import { meetingWords, meetingsNamed, type Meeting, type Role } from './entities.js';
import { POLICY, isSure, type MatchDecision, type TopicMatcher } from './matcher.js';
import { tokenize } from './normalise.js';
import { questionParts } from './focus.js';
import type { DefinitionFinder } from './definitions.js';
import type { OwnLeaflets } from './own-leaflets.js';
import { ASKS_WHAT_IT_IS, MEETING_NAME, WHAT_IT_IS } from './cues.js';

/** The topic a long message's question is answered with must be among the whole message's best this many. */
export const FOCUS_BACKING = 5;
/** The whole message's best topic below this probability: its one question decides (measured: 0.5 moved three
 *  end-to-end answers away from what the story around the question made plain). */
const ONLY_QUESTION_BELOW = 0.3;
/** The one question of a story is answered without the whole's backing when the classifier is this sure of it alone
 *  ("…ma'r crwt ar child protection plan yn stafford. pwy fydd yn y core group?"), as is each question of a message that
 *  asks several (measured: 0.7 fixed two end-to-end items over 0.8 and broke none). */
const PLAIN_QUESTION = 0.7;
/** A story's one question this sure alone, and among the whole's top topics, is answered when the whole is unsure. */
const VERY_PLAIN_QUESTION = 0.9;
/** A message asking several things gets at most this many answers. */
const MAX_ANSWERS = 3;

/** What the story around a question says about the asker and the place. */
export interface StoryContext { folded: string; lang: Lang; audience: Audience; meeting?: Meeting; role?: Role; council?: string }

export class QuestionsAsked {
  constructor(private readonly matcher: TopicMatcher, private readonly definitions: DefinitionFinder, private readonly leaflets: OwnLeaflets) {}

  /**
   * The topics of a message that asks more than one question, in the order asked: each question that is plainly about
   * one topic (a question that leaves out the one meeting the message names is read with it). Empty for one question.
   */
  each(rest: string, lang: Lang, audience: Audience, meetings: Set<Meeting>, whole: MatchDecision): (MatchDecision & { kind: 'answer' })[] {
    const found: (MatchDecision & { kind: 'answer' })[] = [];
    const meeting = meetings.size === 1 ? [...meetings][0] : undefined;
    let from = 0;
    for (const part of questionParts(rest)) {
      const at = rest.indexOf(part, from);
      // What comes just before a question and is not one is said with it: "im 14, can i go to my conference … and …".
      const before = at > from ? rest.slice(from, at) : '';
      if (at >= 0) from = at + part.length;
      let d = this.matcher.decide(part, lang, audience, meeting);
      if (!isSure(d) && tokenize(before).length > 0) {
        const withBefore = this.matcher.decide(`${before} ${part}`, lang, audience, meeting);
        if (isSure(withBefore)) d = withBefore;
      }
      // "…yn iwsio 'signs of safety', be di hynna?": what the thing just named is.
      const named = isSure(d) || !this.definitions.asksAboutIt(part) ? undefined : this.definitions.namedThenAskedName(rest.includes(part) ? rest.slice(0, rest.indexOf(part) + part.length) : rest);
      if (named) d = this.matcher.decide(`${part} ${named}`, lang, audience, meeting);
      else if (!isSure(d) && meeting && meetingsNamed(part).size === 0) d = this.matcher.decide(`${part} ${MEETING_NAME[meeting][lang]}`, lang, audience, meeting);
      // …and one the whole message also points to: a question's words alone ("why am I there?") can mean something else.
      // (A question whose words point far more to one topic than any other is plain enough though the classifier is
      // unsure: "whats the 0-10 thing they do at the end…" is the safety scale.)
      if (!isSure(d) && !clearLead(d)) continue;
      const group = d.group;
      // …or one so plain alone that the rest of the message cannot change it ("…and do I get a copy of the plan?").
      const backed = whole.candidates.slice(0, FOCUS_BACKING).some((c) => c.group === group) || isPlain(d);
      if (backed && !found.some((f) => f.group === group)) found.push(d);
    }
    // (A part with only a clear lead is answered beside a sure one, never alone: "be sy rhaid i mi baratoi?" after a
    // CPPM invitation leads to the review's report, which the whole message does not.)
    if (!found.some(isSure)) return [];
    // What the whole message leans to comes first ("what do core groups focus on? is it just ticking boxes?"),
    // unless the first question is plain alone: then the order asked.
    if (isSure(whole) && !(found[0] && isPlain(found[0]))) found.sort((a, b) => Number(b.group === whole.group) - Number(a.group === whole.group));
    return found.slice(0, MAX_ANSWERS);
  }

  /**
   * The topic of a message that tells something and asks one thing (`the`), when the whole message is not plainly
   * about one topic: the question's, if it is plain; else the whole's decision, unchanged.
   */
  storyQuestion(the: string, decision: MatchDecision, { folded, lang, audience, meeting, role, council }: StoryContext): MatchDecision {
    // A message that tells something and asks one thing, and is not plainly about one topic: what it asks, if plain.
    // Only when the whole leans weakly: "free advice… who can I phone?" is about advice lines, not any phone number.
    // …or when the whole is a close call between topics, and the question settles which ("…doesn't understand why
    // they're on the register. can we have an interpreter?").
    const weak = (decision.candidates[0]?.p ?? 0) < ONLY_QUESTION_BELOW || decision.kind === 'clarify';
    // "…invited to a CPPM. what do I need to send beforehand?": the meeting's name pulls the whole to what the meeting
    // is, though the question does not ask that.
    const pulledByName = WHAT_IT_IS.test(decision.candidates[0]?.group ?? '') && !ASKS_WHAT_IT_IS.test(the);
    // …or when the whole leans to no topic surely, and the question alone is very plain and among what the whole
    // points to ("Mam-gu ydw i. Pwy sy'n cadeirio'r gynhadledd?").
    // …or the whole is a close call ("…doesn't understand why they're on the register. can we have an interpreter?").
    const [first, second] = decision.candidates;
    // (Not sure: under PLAIN_QUESTION. A story sentence before one very plain question pulls the whole less than it
    // seems: "My friend wants me there as her supporter… Who's going to be the chairperson?" is who chairs.)
    const unsure = (first?.p ?? 0) < PLAIN_QUESTION || (second !== undefined && first.score - second.score < POLICY.margin);
    const question = weak || pulledByName || unsure ? the : undefined;
    if (question) {
      // A question that leaves out the one meeting the story names is about that meeting ("what do I send beforehand?").
      // (In the story's own words: a "CPPM" is the professionals' word, "conference" the parents'.)
      const withMeeting = meeting && meetingsNamed(question).size === 0
        ? this.matcher.decide(`${question} ${meetingWords(folded) ?? MEETING_NAME[meeting][lang]}`, lang, audience, meeting) : undefined;
      // (…but not for what the meeting is, which the question does not ask: "What are my options?")
      const asksWhat = ASKS_WHAT_IT_IS.test(question);
      const focused = withMeeting && isSure(withMeeting) && (asksWhat || !WHAT_IT_IS.test(withMeeting.group)) ? withMeeting : this.matcher.decide(question, lang, audience, meeting);
      // Backed by the whole, or so plain alone that the story around it cannot change what it asks.
      // (Not a topic written for someone else: "…as her supporter" makes "can I say what I think?" the supporter's.)
      if (isSure(focused)) {
        // (A professional may ask what a parent's topic says: "HV here, first ICPC… What outcomes can the conference reach?")
        const plain = isPlain(focused) || (role === 'professional' && (focused.candidates[0]?.p ?? 0) >= PLAIN_QUESTION);
        const backed = decision.candidates.slice(0, FOCUS_BACKING).some((c) => c.group === focused.group);
        const veryPlain = (focused.candidates[0]?.p ?? 0) >= VERY_PLAIN_QUESTION;
        // (Not one written for others when the asker said who they are: "Eiriolwr ydw i. Beth yw'r gwahaniaeth rhwng fy
        // rôl i a rôl cefnogwr?" is the advocate's question, not the supporter's role.)
        const forOthers = role !== undefined && role !== 'professional' && focused.candidates[0]?.forOthers === true;
        // (Nor, for a story that is plain enough, one the user's own council's leaflets do not answer when the whole's best
        // they do: "Fi'n cefnogi'n ffrind… Ga i gwyno?" in Hereford is what its leaflet tells supporters.)
        const leavesOwn = !weak && council !== undefined && first !== undefined && this.leaflets.covers(first.group, council, false)
          && !this.leaflets.covers(focused.group, council);
        if (!forOthers && !leavesOwn && (weak || pulledByName ? plain || backed : veryPlain && backed)) return focused;
      }
    }
    return decision;
  }
}

/** A question part's best topic ahead of the next by this much (combined score) is its topic, however unsure the
 *  classifier alone (measured over dev and sets 1-26: 0.3 and 0.25 lost nothing; 0.25 also answered a supporter's
 *  "…and can I ask questions in the meeting?" in set 25). */
const CLEAR_LEAD = 0.25;
function clearLead(d: MatchDecision): d is MatchDecision & { kind: 'answer' } {
  const [first, second] = d.candidates;
  return d.kind === 'answer' && first !== undefined && first.score - (second?.score ?? 0) >= CLEAR_LEAD;
}

/** So sure of a question alone, and a topic for the asker's own audience, that the words around it cannot change it. */
export function isPlain(d: MatchDecision): boolean {
  return (d.candidates[0]?.p ?? 0) >= PLAIN_QUESTION && !d.candidates[0]?.forOthers;
}
