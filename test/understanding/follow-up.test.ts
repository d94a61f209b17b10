// A follow-up to the last answer ("and at core groups in Denbighshire?", "a be am Barnsley?") asks the same topic again
// for a new place or meeting; a new question after an answer is still a new question.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const intentAfter = (lastGroup: string | undefined, text: string, lang: Lang) => u.understand(text, { lastGroup }, lang).intent;

test.each([
  ['en', 'minute-taker', 'and at core groups in denbighshire?'],
  ['en', 'minute-taker', 'and at core groups?'],
  ['en', 'complaints', 'and in scotland? my brother lives in oban'],
  ['en', 'complaints', 'what about wales'],
  ['en', 'child-attend', 'and can they come to core groups'],
  ['cy', 'first-core-group', 'a be am Barnsley?'],
  ['cy', 'first-core-group', 'a be am Loegr? mae fy nghefnder yn byw yn Henffordd'],
  ['cy', 'first-core-group', 'ac yn yr Alban? mae fy mrawd yn byw yn Oban'],
  ['cy', 'child-attend', 'a beth am y grŵp craidd?'],
  // A town of the same council, and who is asking, add nothing.
  ['cy', 'core-group-frequency', "a be am yn argyll a bute? ma chwaer fi'n byw yn oban"],
  ['cy', 'first-core-group', "a beth am yn sir ddinbych? wi'n athrawes yn y rhyl"],
  ['en', 'first-core-group', "and in denbighshire? i'm a health visitor in rhyl"],
  // "then" at the end, as said in the south and the north.
  ['cy', 'core-group-frequency', 'a beth am Argyll te?'],
  ['en', 'core-group-frequency', 'what about oban then?'],
  // The meeting named in full, and where the place is: "up in Scotland".
  ['cy', 'bring-someone', 'A beth am y gynhadledd amddiffyn plant yn Barnsley?'],
  ['en', 'bring-someone', 'and what about the child protection conference in Barnsley?'],
  ['cy', 'who-chairs', 'A beth am yn Argyll, lan yn yr Alban?'],
  // A move is why the place changed (held-out set 39).
  ['en', 'first-core-group', "is it the same in Scotland? we're moving to Argyll and Bute"],
  ['cy', 'first-core-group', "Odi fe'r un peth yn yr Alban? Ni'n symud i Rothesay mis nesa"],
] as const)('(%s) after %s, "%s" asks it again', (lang, last, text) => {
  expect(intentAfter(last, text, lang)).toEqual({ kind: 'placeFollowUp', group: last });
});

test.each([
  // Held-out set 42: the advice lines' numbers, not the complaints contacts just given, were the answer.
  ['cy', 'complaints', "oes rhif ffôn? sa i'n lico ebostio"],
  ['en', 'complaints', 'is there a phone number?'],
  ['en', 'complaints', 'whats their email'],
  // …and as the one question after a story (held-out set 44, which was taken as off-topic).
  ['cy', 'complaints', "dw i'n ddyslecsig so dw i ddim isio sgwennu llythyr. oes 'na rif ffôn?"],
] as const)('(%s) after %s, which gives contacts, "%s" asks for those contacts again', (lang, last, text) => {
  expect(intentAfter(last, text, lang)).toEqual({ kind: 'placeFollowUp', group: last });
});

test.each([
  ['en', 'complaints', 'is there a number for the family rights group', 'advice-lines'],
  ['en', 'advice-lines', 'whats the number to complain', 'complaints'],
] as const)('(%s) after %s, "%s" asks for other contacts: %s', (lang, last, text, group) => {
  expect(intentAfter(last, text, lang)).toMatchObject({ kind: 'answer', group });
});

test.each([
  ['en', 'minute-taker', 'and who chairs it', 'who-chairs'],
  ['en', 'minute-taker', 'and how do i complain', 'complaints'],
  ['cy', 'child-attend', "a sut dw i'n cwyno", 'complaints'],
] as const)('(%s) after %s, "%s" is a new question', (lang, last, text, group) => {
  expect(intentAfter(last, text, lang)).toMatchObject({ kind: 'answer', group });
});

test('with no answer before it, "and at core groups?" is not a follow-up', () => {
  expect(intentAfter(undefined, 'and at core groups?', 'en').kind).not.toBe('placeFollowUp');
});

test.each([
  ['en', 'what?'], ['en', 'sorry what'], ['en', 'huh?'], ['cy', 'be?'], ['cy', 'beth?'],
] as const)('(%s) "%s" asks nothing yet: no topic is guessed', (lang, text) => {
  expect(intentAfter(undefined, text, lang).kind).toBe('none');
});

test('a short question from someone who said they are a supporter is asked as the supporter', () => {
  expect(u.understand('ok so what CAN i actually do then', { role: 'supporter' }, 'en').intent).toMatchObject({ kind: 'answer', group: 'supporter-can' });
  // Without the role it is not a supporter's question, and nothing is guessed.
  expect(u.understand('ok so what CAN i actually do then', {}, 'en').intent.kind).not.toBe('answer');
});

