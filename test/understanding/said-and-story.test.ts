// Questions said as statements, a story's meeting name, and who the question is about.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import { AnswerFor } from '../../understanding/answer-for.js';
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { askedOutright } from '../../understanding/focus.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const kb = loadKnowledgeBase();
const intentOf = (text: string, lang: Lang) => u.understand(text, {}, lang).intent;

test.each([
  ["i dont get what the register thing is, theyre saying", 'what is the register, theyre saying'],
  ["i don't understand what significant harm means", 'what does significant harm mean'],
  ["dw i'm yn dallt be ydi'r register ma", "be ydi'r register ma"],
  ["sa i'n deall beth yw'r gofrestr", "beth yw'r gofrestr"],
  // Asking about a meeting is not asking for one (held-out set 37: "I want to ask about the conference" got reconvening).
  ['i want to ask about the conference in barnsley', 'about the conference in barnsley'],
  ["isio gofyn am y gynhadledd yn barnsley", 'am y gynhadledd yn barnsley'],
  ['moyn gofyn cwestiwn am yr adolygiad', 'am yr adolygiad'],
  // "gofyn am gynhadledd arall" does ask for another one.
  ['ga i ofyn am gynhadledd arall?', 'ga i ofyn am gynhadledd arall?'],
  ['isio gofyn am gynhadledd arall', 'isio gofyn am gynhadledd arall'],
])('"%s" is asked outright as "%s"', (said, asked) => {
  expect(askedOutright(said)).toBe(asked);
});

test.each([
  ['en', "i dont get what the register thing is, theyre saying my daughters name is going on it. argyll", 'glossary:child-protection-register'],
  ['cy', "dw i'm yn dallt be ydi'r register ma, ma nhw'n deud bod enw'r hogan arno fo. dunoon", 'glossary:child-protection-register'],
  // The meeting a story names does not make the question "what is it?".
  ['en', 'Im a practice nurse in Oban invited to a CPPM. what do I need to send beforehand?', 'reports-before-meeting'],
  ['en', "GP in Oban. I've been invited to a CPPM next week. What am I expected to submit beforehand and to whom?", 'reports-before-meeting'],
  // The meeting in the story's own word ("CPPM", the professionals' meeting), not the parents' "conference".
  ['en', "I'm a school nurse in Oban and I've been invited to a CPPM. What do I need to do beforehand?", 'reports-before-meeting'],
  ['en', 'My views keep getting ignored at core group. What are my options?', 'disagree-plan'],
  // A professional may ask what a topic written for parents says.
  ['en', 'HV here, first ICPC in Barnsley next week for a family on my caseload. What outcomes can the conference reach?', 'decisions'],
  // …but it still answers when the question asks what the meeting is.
  ['en', 'we have a core group next week. whats a core group?', 'what-is-core-group'],
  // South Welsh "weud" for the written "ddweud".
  ['cy', "alla i weud wrth mam beth sy'n cal ei weud yn y grwp craidd? wi'n cefnogi ffrind yn ross-on-wye", 'supporter-confidential'],
  // A parent asking for a helpline about their child's plan gets the advice lines; a child ringing gets theirs.
  ['en', "is there a helpline I can ring for advice about my kids' plan? staffordshire", 'advice-lines'],
  ['en', 'is there a helpline for my son to ring himself? staffordshire', 'young-person-advice'],
  // Someone who says who they are, then asks one plain question: the question.
  ['cy', "Mam-gu ydw i. Pwy sy'n cadeirio'r gynhadledd?", 'who-chairs'],
  // …but not one written for others when they said who they are: the advocate's own question.
  ['cy', "Eiriolwr ydw i. Beth yw'r gwahaniaeth rhwng fy rôl i a rôl cefnogwr yn y grŵp craidd yn Swydd Henffordd?", 'supporter-vs-advocate'],
  // A worker with the adults whose story says the plan is not working.
  ['en', "I'm a substance misuse worker in Rhyl. Dad's started drinking again and I don't think the plan is working. What should I do?", 'plan-not-working'],
  ['cy', "Gweithwraig camddefnyddio sylweddau wi yn Y Rhyl. Ma dad wedi dechre yfed eto a sa i'n credu bod y plan yn gweithio. Beth ddylen i neud?", 'plan-not-working'],
  // How often, up to a meeting: the frequency, not what to do before it.
  ['en', "I'm a school nurse in Prestatyn, how often should the core group meet before the first review conference?", 'core-group-frequency'],
  // A supporter's "gyda'n merch" is the parent they support, not a child going.
  ['cy', "Fi yw mam-gu'r plant. Ga i fynd gyda'n merch i'r gynhadledd yn Barnsley? Pwy sy'n cael bod yn 'supporter' iddi?", 'bring-someone'],
] as const)('(%s) "%s" is answered with %s', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});

