// One entry point: what is this message, in which language, about which place? No botbuilder here.
import type { KnowledgeBase } from '../knowledge/load.js';
import { COMMANDS, type Command, type Lang } from '../knowledge/schema.js';
import { EntityFinder, audienceOf, meetingWords, meetingsNamed, withoutMeetings } from './entities.js';
import { askedInLanguage, buildLexicon, detectLanguage, explicitLanguageSwitch, type Lexicon } from './language.js';
import { TopicMatcher, isSure, type MatchDecision } from './matcher.js';
import { fold, tokenize } from './normalise.js';
import { PatternMatcher } from './patterns.js';
import { DefinitionFinder } from './definitions.js';
import { askedOutright, askingParts, onlyQuestion } from './focus.js';
import { FOCUS_BACKING, QuestionsAsked, isPlain } from './questions.js';
import { OwnLeaflets } from './own-leaflets.js';
import { BeyondLeaflets } from './beyond.js';
import { LastTopic } from './last-topic.js';
import type { ModelStore } from './model-store.js';
import { AnswerFor } from './answer-for.js';
import { Settler } from './settle.js';
import type { Understanding, UserContext } from './intent.js';
import { AFTER_A_MEETING, ASKS_ABOUT_IT, FOLLOW_UP_FILLER, FOLLOW_UP_OPENER, MEETING_NAME, NAMES_SUPPORTER, NEXT_STEP, REFERS_BACK, SUPPORTERS_CHILD, THE_MEETING } from './cues.js';

export type { Intent, Understanding, UserContext } from './intent.js';

/** How a role is named when a question from someone in it leaves it out ("what can I do?" from a supporter). */
const ROLE_NAME = {
  supporter: { en: 'supporter', cy: 'cefnogwr' },
  advocate: { en: 'advocate', cy: 'eiriolwr' },
} as const;
/** A question beside others that the learned out-of-scope class is this sure of alone is not in the leaflets (measured:
 *  "alla i apelio?" at 0.63 is answered by Herefordshire's rules for supporters). */
const BEYOND_LEARNED_P = 0.9;
/** A question plain on its own is still about the last answer when it says no more than this besides pointing back
 *  ("who's in charge of it?": 1; "I honestly don't understand what they want me to change": 4, its own question). */
const POINTING_WORDS = 2;
/** …and a question not plain on its own that says no more than this is about the last answer ("do I need to check with
 *  anyone first?": 3; "ble ga i'r pris gore am insurance car?": 6, something else). */
const FEW_WORDS = 4;

export class Understander {
  readonly matcher: TopicMatcher;
  readonly entities: EntityFinder;
  private readonly safety: PatternMatcher;
  private readonly offTopic: PatternMatcher;
  private readonly definitions: DefinitionFinder;
  /** What the user's council's leaflets have, and the same question asked of the other meeting. */
  private readonly leaflets: OwnLeaflets;
  /** Words of one language only, from the content: evidence for the language of a message. */
  readonly lexicon: Lexicon;
  private readonly commands: { command: Command; en: RegExp[]; cy: RegExp[] }[];
  /** What plainly no leaflet answers (content/out-of-scope.yaml): money, benefits or housing; recording the meeting… */
  private readonly outside: BeyondLeaflets;
  /** Each of several questions, and a story's one question. */
  private readonly questions: QuestionsAsked;
  /** Which answer a topic or a term becomes for this asker and place. */
  private readonly answers: AnswerFor;
  /** What the best match becomes: an answer, a choice, off-topic, or not in the leaflets. */
  private readonly settler: Settler;
  /** What the last answer was about, for a short question that leans on it. */
  private readonly lastTopic: LastTopic;

  /** models: where trained classifier weights are kept (understanding/model-store.ts); by default the build's. */
  constructor(readonly kb: KnowledgeBase, models?: ModelStore) {
    this.matcher = new TopicMatcher(kb, models);
    this.answers = new AnswerFor(kb);
    this.outside = new BeyondLeaflets(kb);
    this.entities = new EntityFinder(kb);
    this.safety = new PatternMatcher(kb.safety);
    this.offTopic = new PatternMatcher(kb.offTopic);
    this.definitions = new DefinitionFinder(kb);
    this.leaflets = new OwnLeaflets(kb, this.matcher);
    this.lastTopic = new LastTopic(kb);
    this.questions = new QuestionsAsked(this.matcher, this.definitions, this.leaflets);
    this.lexicon = buildLexicon(kb);
    this.settler = new Settler({ matcher: this.matcher, definitions: this.definitions, offTopic: this.offTopic, outside: this.outside, leaflets: this.leaflets, answers: this.answers });
    this.commands = COMMANDS.map((command) => ({
      command,
      en: kb.commands[command].en.map((p) => new RegExp(p, 'iu')),
      cy: kb.commands[command].cy.map((p) => new RegExp(p, 'iu')),
    }));
  }

