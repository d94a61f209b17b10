// Decides whether a message is Welsh or English. Short messages defeat statistical detectors, so
// franc-all (restricted to Welsh and English) is combined with Welsh and English function words; the
// channel's locale or the user's remembered language breaks ties.
import { franc } from 'franc-all';
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Lang } from '../knowledge/schema.js';
import { fold, tokenize } from './normalise.js';

const WELSH_CUES = new Set(('y yr yn mae maen ydy yw ydi beth pwy pryd sut ga gaf gawn alla allaf gallaf gallwch allwch fy ein eich ei eu dw dwi rwy rwyf ddim dim oes chi ni nhw ar gyda gyda efo am ble pam plis diolch os bydd fydd fyddai ydw ydych sydd syn oedd hefo fi ti wedi yng ngh nghyngor hyn hynny rhaid angen eisiau isio moyn cael gael neu ac ond hefyd wrth dros dan heb hi fe fo e o r n cynhadledd gynhadledd grwp craidd plentyn mhlentyn plant gweithiwr cymdeithasol cynllun cyfarfod gyfarfod cwyn gwyn nghwyn cefnogwr gefnogwr eiriolwr cymorth help helpu cymraeg saesneg dyddiad diwrnod heddiw ddoe mis mam tad ffrind ie be di pa mor aml dechrau eto dewislen bore da shwmae sal sut hwyl prynhawn noswaith croeso nage ia rwan nawr isio moyn dwi efo ganddo gen gyda fy nghyngor cyngor byw odw ody yndw yndi nadw nag nage iawn wel sori cynta gynta nghynta nesa ola pryd lle be pwy sa smo ma sy di da odi odyn gweud weud penderfynu cwyno digwydd cal erill eraill ebost bost neud gwneud deud dweud gwbod gwybod dallt deall mynd dod siarad wedyn rhywbeth rwbath rywbeth copi gopi faint aelodau aelode dost gymrith gymerith').split(' '));
const ENGLISH_CUES = new Set(('the is are was were what who when how why where can could should would will my your our their his her it this that these those do does did dont doesnt cant wont im ive to of in for with if about from not have has be been am an and or but so me we they you he she there here which whose child children kid kids meeting conference group plan social worker complain complaint someone friend mum dad help please thanks english welsh date day today yesterday need yes yeah yep nope no go back menu hi hiya hey hello there near live lives mean means start again thank thanks bye morning please want get got any').split(' ').filter((w) => w !== 'be'));

/** English nouns Welsh speakers often use inside Welsh ("cwyno am y conference", "core group cynta pryd?"): weaker
 *  evidence of English than a function word. */
const BORROWED_WEIGHT = 0.25;
const BORROWED = new Set('conference meeting meetings group core plan register registration report reports minutes review supporter social worker'.split(' '));

export interface LanguageGuess { lang: Lang; confident: boolean; cy: number; en: number; franc: string }

/** Words of one language only, learned from the content: "rhif", "cwynion", "llinell" are Welsh; "leaflet" English. */
export interface Lexicon { cy: Set<string>; en: Set<string>; names?: string[]; places?: Set<string> }

