// One entry point: what is this message, in which language, about which place? No botbuilder here.
import type { KnowledgeBase } from '../knowledge/load.js';
import { COMMANDS, type Command, type Lang, type Nation } from '../knowledge/schema.js';
import { EntityFinder, audienceOf, meetingWords, meetingsNamed, withoutMeetings, type Entities, type Meeting, type Role } from './entities.js';
import { askedInLanguage, buildLexicon, detectLanguage, explicitLanguageSwitch, type LanguageGuess, type Lexicon } from './language.js';
import { TopicMatcher, type MatchDecision } from './matcher.js';
import { fold, tokenize } from './normalise.js';
import { PatternMatcher } from './patterns.js';
import { DefinitionFinder } from './definitions.js';
import { askedOutright, askingParts, onlyQuestion } from './focus.js';
import { FOCUS_BACKING, QuestionsAsked, isPlain } from './questions.js';
import { GLOSSARY_PREFIX, POLICY, isSure } from './matcher.js';
import { OwnLeaflets } from './own-leaflets.js';
import { BeyondLeaflets, type Beyond } from './beyond.js';
import { LastTopic } from './last-topic.js';
import type { ModelStore } from './model-store.js';
import { AFTER_A_MEETING, ASKS_ABOUT_IT, FOLLOW_UP_FILLER, FOLLOW_UP_OPENER, MEETING_NAME, NAMES_SUPPORTER, NEXT_STEP, REFERS_BACK, SUPPORTERS_CHILD, SPECIFIC_QUESTION, THE_MEETING, VAGUE_THING } from './cues.js';

/** `lastMeeting`: the meeting the conversation last named ("I've got a conference next week…"). */
export interface UserContext { lang?: Lang; council?: string; nation?: Nation; role?: Role; lastGroup?: string; lastMeeting?: Meeting }

export type Intent =
  | { kind: 'safety' }
  | { kind: 'switchLanguage'; lang: Lang }
  | { kind: 'command'; command: Command }
  | { kind: 'setPlace' }
  | { kind: 'placeFollowUp'; group: string }
  /** `also`: the other things a message asked ("who chairs it and who takes the minutes?"), each answered after.
   *  `near`: a topic the user's own council's leaflets answer that came nearly as close, when the best one is not theirs.
   *  `beyond`: the message also asked something no leaflet answers ("can I record it, and who chairs it?"). */
  | { kind: 'answer'; group: string; topicId?: string; closeTopics?: string[]; alternatives?: string[]; also?: string[]; near?: string; beyond?: Beyond }
  | { kind: 'clarify'; choices: string[] }
  | { kind: 'offTopic' }
  /** About the family's situation but in no leaflet (adoption, benefits, court): said honestly, with where to ask. */
  | { kind: 'outOfScope'; money?: boolean }
  | { kind: 'none' };

export interface Understanding { lang: Lang; language: LanguageGuess; entities: Entities; intent: Intent; match?: MatchDecision }


/** How a role is named when a question from someone in it leaves it out ("what can I do?" from a supporter). */
const ROLE_NAME = {
  supporter: { en: 'supporter', cy: 'cefnogwr' },
  advocate: { en: 'advocate', cy: 'eiriolwr' },
} as const;
/** The classifier's least probability for a close call to be settled by the user's council (measured: "my mate in Leek…"
 *  at 0.20; "universal credit" in Hereford, no topic at all, at 0.05). */
const OWN_COUNCIL_CLOSE_P = 0.15;
/** What plainly no leaflet answers is said so unless the best topic is this sure (measured over sets 1-22: at 0.5, three
 *  of set 21's questions were still answered with a neighbour, e.g. keeping records "after the plan ends" at 0.86). */
const BEYOND_UNLESS_P = 0.9;
/** A question beside others that the learned out-of-scope class is this sure of alone is not in the leaflets (measured:
 *  "alla i apelio?" at 0.63 is answered by Herefordshire's rules for supporters). */