test('a supporter\'s short question that only the learned class calls off-topic is asked as the supporter', () => {
  const ctx = { lang: 'cy' as const, role: 'supporter' as const, council: 'herefordshire', lastGroup: 'supporter-role' };
  expect(u.understand('Faint ohonon ni gaiff ddod efo fo?', ctx, 'cy').intent).toMatchObject({ kind: 'answer', group: 'supporter-agreement' });
  // A pattern's off-topic verdict still stands for a supporter.
  expect(u.understand('can you book me a taxi', { role: 'supporter' }, 'en').intent.kind).toBe('offTopic');
  // (Without the role, "ok so what CAN i actually do then" is not answered: the test above. This message, without the
  // role, had been left unanswered too, until retraining on 2026-12-07 put the classifier alone at 0.5 for the same
  // Herefordshire rule on how many supporters may come, which is the right answer whoever asks.)
});

test.each([
  ['cy', 'what-happens-conference', "a beth sy'n digwydd wedyn, ar ol y gynhadledd?", 'review-conferences'],
  ['en', 'what-happens-conference', 'and what happens after the conference?', 'review-conferences'],
] as const)('(%s) after %s, "%s" asks the next step: %s, not the last answer again', (lang, last, text, group) => {
  expect(intentAfter(last, text, lang)).toMatchObject({ kind: 'answer', group });
});

test('a follow-up for a place whose leaflets lack the last topic, but have the one it asks, answers that one', () => {
  // Herefordshire's supporter complaints, then Staffordshire: its leaflet has complaints (with the address), not the supporter's.
  const intent = u.understand('and what about Staffordshire – where do complaints go there?', { lastGroup: 'supporter-complaints', role: 'supporter' }, 'en').intent;
  expect(intent).toMatchObject({ kind: 'answer', group: 'complaints' });
  // …while a place that has the last topic gets it again.
  expect(u.understand('what about barnsley?', { lastGroup: 'who-chairs' }, 'en').intent).toEqual({ kind: 'placeFollowUp', group: 'who-chairs' });
});

test.each([
  ['en', 'conference-members', 'sorry i meant the core group', 'core-group-members'],
  ['cy', 'conference-members', "sori, o'n i'n feddwl y grŵp craidd", 'core-group-members'],
  ['en', 'what-is-conference', 'and core groups?', 'what-is-core-group'],
  ['cy', 'core-group-members', "a'r gynhadledd?", 'conference-members'],
] as const)('(%s) after %s, about one meeting only, "%s" asks the same of the other meeting', (lang, last, text, group) => {
  expect(intentAfter(last, text, lang)).toEqual({ kind: 'answer', group });
});

test('"can i go to it?" after an answer about one meeting asks about that meeting, and the answer is that meeting\'s', () => {
  const young = u.understand('can i go to it?', { lastGroup: 'what-is-core-group', role: 'young-person' }, 'en');
  expect(young.intent).toMatchObject({ kind: 'answer', group: 'child-attend' });
  const chair = u.understand('who chairs it?', { lastGroup: 'what-is-core-group' }, 'en');
  expect(chair.intent).toMatchObject({ kind: 'answer', group: 'who-chairs' });
  expect(chair.entities.meeting).toBe('core-group');
  expect(u.understand('who chairs it?', { lastGroup: 'what-is-conference' }, 'en').entities.meeting).toBe('conference');
  expect(u.understand("pwy sy'n ei gadeirio fo?", { lastGroup: 'what-is-core-group' }, 'cy').intent).toMatchObject({ kind: 'answer', group: 'who-chairs' });
});

test('"the meeting", after an answer about no one meeting, is the meeting the user named earlier in the conversation', () => {
  const ctx = { lastGroup: 'not-attending', council: 'barnsley' };
  const text = "Beth yn union sy'n digwydd yn y cyfarfod ei hun? Dw i eisiau gwybod beth i'w ddisgwyl.";
  expect(u.understand(text, { ...ctx, lastMeeting: 'conference' }, 'cy').intent).toMatchObject({ kind: 'answer', group: 'what-happens-conference' });
  // (Without it, "y cyfarfod" leans to the first core group meeting.)
  expect(u.understand(text, ctx, 'cy').intent).not.toMatchObject({ group: 'what-happens-conference' });
  // The last answer's own meeting still comes first.
  expect(u.understand('who chairs it?', { lastGroup: 'what-is-core-group', lastMeeting: 'conference' }, 'en').entities.meeting).toBe('core-group');
});

test.each([
  ['cy', 'what-happens-conference', "a beth sy'n digwydd wedyn, ar ol y gynhadledd?"],
  ['en', 'what-happens-conference', 'and what happens after that?'],
] as const)('(%s) after %s, "%s" asks the next step, not the last answer again', (lang, last, text) => {
  const intent = intentAfter(last, text, lang);
  expect(intent.kind).toBe('answer');
  expect(intent.kind === 'answer' && intent.group).not.toBe(last);
});

test('a close call where only one choice is in the user\'s council\'s leaflets is answered with it, the other offered', () => {
  const intent = u.understand("My mate in Leek has asked me to go with her to her core group for a bit of support. Is that allowed?", {}, 'en').intent;
  expect(intent).toMatchObject({ kind: 'answer', group: 'bring-someone' });
  expect(intent.kind === 'answer' && intent.alternatives?.length).toBeTruthy();
});

test('money questions are out of scope whatever came close', () => {
  expect(u.understand("oes rhywun yn gallu helpu fi gyda universal credit? wi'n byw yn hereford", {}, 'cy').intent).toEqual({ kind: 'outOfScope', money: true });
});
