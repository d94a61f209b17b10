// A long, worried message often tells the story first and asks at the end ("…his dad left and the house was a state.
// What is the core group meant to be doing?"). The story's words drown the question's; these are the parts that ask.
import { tokenize } from './normalise.js';

/** Question words that ask only with a person or thing after them ("can I…", "ga i…", "a fydda i…"). */
const AUXILIARY_WORDS = 'can could will would is are do does did should shall am have has may must ga gaf alla allaf all gall ydi ydy ' +
  'ydw oes fydd fyddan fedra fedrai dylwn ddylwn ddylai oedd galla gallaf fydda fyddaf fyddwch fyddai fyddwn geith gawn odw ody odi odyn ai ' +
  // "…, ac ydyn nhw'n gallu…?", "…, a fedrith hi fynd…?", "…, a geith e ddod?".
  'ydyn ydych ydan fedrith fedrwch fedran gallith allith allwch allwn caiff gaiff ceith';
/** Words that start (or make) a question, in English and Welsh. */
const ASKS = new Set(('what whats wat wot who whos when whens wen how hw hows why whys where wheres which beth be pwy phwy pryd sut shwt shwd pam ble lle faint pa pha ' +
  AUXILIARY_WORDS).split(' '));

/** Messages shorter than this are matched whole. */
export const LONG_MESSAGE_WORDS = 20;

/**
 * The parts of a long message that ask something, most likely first: its questions (the last first), then the last
 * clause of the last one. Empty when the message is short or is all one question.
 */
export function askingParts(folded: string): string[] {
  if (tokenize(folded).length < LONG_MESSAGE_WORDS) return [];
  const sentences = folded.split(/(?<=[.?!])\s+|\n+/).map((s) => s.trim()).filter((s) => tokenize(s).length >= 2);
  const asking = sentences.filter((s) => s.includes('?') || ASKS.has(tokenize(s)[0]));
  const parts = (asking.length ? asking : sentences.slice(-1)).reverse();
  const clauses = parts[0]?.split(/,\s*|\s+(?:and|but|so|ond|felly)\s+(?=\S+\s)/) ?? [];
  const lastAsking = [...clauses].reverse().find((c) => ASKS.has(tokenize(c)[0] ?? ''));
  const out = [...parts];
  if (lastAsking && tokenize(lastAsking).length >= 3) out.push(lastAsking.trim());
  return [...new Set(out)].filter((p) => p !== folded && tokenize(p).length < tokenize(folded).length);
}

/** Joining words that can start a second question (not "or": "do they listen or is it just them talking" asks one thing): "who chairs it and who takes the minutes", "be ydy hi a pwy fydd yna". */
const JOINERS = 'and|&|\\+|but|so|a|ac|ond';
/** Question words that only ask when a person or thing follows ("and is it…", "and do I…"; not "and is on a plan"). */
const AUXILIARY = new Set(AUXILIARY_WORDS.split(' '));
const PERSON = new Set('i we you they he she it my the there his her our your their this that anyone someone me fi ni nhw hi o fo fe e chi ti y yr r fy na yna rhywun unrhyw'.split(' '));
const NOT = new Set('not never ddim dim'.split(' '));
/** "pwy sy'n penderfynu a oes angen cynllun…": after deciding, knowing or asking, Welsh "a" is "whether", not "and". */
const NOT_AFTER_ASKING_VERB = "(?<!\\b(?:p|b|m)enderfynu|\\b(?:g|w|ng)ybod|\\b(?:g|ng)?ofyn|\\bholi|\\b(?:g|ng)?weld|\\b(?:d|dd|nh)weud|\\bystyried|\\bsicrhau|\\bsiwr|\\bgwirio|\\bwirio)";
/** Where wh-words begin a question: the first letters of one after a joiner or comma, for splitting. */
const STARTS_QUESTION = [...ASKS].join('|');

/** Words that ask wherever they come early in a piece ("core group - who are the members", "in barnsley how often"). */
const WH = new Set('what whats wat wot who whos how hw hows wen why whys when whens where wheres beth be pwy phwy pryd sut shwt shwd pam ble lle faint pa pha ba'.split(' '));
/** How far into a piece a wh-word still starts its question. */
const WH_WITHIN = 6;

/** A question about what was just said ("can they actually do that?", "is that right?", "ydy hynny'n wir?"): not one on its own.
 *  ("what is that?" asks what the thing just named is: that is a question.) */