  isDanger(text: string): boolean {
    return this.safety.test(text);
  }

  /** The command a message gives, checked in both languages (buttons may be in either). */
  command(text: string, only?: Command[]): Command | undefined {
    const folded = fold(text);
    for (const c of this.commands) {
      if (only && !only.includes(c.command)) continue;
      if (c.en.some((re) => re.test(folded)) || c.cy.some((re) => re.test(folded))) return c.command;
    }
    return undefined;
  }

  /** The questions a message asks beside one no leaflet answers, understood on their own (with the meeting the message
   *  names, when they leave it out: "is there parking at the core group? and who will be there?"). */
  private answeredBeside(questions: string, folded: string, whole: MatchDecision, lang: Lang, ctx: UserContext, channelLang: Lang): Understanding | undefined {
    const inner = { ...ctx, lang, lastGroup: undefined };
    // (Only a question plain alone, or one the whole message also points to, when it points to any: "…universal
    // credit…? sa i'n gwbod pwy i ofyn" says who to ask is unknown, it does not ask who may be kept out; "faint fydd
    // cyfreithiwr yn costio? ga i legal aid?" is not how long a plan lasts.)
    const plain = (u: Understanding) => u.intent.kind === 'answer' && u.match
      && (isPlain(u.match) || (whole.kind !== 'none' && whole.candidates.slice(0, FOCUS_BACKING).some((c) => c.group === u.match?.candidates[0]?.group))) ? u : undefined;
    const alone = this.understand(questions, inner, channelLang, true);
    const meeting = meetingsNamed(questions).size === 0 ? meetingWords(folded) : undefined;
    return plain(alone) ?? (meeting ? plain(this.understand(`${questions} ${meeting}`, inner, channelLang, true)) : undefined);
  }

  /** What a message asks beside a question about the bot itself, or beside asking for help, when that is plainly one topic. */
  private besideCommand(text: string, command: 'aboutBot' | 'help', ctx: UserContext, channelLang: Lang): Understanding | undefined {
    const others = text.split(/(?<=[.?!])\s+|,\s+|\s+(?:but|ond)\s+/).filter((piece) => tokenize(piece).length > 1 && this.command(piece, [command]) === undefined);
    if (others.length === 0) return undefined;
    const inner = this.understand(others.join(' '), ctx, channelLang, true);
    if (inner.intent.kind !== 'answer' || !inner.match || !isSure(inner.match)) return undefined;
    return command === 'aboutBot' ? { ...inner, intent: { ...inner.intent, aboutBot: true } } : inner;
  }