/** Words the content uses at least twice in one language and never in the other (names in both cancel out). */
export function buildLexicon(kb: KnowledgeBase): Lexicon {
  const texts: Record<Lang, string[]> = { en: [], cy: [] };
  for (const lang of ['en', 'cy'] as const) {
    for (const t of kb.topics) texts[lang].push(...t.questions[lang], t.answer[lang]);
    for (const g of kb.glossary) texts[lang].push(g.term[lang], ...g.aliases[lang], g.definition[lang]);
    texts[lang].push(...kb.offTopic[lang].shouldMatch, ...kb.offTopic[lang].examples, ...kb.outOfScope[lang].examples);
  }
  const count = (lang: Lang) => {
    const c = new Map<string, number>();
    for (const x of texts[lang]) for (const w of tokenize(fold(x))) if (w.length >= 3 && !/\d/.test(w)) c.set(w, (c.get(w) ?? 0) + 1);
    return c;
  };
  const en = count('en');
  const cy = count('cy');
  // Place names say where, not which language ("Herefordshire" in a Welsh conversation).
  const places = new Set(kb.councils.flatMap((c) => [c.name.en, c.name.cy, c.shortName.en, c.shortName.cy, ...c.aliases, ...c.towns])
    .flatMap((n) => tokenize(fold(n))));
  const only = (a: Map<string, number>, b: Map<string, number>) =>
    new Set([...a].filter(([w, n]) => n >= 2 && !b.has(w) && !places.has(w)).map(([w]) => w));
  // Names of organisations are said in English in either language ("rhif Family Rights Group"): not evidence.
  // So are the names of approaches and procedures both languages' glossaries give in English ("Beth yw 'signs of safety'?").
  const shared = kb.glossary.flatMap((g) => [g.term.en, ...g.aliases.en].map(fold)
    .filter((n) => n.includes(' ') && [g.term.cy, ...g.aliases.cy].map(fold).includes(n)));
  // …and the English names of the process's own things, said inside Welsh ("be di child in need?"): the glossary's terms
  // of three words or more, and the shorter forms they begin with ("child in need"); not everyday phrases among the aliases.
  const termNames = kb.glossary.map((g) => fold(g.term.en.replace(/\(.*?\)/g, '')).trim()).filter((n) => /^[a-z]+(?: [a-z]+){2,}$/.test(n));
  const terms = [...termNames, ...kb.glossary.flatMap((g) => g.aliases.en.map(fold))
    .filter((n) => /^[a-z]+(?: [a-z]+){2,}$/.test(n) && termNames.some((t) => t.startsWith(n)))];
  const names = [...new Set([...kb.adviceLines.map((a) => fold(a.name.en)), ...shared, ...terms])].filter((n) => n.includes(' '));
  // …for franc, the names proper only: not "council", "sir", "child protection committee".
  const GENERIC = new Set('council county cyngor swydd sir borough metropolitan bwrdeistref fetropolitan child protection committee west stone under upon port'.split(' '));
  const properNames = new Set([...places].filter((w) => w.length >= 4 && !GENERIC.has(w) && !WELSH_CUES.has(w) && !ENGLISH_CUES.has(w)));
  return { cy: only(cy, en), en: only(en, cy), names, places: properNames };
}

/** An explicit request to change language ("Cymraeg", "in English please", "Saesneg"), or undefined. */
export function explicitLanguageSwitch(text: string): Lang | undefined {
  const f = fold(text).replace(/[^a-z ]/g, '').trim();
  if (/^(cymraeg|yn gymraeg|welsh|in welsh|welsh please|cymraeg plis|cymraeg os gwelwch yn dda|newid i gymraeg|switch to welsh)$/.test(f)) return 'cy';
  if (/^(english|in english|english please|saesneg|yn saesneg|saesneg plis|newid i saesneg|switch to english)$/.test(f)) return 'en';
  return undefined;
}

const NAMED = { en: '(?:english|saesneg)', cy: '(?:welsh|gymraeg|cymraeg)' } as const;
const requests = (name: string) => [
  // "can you say that in Welsh?", "could you answer in English please"
  `\\b(?:can|could|would|will) (?:you|u) (?:please |pls )?(?:say|answer|reply|write|explain|repeat|put|tell me|give me|type|send)(?: (?:that|this|it|me that|the answer|your answer))?(?: again)? in ${name}\\b`,
  // "answer in Welsh", "please reply in English" (to the bot, not "can I speak Welsh at the meeting?")
  `(?:^|[.!?,] ?|please |pls )(?:answer|reply|respond|talk|speak|write)(?: to me| back)? in ${name}\\b`,
  // "in English please", "Cymraeg plis", "yn Gymraeg os gwelwch yn dda"
  `\\b(?:in |yn )?${name},? (?:please|pls|plz|plis|os gwelwch yn dda|os gweli di'?n dda)\\b`,
  // "allwch chi ateb yn Gymraeg?", "fedrwch chi ddeud hynny yn Saesneg?", "wnei di esbonio hynna'n Gymraeg?"
  `\\b(?:allwch|alli|fedrwch|fedri|elli|gallwch|gelli|wnewch|newch|nei|wnei|fyddech|ellwch)(?: chi| di)? (?:ateb|ddweud|deud|dweud|ddeud|gweud|weud|esbonio|egluro|sgwennu|ysgrifennu|siarad|ail ?ddweud|roi|rhoi)(?: (?:hynny|hyn|hwnna|hynna|o|e|fe|fo|yr ateb|'r ateb))?(?: eto)?(?: yn|'n|\\s*in) ${name}\\b`,
  // "atebwch yn Gymraeg"
  `\\b(?:atebwch|siaradwch|esboniwch|dwedwch|deudwch|sgwennwch|ysgrifennwch|ateb)(?: (?:hynny|hyn))? yn ${name}\\b`,
];
const ASKS_FOR: Record<Lang, RegExp> = {
  en: new RegExp(requests(NAMED.en).join('|')),
  cy: new RegExp(requests(NAMED.cy).join('|')),
};