const REFERS_BACK = /\b(?<!\b(?:what|whats|wat|wot) )(?:(?:do|does|did|doing|is|was|mean|means|allowed to do) (?:that|this)|that (?:true|right|allowed|normal|legal|fair)|hynny|hyn'?n wir|(?:hwnna|hynna)'?n (?:iawn|wir|gywir))\b/;
/** Or checks the answer to the one before: "who chairs it, is it the social worker?", "pwy sy'n cadeirio, ai'r gweithiwr cymdeithasol?".
 *  ("…, a fydd yr heddlu yna?" asks whether the police will be there: "fydd" checks back only with "it": "fydd o'r…".) */
const CHECKS_BACK = /^(?:(?:is|will|would|could|was|does) (?:it|that|he|she|they) (?:be )?(?:the|my|a|an|just|only|your|our|always|usually)\b|(?:ai|ydy|ydi|yw)(?: (?:o|e|hi|fe|fo|nhw))?(?:'r| y| yr| fy| jyst| dim ond)\b|(?:fydd|fyddan) (?:o|e|hi|fe|fo|nhw)(?:'r| y| yr| fy| jyst| dim ond)\b|ai\b)/;

/** "ai'r grŵp craidd sy'n penderfynu…", "is it the chair who decides…": who does something, asked afresh; so is
 *  "…, a ydi'r hogyn yn cael bod yno?" (whether someone may do something). */
const ASKS_WHO_DOES = /\b(?:sy'?n|sydd yn|who|that) \w+|(?:\byn|'n) (?:cael|cal|gallu|mynd|dod|gorfod)\b/;

/** Does this piece of a message ask something (a question mark, a wh-word early, or "do I / ga i / oes na" first)? */
function asks(piece: string): boolean {
  if (/\?\s*$/.test(piece)) return true;
  const words = tokenize(piece);
  // "…? and can my mum come", "…? ac oes rhaid i mi…": a question asked after another.
  if (LEADING_JOINER.has(words[0] ?? '') && words.length > 2) words.shift();
  // "a fyddaf yn cael copi?", "a oes…": the Welsh question particle before the verb.
  if (words[0] === 'a' && AUXILIARY.has(words[1] ?? '')) words.shift();
  const [first, second] = words;
  if (!first) return false;
  // "can I…" asks; "alla i ddim dod" ("I can't come") and "can I not" say.
  // (Welsh verbs that already say who: "fyddaf yn cael…?", "allaf i…", "ddylwn…".)
  if (AUXILIARY.has(first)) return second !== undefined && (PERSON.has(second) || SAYS_WHO.has(first)) && !NOT.has(second) && !NOT.has(words[2] ?? '');
  if (words.slice(0, WH_WITHIN).some((w) => WH.has(w))) return true;
  // "SW visiting frequency + how often are the meetings?": a professional's lookup, said as a noun.
  if (words.some((w) => LOOKUP.has(w))) return true;
  // "if he gets put on a plan in barnsley how often does the social worker come": the condition first, then the question.
  if (CONDITION.test(piece) && words.some((w) => WH.has(w))) return true;
  // "as a supporter in Herefordshire can I stay…", "yn Barnsley ga i…": asking for leave after saying who or where.
  // (Not after a negative: "ac os na alla i fynychu" is "and if I can't attend", the condition of what follows.)
  return words.slice(1, WH_WITHIN).some((w, k) => ASKS_LEAVE.has(w) && ASKER.has(words[k + 2] ?? '') && !NOT.has(words[k + 3] ?? '')
    && !NOT_BEFORE.has(words[k] ?? ''));
}
/** Joining words before a second question ("and can my mum come", "ac oes rhaid…", "hefyd, pwy…"). */
const LEADING_JOINER = new Set('and also plus but ac hefyd ond'.split(' '));
/** Nouns that ask for a rule when said alone ("ICPC to first CG timescale", "visiting frequency"). */
const LOOKUP = new Set('frequency timescale timescales deadline deadlines quorum quorate amserlen amserlenni'.split(' '));
/** Welsh verb forms that carry the person themselves ("fyddaf" is "will I"). */
const SAYS_WHO = new Set('fyddaf fyddwch fyddwn gaf allaf gallaf dylwn ddylwn'.split(' '));
/** Asking whether one may or must: "can I", "do we", "ga i", "oes rhaid i mi". */
const ASKS_LEAVE = new Set('can could do will should may must ga gaf alla allaf gawn'.split(' '));
const ASKER = new Set('i we ni fi'.split(' '));
/** Negative particles before a verb ("os na alla i…", "if I can't"): what follows is said, not asked. */
const NOT_BEFORE = new Set('na nad ni'.split(' '));

/**
 * The separate questions of a message that asks more than one ("who chairs it, and who takes the minutes?", "ga i
 * ddod â ffrind? a fydd y plant yna?"), in order, each at least two words. Fewer than two: it asks one thing (or none).
 */
