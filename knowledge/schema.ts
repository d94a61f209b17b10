// The shape of every content file. Editors never touch this; the validator (npm run validate)
// reports problems by file and id using these schemas.
import { z } from 'zod';

export const LANGS = ['en', 'cy'] as const;
export type Lang = (typeof LANGS)[number];

const nonEmpty = z.string().trim().min(1);
export const bilingual = z.object({ en: nonEmpty, cy: nonEmpty }).strict();
export type Bilingual = z.infer<typeof bilingual>;
const bilingualList = z.object({ en: z.array(nonEmpty).min(1), cy: z.array(nonEmpty).min(1) }).strict();

export const NATIONS = ['england', 'wales', 'scotland'] as const;
export type Nation = (typeof NATIONS)[number];
export const AUDIENCES = ['parent', 'supporter', 'professional', 'young-person'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** "all", "nation:wales" or "council:barnsley". */
export const appliesTo = z.string().regex(/^(all|nation:(england|wales|scotland)|council:[a-z-]+)$/, 'appliesTo must be "all", "nation:<england|wales|scotland>" or "council:<id>"');
/** A topic record may also be a summary: what the leaflets say between them, for someone whose place is not known. */
export const topicAppliesTo = z.string().regex(/^(all|summary|nation:(england|wales|scotland)|council:[a-z-]+)$/, 'appliesTo must be "all", "summary", "nation:<england|wales|scotland>" or "council:<id>"');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are written YYYY-MM-DD');
const slug = z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids use lower case letters, digits, "-" and "."');

export const sourceRef = z.object({ leaflet: slug, section: nonEmpty }).strict();
export type SourceRef = z.infer<typeof sourceRef>;

export const leaflet = z.object({
  id: slug,
  file: nonEmpty,
  council: slug,
  title: bilingual,
  audience: z.array(z.enum(AUDIENCES)).min(1),
  /** Month of publication as printed (YYYY-MM), or null when the leaflet is not dated. */
  published: z.string().regex(/^\d{4}-\d{2}$/).nullable(),
  /** The meetings the leaflet is about, so a question about a core group gets a core-group leaflet's answer. */
  meetings: z.array(z.enum(['conference', 'core-group'])).min(1),
  sections: z.array(nonEmpty).min(1),
}).strict();
export type Leaflet = z.infer<typeof leaflet>;

export const topic = z.object({
  id: slug,
  /** Records that answer the same question for different places share a group. */
  group: slug,
  audiences: z.array(z.enum(AUDIENCES)).min(1),
  appliesTo: topicAppliesTo,
  questions: z.object({ en: z.array(nonEmpty).min(8), cy: z.array(nonEmpty).min(6) }).strict(),
  answer: bilingual,
  followUps: z.array(slug).default([]),
  sources: z.array(sourceRef).min(1),
}).strict();
export type Topic = z.infer<typeof topic>;
export const topicFile = z.object({ topics: z.array(topic).min(1) }).strict();

export const CONTACT_KINDS = ['post', 'phone', 'email', 'web', 'formats'] as const;
export const contact = z.object({
  kind: z.enum(CONTACT_KINDS),
  /** What the contact is for, e.g. complaints. */
  purpose: z.enum(['complaints', 'advice', 'formats', 'general']),
  label: bilingual,
  value: nonEmpty,
  source: z.object({ leaflet: slug }).strict().or(z.object({ note: nonEmpty }).strict()),
  lastChecked: isoDate,
}).strict();
export type Contact = z.infer<typeof contact>;

export const council = z.object({
  id: slug,
  name: bilingual,
  shortName: bilingual,
  nation: z.enum(NATIONS),
  /** Other ways people name the council or its area (English and Welsh), lower case. */
  aliases: z.array(nonEmpty).default([]),
  towns: z.array(nonEmpty).default([]),
  leaflets: z.array(slug).min(1),
  contacts: z.array(contact).default([]),
}).strict();
export type Council = z.infer<typeof council>;

export const adviceLine = z.object({
  id: slug,
  name: bilingual,
  description: bilingual,
  contacts: z.array(contact).default([]),
}).strict();
export type AdviceLine = z.infer<typeof adviceLine>;
export const directoryFile = z.object({ councils: z.array(council).min(1), adviceLines: z.array(adviceLine) }).strict();

export const glossaryTerm = z.object({
  id: slug,
  term: bilingual,
  /** Other ways of saying the term, lower case, in each language. */
  aliases: z.object({ en: z.array(nonEmpty).default([]), cy: z.array(nonEmpty).default([]) }).strict(),
  definition: bilingual,
  /** The topic group that answers "what is <term>?" more fully (with the council's own details); else the definition. */
  topic: slug.optional(),
  sources: z.array(sourceRef).min(1),
}).strict();
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export const glossaryFile = z.object({ terms: z.array(glossaryTerm).min(1) }).strict();

export const TIMESCALE_EVENTS = ['initial-conference', 'cppm', 'first-core-group', 'first-review', 'review', 'transfer-request'] as const;
export const TIMESCALE_KINDS = ['first-core-group', 'core-group-frequency', 'first-review', 'later-reviews', 'social-worker-visits', 'transfer'] as const;
export const timescaleRule = z.object({
  id: slug,
  kind: z.enum(TIMESCALE_KINDS),
  appliesTo,
  /** The event the period runs from. */
  from: z.enum(TIMESCALE_EVENTS),
  /** A deadline ("within") or a repeating interval ("every"); a range gives min and max. */
  type: z.enum(['within', 'every', 'about']),
  amount: z.number().int().positive(),
  maxAmount: z.number().int().positive().optional(),
  unit: z.enum(['working-days', 'days', 'weeks', 'months']),
  text: bilingual,
  sources: z.array(sourceRef).min(1),
}).strict();
export type TimescaleRule = z.infer<typeof timescaleRule>;
export const timescaleFile = z.object({ rules: z.array(timescaleRule).min(1) }).strict();

export const contractSection = z.object({
  id: z.enum(['role', 'chair', 'can', 'cannot', 'complaints', 'statement']),
  title: bilingual,
  intro: bilingual.optional(),
  points: bilingualList,
  section: nonEmpty,
}).strict();
export const contractFile = z.object({
  id: slug,
  version: nonEmpty,
  council: slug,
  leaflet: slug,
  title: bilingual,
  sections: z.array(contractSection).length(6),
}).strict();
export type Contract = z.infer<typeof contractFile>;

/** Regular expressions (JavaScript syntax, case-insensitive) with examples that must and must not fire. */
export const patternSet = z.object({
  patterns: z.array(nonEmpty).min(1),
  shouldMatch: z.array(nonEmpty).min(1),
  shouldNotMatch: z.array(nonEmpty).min(1),
}).strict();
export const safetyFile = z.object({ en: patternSet, cy: patternSet }).strict();
/** Off-topic also has examples the matcher learns from (they need not match a pattern). */
/** services: patterns for other council services (bins, parking fines), with a guard of their own (not the council's name). */
const offTopicSet = patternSet.extend({ examples: z.array(nonEmpty).default([]), services: z.array(nonEmpty).optional() }).strict();
export const offTopicFile = z.object({ en: offTopicSet, cy: offTopicSet }).strict();

/** Questions near the subject that no leaflet answers (adoption, benefits, court): learned, answered honestly. */
/** money: patterns for questions about money, benefits or housing, which get Citizens Advice rather than the advice
 *  lines (those are for families working with children's services). */
/** beyond: patterns for what plainly no leaflet answers (recording the meeting, joining by video, bringing a baby or a pet,
 *  travel costs, what to wear, arrest, DBS checks, how long records are kept): out of scope unless a topic is sure. */
const outOfScopeSet = z.object({ examples: z.array(nonEmpty).min(1), money: z.array(nonEmpty).optional(), beyond: z.array(nonEmpty).optional() }).strict();
export const outOfScopeFile = z.object({ en: outOfScopeSet, cy: outOfScopeSet }).strict();

/** canonical word -> words people type for it (lower case). */
export const synonymsFile = z.object({
  en: z.record(z.string(), z.array(nonEmpty)),
  cy: z.record(z.string(), z.array(nonEmpty)),
}).strict();

/** Topic groups about one meeting only (their answers are about a core group, or about a conference / CPPM). */
export const meetingsFile = z.object({
  'core-group': z.array(nonEmpty),
  conference: z.array(nonEmpty),
}).strict();

/** Parent's topic group -> the topic group a young person asking about their own meeting means by the same question. */
export const youngPeopleFile = z.record(nonEmpty, nonEmpty);
export const forSupportersFile = z.record(nonEmpty, nonEmpty);

/** In the order they are tried: "show my supporter agreement" is showStatement, not supporterContract. */
export const COMMANDS = ['help', 'restart', 'cancel', 'deleteData', 'aboutBot', 'contacts', 'showStatement', 'withdrawStatement',
  'supporterContract', 'changeCouncil', 'timescales', 'rules', 'yes', 'no', 'question', 'dontKnow'] as const;
export type Command = (typeof COMMANDS)[number];
/** Regular expressions (folded text: lower case, no accents) that say a message is a command. */
export const commandsFile = z.object(Object.fromEntries(COMMANDS.map((c) => [c, z.object({ en: z.array(nonEmpty).min(1), cy: z.array(nonEmpty).min(1) }).strict()])) as Record<Command, z.ZodObject<{ en: z.ZodArray<z.ZodString>; cy: z.ZodArray<z.ZodString> }>>).strict();
