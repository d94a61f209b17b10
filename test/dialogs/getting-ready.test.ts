// What held-out sets 34 ('getting ready') and 35 ('my part in it') showed the bot could not answer, through the real
// bot: a Barnsley supporter's role, whether a parent may be asked to leave part of a Barnsley conference, what a
// worker provides for an Argyll CPPM, a Denbighshire complaint asked as "who do I contact and what's the number?", and
// whether parents are meant to be at an Argyll core group, and what if a Staffordshire parent cannot be in the core group
// (its answer on who is in the core group says the reasons are talked through first).
import type { Lang } from '../../knowledge/schema.js';
import { botHarness, sharedUnderstanding } from '../helpers/bot-harness.js';

const { kb } = sharedUnderstanding();
const answerOf = (id: string, lang: Lang) => kb.topics.find((x) => x.id === id)!.answer[lang];
const L = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');

test.each([
  ['en', 'My best mate in Wombwell wants me to come to her child protection conference as her supporter. What will my role be?', 'supporter-role.barnsley'],
  ['cy', "Mae fy chwaer yn Barnsley wedi gofyn i mi fod yn gefnogwr iddi yn y gynhadledd amddiffyn plant. Beth fydd fy rôl i?", 'supporter-role.barnsley'],
  ['en', 'Will they make me leave the room for part of my conference in Barnsley?', 'police-slot.barnsley'],
  ['cy', "Ydyn nhw'n gallu gofyn i fi adael am ran o'r gynhadledd yn Penistone?", 'police-slot.barnsley'],
  ['en', 'PC in Dunoon, invited to a CPPM next week. What am I expected to provide?', 'reports-before-meeting.argyll-bute'],
  ['cy', "Heddwas ydw i yn Oban. Oes rhaid i mi sgwennu rhywbeth ar gyfer y CPPM, neu jyst dod i siarad?", 'reports-before-meeting.argyll-bute'],
  ['cy', "Dw i isio gneud cwyn am y grŵp craidd yn Rhyl. Efo pwy dw i'n cysylltu a be di'r rhif?", 'complaints.denbighshire'],
  ['en', 'Who runs the core group in Oban? Are we as parents supposed to be there?', 'core-group-members.argyll-bute'],
  ['cy', "Ydi'r teulu i fod yn y core group yn Dunoon, neu jyst y gweithwyr?", 'core-group-members.argyll-bute'],
  ['en', "What if they say I can't be part of the core group? Cannock", 'core-group-members.staffordshire'],
] as const)('(%s) "%s" gets its council\'s answer', async (lang, question, id) => {
  const h = botHarness({ locale: L(lang) });
  expect(h.text(await h.say(question))).toContain(answerOf(id, lang));
});