export function questionParts(folded: string): string[] {
  const asking = askingPieces(folded);
  return asking.asking.length >= 2 ? asking.asking : [];
}

/** The one question of a message that also says other things ("ffrind ydw i, … . oes rhaid i mi arwyddo rhywbeth?"). */
export function onlyQuestion(folded: string): string | undefined {
  const { pieces, asking } = askingPieces(folded);
  return asking.length === 1 && pieces.length >= 2 ? asking[0] : undefined;
}

/** A condition that belongs to the question after it: "…, and if I can't come, what should I do?" ("os gwelwch yn dda" is "please"). */
const CONDITION = /^[^a-z0-9]*(?:(?:and|&|ac|a)\s+)?(?:if|os(?!\s+gwelwch))\b/;

/** The pieces of a message (sentences, and clauses a question word starts) and those of them that ask something. */
export function askingPieces(folded: string): { pieces: string[]; asking: string[] } {
  const split = folded
    // "Dau gwestiwn: pwy sy'n…" – a colon ends what comes before the questions too.
    .split(/(?<=\?)\s*|(?<=[.!:])\s+|\n+/)
    .flatMap((s) => s.split(new RegExp(`\\s*(?:,\\s*(?:(?:${JOINERS})\\s+){0,2}|${NOT_AFTER_ASKING_VERB}\\s(?:${JOINERS})\\s+)(?=(?:${STARTS_QUESTION})\\b)|\\s*,\\s*(?=(?:(?:${JOINERS})\\s+)?(?:if|os)\\b)`)))
    .map((s) => s.trim())
    .filter((s) => tokenize(s).length >= 2);
  // The condition joins the question it leads into.
  const pieces: string[] = [];
  for (let i = 0; i < split.length; i++) {
    if (CONDITION.test(split[i]) && !asks(split[i]) && i + 1 < split.length) { split[i + 1] = `${split[i]}, ${split[i + 1]}`; continue; }
    pieces.push(split[i]);
  }
  // ("ai'r grŵp craidd sy'n penderfynu…?" asks something new: a check names a guess, it does not say what it does.)
  const asking = pieces.filter((p, i) => asks(p) && !REFERS_BACK.test(p) && !(i > 0 && CHECKS_BACK.test(p) && !ASKS_WHO_DOES.test(p)));
  return { pieces, asking };
}

/** Said, not asked: "i dont get what the register thing is" asks what the register is, as "dw i'm yn dallt be ydi'r register" does. */
const SAID_NOT_ASKED: [RegExp, string][] = [
  [/\b(?:i\s+)?(?:dont|don't|do not|dnt|cant|can't)\s+(?:really\s+)?(?:get|understand|know)\s+what\s+((?:a|an|the|this)\s+)?(.+?)(?:\s+(?:thing|stuff|business))?\s+means\b/, 'what does $1$2 mean'],
  [/\b(?:i\s+)?(?:dont|don't|do not|dnt|cant|can't)\s+(?:really\s+)?(?:get|understand|know)\s+what\s+((?:a|an|the|this)\s+)?(.+?)(?:\s+(?:thing|stuff|business))?\s+(is|are)\b/, 'what $3 $1$2'],
  // "I want to ask about the conference" is about the conference, not asking for one to be held again ("gofyn am
  // gynhadledd arall" does ask for one: only "gofyn am y/yr …" is asking about).
  [/\b(?:i\s+)?(?:want|wanna|wanted|would like|'d like|need|just want)\s+to\s+ask\s+(?:you\s+)?(?:something\s+|a question\s+|some questions\s+|a few questions\s+|a couple of questions\s+)?(?:about|regarding|re)\b/, 'about'],
  [/\b(?:isio|isie|eisiau|moyn|mo'yn|ishe|angen)\s+gofyn\s+(?:cwestiwn\s+|cwestiynau\s+|rhywbeth\s+|rwbath\s+|rhwbeth\s+)?(?:am|ynglyn a|ynghylch)(?=\s+(?:y|yr)\s)/, 'am'],
  [/\b(?:dw\s*i|dwi|sa\s*i|smo\s+fi|so\s+fi)(?:'m|\s+ddim)?\s*(?:yn\s+|'n\s+)?(?:dallt|deall|gwybod|gwbod)\s+(be|beth)\s+(ydi|ydy|yw|di)\b/, '$1 $2'],
];

/** The message with a question said as a statement turned into the question it is. */
export function askedOutright(folded: string): string {
  return SAID_NOT_ASKED.reduce((t, [re, to]) => t.replace(re, to), folded);
}