  understand(text: string, ctx: UserContext, channelLang: Lang, beside = false): Understanding {
    const prior = ctx.lang ?? channelLang;
    const language = detectLanguage(text, prior, this.lexicon, ctx.lang !== undefined);
    // The channel's locale or the remembered language is the prior; only clear evidence overrides it.
    const lang = language.confident ? language.lang : prior;
    const entities = this.entities.find(text);
    const base = { lang, language, entities };
    const place = entities.council || entities.nation ? { council: entities.council, nation: entities.nation } : { council: ctx.council, nation: ctx.nation };
    if (this.isDanger(text)) return { ...base, intent: { kind: 'safety' } };
    const switchTo = explicitLanguageSwitch(text);
    if (switchTo) return { ...base, lang: switchTo, intent: { kind: 'switchLanguage', lang: switchTo } };
    // "Diolch. Allwch chi esbonio hynny yn Gymraeg?", "sorry can you say that in English?": answered in that language,
    // what else the message asks, or else the last answer again (or, with none, the language changed).
    const inLanguage = beside ? undefined : askedInLanguage(text);
    if (inLanguage) {
      const inner = this.understand(inLanguage.rest, { ...ctx, lang: inLanguage.lang }, inLanguage.lang, true);
      const inLang = { ...inner, lang: inLanguage.lang, language: { ...inner.language, lang: inLanguage.lang, confident: true } };
      if (inner.intent.kind === 'answer' || inner.intent.kind === 'clarify' || inner.intent.kind === 'placeFollowUp') return inLang;
      return { ...inLang, intent: ctx.lastGroup ? { kind: 'placeFollowUp', group: ctx.lastGroup } : { kind: 'switchLanguage', lang: inLanguage.lang } };
    }
    const command = this.command(text);
    // "what is the contract of expectations I have to sign?" asks about it: answered, with the walk-through offered.
    // (…in any sentence: "I've been asked to sign a statement as a supporter. What am I agreeing to?")
    const asksAboutContract = command === 'supporterContract' && fold(text).split(/(?<=[.?!:])\s+|\s+[-–—]\s+|,\s*/).some((x) => ASKS_ABOUT_IT.test(x));
    // "are you a real person? i need to know about the conference in Barnsley": what the bot is, then the question.
    // ("not sure what to ask, but who chairs it?": the question, and no help needed.)
    const besideCommand = (command === 'aboutBot' || command === 'help') && !beside ? this.besideCommand(text, command, { ...ctx, lang }, channelLang) : undefined;
    if (besideCommand) return besideCommand;
    if (command && !asksAboutContract && !['yes', 'no', 'question', 'dontKnow'].includes(command)) return { ...base, intent: { kind: 'command', command } };

    // Take the place out before matching the topic: "complaints in Staffordshire" is about complaints.
    const folded = askedOutright(fold(text));
    let rest = folded;
    for (const p of entities.placeText) rest = rest.replace(p, ' ');
    // "What are the West Mercia procedures?" names a place but asks what a term means.
    const named = (entities.council || entities.nation) ? this.definitions.find(text) : undefined;
    if (named) return { ...base, intent: { kind: 'answer', group: this.answers.meaningOf(named, place) } };
    // "and at core groups in Denbighshire?": the last answer again, for the place or meeting named.
    const followUp = ctx.lastGroup !== undefined && FOLLOW_UP_OPENER[lang].test(folded);
    if (entities.council || entities.nation || (followUp && entities.meeting)) {
      const words = (entities.morePlaceText ?? []).reduce((t, p) => t.replace(p, ' '), followUp ? withoutMeetings(rest) : rest);
      const meaningful = tokenize(words).filter((w) => !FOLLOW_UP_FILLER.has(w));
      if (meaningful.length === 0) {
        const other = ctx.lastGroup && entities.meeting ? this.leaflets.sameForMeeting(ctx.lastGroup, entities.meeting, lang) : undefined;
        if (other) return { ...base, intent: { kind: 'answer', group: other } };
        return { ...base, intent: ctx.lastGroup ? { kind: 'placeFollowUp', group: ctx.lastGroup } : { kind: 'setPlace' } };
      }
    }
    // "can I record it, and who chairs it?": what the leaflets answer, and honestly that they do not answer the rest.
    // (…or a question the classifier all but certainly puts in no leaflet: "can I get legal aid?")
    const split = beside ? undefined : this.outside.askedBeside(rest, (piece) => this.matcher.learnedP(piece, lang, 'outOfScope') >= BEYOND_LEARNED_P);
    if (split?.rest === '') return { ...base, intent: { kind: 'outOfScope', ...(split.beyond === 'money' ? { money: true } : {}) } };
    if (split) {
      const whole = this.matcher.decide(rest, lang, audienceOf(entities.role ?? ctx.role));
      const answered = this.answeredBeside(split.rest, folded, whole, lang, { ...ctx, council: place.council, nation: place.nation, role: entities.role ?? ctx.role }, channelLang);
      if (answered?.intent.kind === 'answer') return { ...base, intent: { ...answered.intent, beyond: split.beyond }, match: answered.match };
    }
    // "can the supporter have a say in the plan?": whoever asks, it is asked about the supporter, and answered as the
    // supporter's topics answer it.
    const role = entities.role ?? ctx.role;
    const audience = (!role || role === 'parent') && NAMES_SUPPORTER.test(folded) ? 'supporter' : audienceOf(role);
    // A supporter's own son or daughter is the parent they support, not the child the plan is for.
    if (audience === 'supporter') rest = rest.replace(SUPPORTERS_CHILD, (_m, my: string) => `${my} ${lang === 'cy' ? 'ffrind' : 'friend'}`);
    // One meeting named ("before the CPPM"): topics about the other meeting need more evidence.
    // "the first meeting after the conference" is about the core group: a meeting named as a point in time is not the subject.
    const meetings = meetingsNamed(folded.replace(AFTER_A_MEETING, ' '));
    const meeting = meetings.size === 1 ? [...meetings][0] : undefined;
    // In a follow-up the meeting named is the new setting, not the subject: "what about children at core groups?".
    const match = this.matcher.decide(followUp && !NEXT_STEP.test(folded) ? withoutMeetings(rest) : followUp ? rest.replace(FOLLOW_UP_OPENER[lang], ' ') : rest, lang, audience, meeting);
    const otherLang: Lang = lang === 'en' ? 'cy' : 'en';
    let decision = match;
    // "who chairs it, and who takes the minutes?": each question answered, when each is plainly about one topic.
    // "can i go to it?" after an answer about one meeting, or after the user named one: "it" is that meeting.
    // (The last answer's meeting first; else the one the user named: "I've a conference next week and I can't sleep" …
    // "what actually happens at the meeting itself?")
    const answerMeeting = ctx.lastGroup ? this.matcher.meetingOf(ctx.lastGroup) : undefined;
    const itIsTheMeeting = answerMeeting !== undefined && meetings.size === 0 && !followUp && REFERS_BACK[lang].test(folded);
    const lastMeeting = itIsTheMeeting ? answerMeeting : answerMeeting === undefined && THE_MEETING[lang].test(folded) ? ctx.lastMeeting : undefined;
    const backToMeeting = lastMeeting !== undefined && meetings.size === 0 && !followUp;
    const asked = followUp ? [] : this.questions.each(rest, lang, audience, backToMeeting ? new Set([lastMeeting]) : meetings, match);
    // The whole message plainly points to a topic none of its questions alone is about: that may be what they ask
    // ("Dw i isio gneud cwyn am y grŵp craidd yn Rhyl. Efo pwy dw i'n cysylltu a be di'r rhif?" is the complaint's contacts).
    if (asked.length >= 1 && isSure(match) && !asked.some((d) => d.group === match.group)) asked.push(match);
    if (asked.length > 1 || (asked.length === 1 && !isSure(match))) {
      const first = asked[0];
      const intent = this.answers.answer(first, audience, place.council);
      const also = [...new Set(asked.slice(1).map((d) => this.answers.forAsker(d.group, audience, d.candidates, place.council)))].filter((g) => g !== intent.group);
      return { ...base, intent: { ...intent, also }, match: first };
    }
    const the = followUp ? undefined : onlyQuestion(rest);
    // A message that tells something and asks one thing, and is not plainly about one topic: what it asks, if plain
    // (understanding/questions.ts).
    if (the !== undefined) decision = this.questions.storyQuestion(the, decision, { folded, lang, audience, meeting, role, council: place.council });
    // A long message that is not plainly about one topic: what its questions ask, if that is plain.
    if (decision.kind !== 'answer') {
      for (const part of askingParts(rest)) {
        const focused = this.matcher.decide(part, lang, audience, meeting);
        if (focused.kind !== 'answer') continue;
        // …and one the whole message also points to: the question's words alone can mean something else.
        if (decision.candidates.slice(0, FOCUS_BACKING).some((c) => c.group === focused.group)) { decision = focused; break; }
      }
    }
    // "ok so what CAN I actually do then?" from someone who said they are a supporter: asked as the supporter.
    // (…also when only the learned class, not a pattern, calls it off-topic: "Faint ohonon ni gaiff ddod efo fo?".)
    if (decision.kind === 'none' && (!decision.offTopic || !this.offTopic.test(text)) && role && role in ROLE_NAME) {
      const asRole = this.matcher.decide(`${rest} ${ROLE_NAME[role as keyof typeof ROLE_NAME][lang]}`, lang, audience, meeting);
      if (asRole.kind === 'answer') decision = asRole;
    }
    // (…and the answer is that meeting's: "who chairs it?" after what a core group is.)
    if (backToMeeting) {
      const there = isSure(decision) ? decision : this.matcher.decide(`${rest} ${MEETING_NAME[lastMeeting][lang]}`, lang, audience, lastMeeting);
      const about = isSure(there) ? this.matcher.meetingOf(there.group) : undefined;
      if (isSure(there) && (about === undefined || about === lastMeeting)) { decision = there; entities.meeting = lastMeeting; }
    }
    // "who decides that?" after whether a child may come, "is there a phone number?" after how to complain: asked about
    // the last answer's subject, when that makes it plain. A message plain alone stays itself unless it is a word or two
    // that point back ("who's in charge of it?"); one not plain alone takes the last subject when it points back, or
    // when it says little in the leaflets' words ("be dylswn i neud?", "Pam ddim?"; not "Diolch. ble ga i'r pris gore am
    // insurance car?"), or when its own words also came near that answer.
    // ("the meeting" may be only when: "do the parents see it before the meeting?" after a report is the report.)
    const last = followUp || itIsTheMeeting || this.offTopic.test(text) ? undefined : this.lastTopic.cue(rest, lang, ctx.lastGroup, place.council);
    if (last && (isSure(decision) ? last.leansBack && last.saying <= POINTING_WORDS : true)) {
      const inContext = this.matcher.decide(`${rest} ${last.text}`, lang, audience, meeting);
      const near = decision.candidates.slice(0, FOCUS_BACKING).some((c) => c.group === inContext.candidates[0]?.group);
      const words = this.matcher.knownWords(rest, lang);
      if (isSure(inContext) && (last.leansBack || near || (last.saying <= FEW_WORDS && words.known * 2 > words.of))) decision = inContext;
    }
    if (decision.kind === 'none' && !language.confident) {
      const other = this.matcher.decide(rest, otherLang, audience, meeting);
      if (other.kind !== 'none') decision = other;
    }
    return { ...base, intent: this.settler.settle({ text, folded, rest, question: the, lang, audience, place, lastGroup: ctx.lastGroup, followUp }, decision), match: decision };
  }
}

