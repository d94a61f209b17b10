// Which meeting a date in a message belongs to. "The conference was on 5 May, when is the first core group?"
// gives the conference date (the usual case, and the default); "the first core group was on 5 May, when is the
// next one?" gives a core group's date, and "our review was 9 March, when is the next?" a review's. The date is
// the event's when the event is said to have happened ("was", "took place", "on"), in English or Welsh.
import { fold } from '../../understanding/normalise.js';
import type { TimescaleRule } from '../schema.js';

export type GivenEvent = Extract<TimescaleRule['from'], 'initial-conference' | 'first-core-group' | 'review' | 'transfer-request'>;

// "ar ôl" is "after", not "on"; "is that…?" / "is it…?" asks, it does not date ("when is the first core group, is that
// when the plan gets written?").
const HAPPENED = String.raw`(?:was|were|is(?! (?:that|it|this|there|when|what|who|how|next)\b)|took place|happened|met|held|on|ar(?! ol\b)|oedd|roedd|wedi|ddydd)`;
const CORE_GROUP = String.raw`(?:core ?-?group|cor group|n?g?r[wŵ]p craidd)`;
const REVIEW = String.raw`(?:review(?: conference| meeting| cppm| child protection conference)?|(?:n?g?ch?)?ynhadledd adolygu|adolygiad)`;
const WHICH = String.raw`(?:first|last|latest|previous|recent|1st|cyntaf|gyntaf|diwethaf|dwetha|dwethaf|ola|olaf)`;

const TRANSFER = String.raw`(?:transfer(?:-in| in| out)?(?: process| request| of the case)?|(?:t|d|nh)rosglwydd(?:o|iad))`;

/** A review said to be the dated event ("our first review conference in Barnsley is on…"): not the first conference. */
const DATED_REVIEW = new RegExp(String.raw`\b(?:${WHICH} )?${REVIEW}(?: ${WHICH})?(?: (?:in|at|yn|ym|yng) [a-z]+(?:,? [a-z]+){0,2})? ${HAPPENED}\b`);

const PATTERNS: [GivenEvent, RegExp][] = [
  // "the transfer-in process started on 9 February", "transfer was requested on", "dechreuodd y trosglwyddo ar"
  ['transfer-request', new RegExp(String.raw`\b${TRANSFER} (?:started|began|was requested|requested|was asked for|was|on|ar|wedi dechrau|yn dechrau)\b|\b(?:dechreuodd|dechrau) (?:y |yr |'r )?${TRANSFER}`)],
  // "the first core group was on 5 May", "last core group meeting was 14 April", "y grŵp craidd cyntaf oedd 5 Mai"
  // "the last core group in Ruthin was 3 March": a place may come between.
  // "nath y core group cynta gyfarfod yn Dunoon ar…": the verb may come before the place, and a place may be two words.
  ['first-core-group', new RegExp(String.raw`\b(?:${WHICH} )?${CORE_GROUP}(?: meeting| mtg| cyntaf| cynta| gynta| diwethaf| dwetha)?(?: (?:met|gyfarfod|gwrdd|gyfarfu))?(?: (?:in|at|yn|ym|yng) [a-z]+(?:,? [a-z]+){0,2})?,? ${HAPPENED}\b`)],
  // "roedd y grŵp craidd cyntaf ar 5 Mai", "cafodd y grŵp craidd ei gynnal ar", "gethon ni grŵp craidd yn Burton ar…",
  // "we had a core group on…", "nath y core group cynta gyfarfod…"
  ['first-core-group', new RegExp(String.raw`\b(?:roedd|oedd|cafodd|cawson ni|gawson ni|gethon ni|gaethon ni|ges i|nath|naeth|wnaeth|we had|i had|had) (?:y |yr |'r |a |an |our |the |my )?(?:${WHICH} )?${CORE_GROUP}`)],
  // "our first review conference was 9 March", "the review was on", "roedd yr adolygiad ar"
  ['review', DATED_REVIEW],
  ['review', new RegExp(String.raw`\b(?:roedd|oedd|cafodd) (?:y |yr |'r )?${REVIEW}`)],
];

/** The event the message's date is the date of: a core group, a review, or (by default) the conference. */
export function givenEvent(text: string): GivenEvent {
  const folded = fold(text).replace(/[’']/g, "'");
  // A conference named as the dated event wins ("the conference was on 5 May, when is the next core group").
  // …or said to have been had or gone to ("had the conference yesterday, they said core group is next").
  // (Its first or initial one, for whom or where: "the initial child protection conference for my grandson in Leek was on…",
  // "roedd y gynhadledd gychwynnol ar…"; not a review conference, "review conference" / "cynhadledd adolygu".)
  if ((/\b(?<!review )(?:initial |first )?(?:child protection |cp )?(?:conference|cppm|cynhadledd|gynhadledd)(?! adolygu)(?: (?:gyntaf|gynta|cyntaf|cynta|gychwynnol|cychwynnol|amddiffyn plant))?(?: (?:for|in|yn|ar gyfer) [a-z']+(?: [a-z']+){0,3}?)? (?:was|took place|happened|held|oedd|ar(?! ol\b))\b/.test(folded)
    || /\b(?:had|went to|been to|attended|cawson ni|ges i|buon ni yn|bues i yn) (?:the |our |my |a |an |y |yr |'r )?(?:initial |first )?(?:conference|cppm|cynhadledd|gynhadledd)\b/.test(folded))
    && !DATED_REVIEW.test(folded)) return 'initial-conference';
  for (const [event, re] of PATTERNS) if (re.test(folded)) return event;
  return 'initial-conference';
}