/** A request, inside a message, to be answered in a language ("sorry can you say that in English?", "Diolch. Allwch chi
 *  ateb yn Gymraeg? Pwy sy'n teipio…"): that language and the message without the request. Asking whether something is
 *  in Welsh ("is the leaflet in Welsh?", "can I speak Welsh at the meeting?") is a question, not a request. */
export function askedInLanguage(text: string): { lang: Lang; rest: string } | undefined {
  const f = fold(text);
  for (const lang of ['cy', 'en'] as const) {
    const m = ASKS_FOR[lang].exec(f);
    if (m) return { lang, rest: (f.slice(0, m.index) + ' ' + f.slice(m.index + m[0].length)).replace(/^[\s?.!,]+/, '').trim() };
  }
  return undefined;
}

/** Each word of one language only (from the lexicon) weighs this, less than a function word. */
const LEXICON_WEIGHT = 0.5;
/** Evidence one way by this much overrides the previous language (more than franc's guess alone; 0.75 measured better than 1 once the lexicon
 *  counted: "Rhif llinell gyngor y Family Rights Group" is Welsh despite the English name). */
const CONFIDENT_MARGIN = 0.75;
/** franc's guess on its own is not enough to switch: on "5 Ionawr 2026" or "asdfgh" it guesses English. */
const FRANC_WEIGHT = 0.5;

/**
 * remembered: the prior is the user's own last language. When it is only the channel's locale, a message with
 * evidence one way and none the other is that language, however little ("rhif Family Rights Group stafford").
 */
/** A code in capitals joined by hyphens ("SUP-ZPDD-D87S", a statement's reference) is no language, whatever its
 *  letters look like ("dd"); nor is a code of capitals and digits ("D87S", "2QXP"; not "2il", "3ydd"). */
const CODES = /\b[A-Z0-9]{2,}(?:-[A-Z0-9]{2,})+\b|\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{3,}\b/g;

export function detectLanguage(text: string, prior: Lang, lexicon?: Lexicon, remembered = true): LanguageGuess {
  const folded = (lexicon?.names ?? []).reduce((t, n) => t.split(n).join(' '), fold(text.replace(CODES, ' ')));
  const words = tokenize(folded);
  let cy = 0;
  let en = 0;
  let borrowed = 0;
  for (const w of words) {
    if (WELSH_CUES.has(w)) cy++;
    else if (lexicon?.cy.has(w)) cy += LEXICON_WEIGHT;
    if (BORROWED.has(w)) borrowed += BORROWED_WEIGHT;
    else if (ENGLISH_CUES.has(w)) en++;
    else if (lexicon?.en.has(w)) en += LEXICON_WEIGHT;
  }
  if (/[ŵŷâêîôû]/i.test(text)) cy += 1;
  if (/\b\w*(dd|ll|ch|ngh|mh|nh)\w*\b/.test(folded) && words.some((w) => /^(ngh|mh|nh)/.test(w) || /dd$/.test(w))) cy += 0.5;
  // Words only: franc's guess is not evidence enough for the rule below. The English nouns Welsh speakers borrow
  // are no evidence against Welsh words: "ymweliadau social worker Barnsley?" is Welsh.
  const wordsOneWay = Math.min(cy, en) === 0 && Math.max(cy, en) >= LEXICON_WEIGHT;
  const wordsSay: Lang | undefined = wordsOneWay ? (cy > 0 ? 'cy' : 'en') : undefined;
  if (wordsSay !== 'cy') en += borrowed;
  // Place names are not language either ("rhif … stafford"): franc reads what is left. On words that all point one
  // way its guess the other way is not counted ("categoria cofrestru argyll", "advocate i rieni, Argyll?").
  const unplaced = words.some((w) => lexicon?.places?.has(w)) ? words.filter((w) => !lexicon?.places?.has(w)).join(' ') : folded;
  const f = unplaced.length >= 10 ? franc(unplaced, { only: ['cym', 'eng'], minLength: 10 }) : 'und';
  // (For a new user only: with a language of their own, franc's doubt keeps one odd word from switching it.)
  const overruled = remembered ? undefined : wordsSay;
  if (f === 'cym' && overruled !== 'en') cy += FRANC_WEIGHT;
  if (f === 'eng' && overruled !== 'cy') en += FRANC_WEIGHT;
  if (cy === en) return { lang: prior, confident: false, cy, en, franc: f };
  const lang: Lang = cy > en ? 'cy' : 'en';
  const oneWayOnly = !remembered && wordsOneWay && Math.min(cy, en) === 0;
  return { lang, confident: Math.abs(cy - en) >= (oneWayOnly ? LEXICON_WEIGHT : CONFIDENT_MARGIN), cy, en, franc: f };
}