const BEYOND_LEARNED_P = 0.9;
/** A story's one question the learned off-topic class is this sure of, and the off-topic guard lets through, is off-topic. */
const OFF_TOPIC_QUESTION_P = 0.9;
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
  /** Topic groups written (also) for young people. */
  private readonly forYoungPeople: Set<string>;
  /** What the last answer was about, for a short question that leans on it. */
  private readonly lastTopic: LastTopic;

  /** models: where trained classifier weights are kept (understanding/model-store.ts); by default the build's. */
  constructor(readonly kb: KnowledgeBase, models?: ModelStore) {
    this.matcher = new TopicMatcher(kb, models);
    this.forYoungPeople = new Set(kb.topics.filter((t) => t.audiences.includes('young-person')).map((t) => t.group));
    this.outside = new BeyondLeaflets(kb);
    this.entities = new EntityFinder(kb);
    this.safety = new PatternMatcher(kb.safety);
    this.offTopic = new PatternMatcher(kb.offTopic);
    this.definitions = new DefinitionFinder(kb);
    this.leaflets = new OwnLeaflets(kb, this.matcher);
    this.lastTopic = new LastTopic(kb);
    this.questions = new QuestionsAsked(this.matcher, this.definitions, this.leaflets);
    this.lexicon = buildLexicon(kb);
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

  /**
   * What answers "what is <term>?": the glossary's topic for it (fuller, with the council's details) when that topic
   * speaks for the user's place (or, with no place known, for everywhere, or has a summary); else the definition.
   */
  private meaningOf(termId: string, place: { council?: string; nation?: Nation }): string {
    const group = this.kb.glossary.find((g) => g.id === termId)?.topic;
    const nation = place.nation ?? this.kb.councils.find((c) => c.id === place.council)?.nation;
    const nationOf = (appliesTo: string) => appliesTo.startsWith('nation:') ? appliesTo.slice(7)
      : this.kb.councils.find((c) => `council:${c.id}` === appliesTo)?.nation;
    const speaksFor = (appliesTo: string) => appliesTo === 'all' || (place.council ? appliesTo === `council:${place.council}`
      : nation ? nationOf(appliesTo) === nation : appliesTo === 'summary');
    return group && this.kb.topics.some((t) => t.group === group && speaksFor(t.appliesTo)) ? group : GLOSSARY_PREFIX + termId;
  }

  /**
   * What a young person asking about their own meeting means by a question written for a parent: a topic for young
   * people that the words point to nearly as much ("my views" -> child-views), else the one content/young-people.yaml names.
   */
  private forAsker(group: string, audience: ReturnType<typeof audienceOf>, candidates: MatchDecision['candidates'] = []): string {
    const theirs = audience === 'young-person' ? this.kb.youngPeople[group] : undefined;
    if (!theirs) return group;
    const top = candidates.find((c) => c.group === group)?.score;
    const near = top === undefined ? undefined
      : candidates.find((c) => c.group !== group && top - c.score < POLICY.margin && this.forYoungPeople.has(c.group) && !this.kb.youngPeople[c.group]);
    return near?.group ?? theirs;
  }

  /** The answer intent for a decision: its topic and the records that fit, or the young person's topic instead. */
  private answerFor(d: MatchDecision & { kind: 'answer' }, audience: ReturnType<typeof audienceOf>) {
    const group = this.forAsker(d.group, audience, d.candidates);
    if (group !== d.group) return { kind: 'answer' as const, group };
    return { kind: 'answer' as const, group, topicId: d.candidates[0]?.topicId, closeTopics: d.candidates[0]?.closeTopics };
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
    if (command && !asksAboutContract && !['yes', 'no', 'question', 'dontKnow'].includes(command)) return { ...base, intent: { kind: 'command', command } };

    // Take the place out before matching the topic: "complaints in Staffordshire" is about complaints.
    const folded = askedOutright(fold(text));
    let rest = folded;
    for (const p of entities.placeText) rest = rest.replace(p, ' ');
    // "What are the West Mercia procedures?" names a place but asks what a term means.
    const named = (entities.council || entities.nation) ? this.definitions.find(text) : undefined;
    if (named) return { ...base, intent: { kind: 'answer', group: this.meaningOf(named, place) } };
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
      const intent = this.answerFor(first, audience);
      const also = [...new Set(asked.slice(1).map((d) => this.forAsker(d.group, audience, d.candidates)))].filter((g) => g !== intent.group);
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
    // "What does X mean?" with X in the glossary: the definition, or the topic that explains X more fully.
    // …also as the last sentence of a message that is not plainly about one topic ("…now he's on the register. what
    // does being on the register mean?").
    const lastSentence = rest.split(/(?<=[.?!])\s+/).filter((x) => tokenize(x).length > 0).pop() ?? rest;
    const term = this.definitions.find(rest) ?? (isSure(decision) || lastSentence === rest ? undefined : this.definitions.find(lastSentence));
    if (term) return { ...base, intent: { kind: 'answer', group: this.meaningOf(term, place) }, match: decision };
    // One word many topics share ("minutes?") that is also a term: what it means, with those topics offered beside it.
    const word = decision.kind === 'clarify' ? this.definitions.only(rest) : undefined;
    if (word && decision.kind === 'clarify') {
      const group = this.meaningOf(word, place);
      return { ...base, intent: { kind: 'answer', group, alternatives: decision.choices.filter((c) => c !== group && !c.startsWith(GLOSSARY_PREFIX)).slice(0, 2) }, match: decision };
    }
    const sure = isSure(decision);
    // "…mentioned a chronology, what's one of them?": the term just named, unless the topic is clear anyway (and even
    // then when the term ends the clause just before: "…yn son am 'significant harm' - beth yw hwnna").
    // "is a CPPM the same as a conference?": what the first is, unless a topic is plainly about the comparison.
    const mentioned = sure ? this.definitions.namedJustBeforeAsked(rest) : this.definitions.namedThenAsked(rest) ?? this.definitions.compared(rest);
    if (mentioned) return { ...base, intent: { kind: 'answer', group: this.meaningOf(mentioned, place) }, match: decision };
    // Off-topic patterns never fire on the content's own questions, so they win over all but a sure match.
    // "the thing in oban on tuesday", "nain dw i. y peth na yn Leominster dydd iau": a vague thing and no question about it
    // is not a topic (nor off-topic), unless the words are plainly one topic: ask them to say more, with the main topics.
    if (VAGUE_THING.test(folded) && !SPECIFIC_QUESTION.test(folded) && !isPlain(decision)) return { ...base, intent: { kind: 'none' }, match: decision };
    const learnedOffTopic = decision.kind === 'none' && decision.offTopic && this.offTopic.passesCommonGuards(text);
    // (…also when a story about the process ends in one off-topic question: "Just out of the meeting with social work in
    // Oban, what time is the last ferry to Mull?" is not a close call between meetings.)
    const askedOffTopic = the !== undefined && the !== rest && decision.kind !== 'answer'
      && (this.offTopic.test(the) || (this.matcher.learnedP(the, lang, 'offTopic') >= OFF_TOPIC_QUESTION_P && this.offTopic.passesCommonGuards(the)));
    if (!sure && (this.offTopic.test(text) || learnedOffTopic || askedOffTopic)) return { ...base, intent: { kind: 'offTopic' }, match: decision };
    // Money, benefits or housing, not plainly a topic: out of scope, whatever else came close ("universal credit").
    const money = this.outside.isMoney(folded);
    if (!sure && money && !(decision.kind === 'none' && decision.offTopic)) return { ...base, intent: { kind: 'outOfScope', money: true }, match: decision };
    // …and so is what plainly no leaflet answers, though its words come near a topic ("can I record the conference on my
    // phone?", "can I bring my dog to the core group?"): honest rather than a neighbouring answer.
    // (Only a topic the classifier is all but certain of stands against those words: "how long will they keep the
    // records after the plan ends?" is not when the plan ends.)
    const beyond = (decision.candidates[0]?.p ?? 0) < BEYOND_UNLESS_P && this.outside.isBeyond(folded);
    if (beyond && !(decision.kind === 'none' && decision.offTopic)) return { ...base, intent: { kind: 'outOfScope' }, match: decision };
    if (decision.kind === 'none' && decision.outOfScope && !decision.offTopic) {
      return { ...base, intent: { kind: 'outOfScope', ...(money ? { money: true } : {}) }, match: decision };
    }
    // …and the last topic still fits about as well as any: it is asked again for the new setting.
    // (Not "and what happens after that?" / "a beth sy'n digwydd wedyn?": that asks the next step, a new question.)
    if (followUp && decision.kind !== 'none' && !NEXT_STEP.test(folded)) {
      const top = decision.candidates[0]?.score ?? 0;
      const last = decision.candidates.slice(0, POLICY.maxChoices).find((c) => c.group === ctx.lastGroup);
      // (…unless the new place's leaflets have nothing on it and the best match is theirs: "and what about Staffordshire,
      // where do complaints go there?" after a Herefordshire supporter's complaint is Staffordshire's complaints.)
      const best = decision.candidates[0]?.group;
      const elsewhere = place.council !== undefined && best !== undefined && best !== last?.group
        && !this.leaflets.covers(last?.group ?? '', place.council) && this.leaflets.covers(best, place.council);
      if (last && last.score >= top - POLICY.margin && !elsewhere) return { ...base, intent: { kind: 'placeFollowUp', group: last.group }, match: decision };
    }
    // "and what happens after that?" asks the step after the last answer, never the last answer again: the next best,
    // if it came close.
    if (decision.kind === 'answer' && decision.group === ctx.lastGroup && NEXT_STEP.test(folded)) {
      const top = decision.candidates[0]?.score ?? 0;
      const next = decision.candidates.find((c) => c.group !== ctx.lastGroup && !c.group.startsWith(GLOSSARY_PREFIX) && top - c.score < POLICY.margin);
      if (next) return { ...base, intent: { kind: 'answer', group: next.group }, match: decision };
    }
    if (decision.kind === 'answer') {
      const intent = this.answerFor(decision, audience);
      const near = this.leaflets.nearInCouncil(intent.group, decision, place.council);
      return { ...base, intent: { ...intent, alternatives: decision.alternatives?.filter((g) => g !== intent.group && g !== near), ...(near ? { near } : {}) }, match: decision };
    }
    if (decision.kind === 'clarify') {
      // "and what happens after that?" asks the step after the last answer: not a reason to offer the last answer again.
      const choices = followUp && NEXT_STEP.test(folded) ? decision.choices.filter((c) => c !== ctx.lastGroup) : decision.choices;
      if (choices.length === 1 && choices.length < decision.choices.length) return { ...base, intent: { kind: 'answer', group: choices[0] }, match: decision };
      // A close call where only one choice is in the user's own council's leaflets, and not a guess: that one, with
      // the others offered beside it ("my mate in Leek asked me to go with her to her core group": Staffordshire's
      // bringing someone, not Herefordshire's supporter rules).
      const own = place.council ? choices.filter((c) => this.leaflets.covers(c, place.council!)) : [];
      const ownP = decision.candidates.find((c) => c.group === own[0])?.p ?? 0;
      if (own.length === 1 && choices.length > 1 && ownP >= OWN_COUNCIL_CLOSE_P) {
        return { ...base, intent: { kind: 'answer', group: own[0], alternatives: choices.filter((c) => c !== own[0]) }, match: decision };
      }
      return { ...base, intent: { kind: 'clarify', choices }, match: decision };
    }
    return { ...base, intent: { kind: 'none' }, match: decision };
  }
}