// content/young-people.yaml: a young person asking about their own meeting means the topic written for them.
test.each([
  ['en', 'im 15 my mum isnt invited to the conference, can i still go', 'child-attend', 'my partner isnt invited to the conference, can i still go', 'parent-not-invited'],
  ['cy', "dwi'n 15, ga i fynd i'r gynhadledd?", 'child-attend', "ga i fynd i'r gynhadledd?", 'why-take-part'],
  // The young person's topic the words point to, not only the one the file names ("views", not "going").
  ['en', 'im 14, how do i get my views across at the conference', 'child-views', 'how do i get my views across at the conference', 'why-take-part'],
  // Going to the meetings with mum is the young person going, not the parent bringing someone (held-out set 20).
  ['cy', "dwi'n 15 a ma mam ar core group yn Leek, ga i fynd i'r cyfarfodydd hefo hi?", 'child-attend', "ma mam ar core group yn Leek, ga i fynd i'r cyfarfodydd hefo hi?", 'bring-someone'],
] as const)('(%s) a young person asking "%s" gets %s; a parent asking the same gets their own topic', (lang, young, youngGroup, parent, parentGroup) => {
  expect(intentOf(young, lang)).toMatchObject({ kind: 'answer', group: youngGroup });
  expect(intentOf(parent, lang)).toMatchObject({ kind: 'answer', group: parentGroup });
});

// A parent asking what Herefordshire's supporter rules answer, in a council whose leaflets are not those rules, gets
// their own council's complaints (held-out set 41: "can i just ring someone?" read as a supporter's complaint); a
// supporter, anyone in Herefordshire, or anyone whose council is not known, still gets the rules.
test.each([
  ['parent', 'staffordshire', 'complaints'],
  ['professional', 'denbighshire', 'complaints'],
  ['parent', 'herefordshire', 'supporter-complaints'],
  ['supporter', 'staffordshire', 'supporter-complaints'],
  ['parent', undefined, 'supporter-complaints'],
] as const)('a %s in %s asking what supporter-complaints answers gets %s', (audience, council, group) => {
  expect(new AnswerFor(kb).forAsker('supporter-complaints', audience, [], council)).toBe(group);
});
// …and a supporter asking how to complain gets the supporters' rules (they cannot complain about the outcome), unless
// their council's own leaflets give complaints and not those rules: a Barnsley supporter gets Barnsley's contacts.
test.each([
  ['herefordshire', 'supporter-complaints'],
  [undefined, 'supporter-complaints'],
  ['barnsley', 'complaints'],
  ['denbighshire', 'complaints'],
] as const)('a supporter in %s asking what complaints answers gets %s', (council, group) => {
  expect(new AnswerFor(kb).forAsker('complaints', 'supporter', [], council)).toBe(group);
  expect(new AnswerFor(kb).forAsker('complaints', 'parent', [], council)).toBe('complaints');
});
test('(en) "how do i make a complaint about the core group in staffordshire, can i just ring someone?" -> complaints', () => {
  expect(intentOf('how do i make a complaint about the core group in staffordshire, can i just ring someone?', 'en')).toMatchObject({ kind: 'answer', group: 'complaints' });
});

// A story sentence, then one very plain question: the question, unless it leaves the user's own council's leaflets.
test.each([
  ['en', "My friend wants me there as her supporter at the core group in Leominster. Who's going to be the chairperson?", 'who-chairs'],
  // (Hereford's leaflet tells supporters about complaints; "Ga i gwyno?" alone is the parents' complaints, not Hereford's.)
  ['cy', "Fi'n cefnogi'n ffrind yn y grŵp craidd yn Hereford. Sa i'n hapus gyda penderfyniad y grŵp. Ga i gwyno?", 'supporter-complaints'],
  // "the list" / "y rhestr" is the register (held-out set 19).
  ['cy', "Pwy sy'n penderfynu os di enw'r plentyn yn aros ar y rhestr? Argyll", 'end-plan'],
] as const)('(%s) "%s" -> %s', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});
