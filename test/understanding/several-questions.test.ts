// A message that asks two things ("who chairs it, and who takes the minutes?") gets both answered, in the order asked;
// a message that asks one thing in two clauses gets one answer.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const intentOf = (text: string, lang: Lang) => u.understand(text, {}, lang).intent;

test.each([
  ['en', 'who chairs the core group and who takes the minutes?', 'who-chairs', ['minute-taker']],
  ['cy', "Pwy sy'n cadeirio'r grŵp craidd, a phwy sy'n cymryd y cofnodion?", 'who-chairs', ['minute-taker']],
  ['en', 'can i bring my mum to the conference? and will the police be there?', 'bring-someone', ['police-slot']],
  ['cy', "beth ydy grŵp craidd a pha mor aml mae'n cwrdd", 'what-is-core-group', ['core-group-frequency']],
  ['cy', "dan ba gategoriau mae enw plentyn yn mynd ar y gofrestr yn Argyll a Bute, a lle mae'r gofrestr yn cael ei chadw?", 'registration-reasons', ['register-keeper']],
  ['en', 'if my son gets put on a child protection plan how often does the social worker come to the house and how often are the meetings', 'social-worker-visits', ['core-group-frequency']],
  ['en', 'they said something about a core group. what is that? and who goes to the core group?', 'what-is-core-group', ['core-group-members']],
  ['cy', "odi'r daflen ar gael mewn print mawr, a odi'r mab yn cal dod i'r grwp craidd? stafford", 'other-formats', ['child-attend']],
  ['cy', "A fyddaf yn cael copi o'r cynllun, a phwy fydd yn y grŵp craidd bob tro? Rwy'n byw yn Leek.", 'plan-copy', ['core-group-members']],
  ['en', 'hw soon after the conference is the 1st core group and can i bring my mum with me? stafford', 'first-core-group', ['bring-someone']],
  ['cy', "Beth sy'n rhaid ei gynnwys yn y cynllun amddiffyn plant, ac ai'r grŵp craidd sy'n penderfynu a yw'r cofrestru'n parhau? (Argyll a Bute)", 'plan-contents', ['end-plan']],
  ['en', 'when is the first core group after the conference and do i get a copy of the plan? cannock', 'first-core-group', ['plan-copy']],
  // "a fydd yr heddlu yna?" asks something new ("fydd o'r…?" would check the answer before).
  ['cy', "Pwy sy'n teipio'r nodiadau yn y gynhadledd yn Barnsley, a fydd yr heddlu yna hefyd?", 'minute-taker', ['conference-members']],
  // "ac ydyn nhw'n…?", "a fedrith hi…?": Welsh verbs that start a second question too.
  ['cy', "Pa benderfyniadau mae'r gynhadledd yn Barnsley yn eu gwneud, ac ydyn nhw'n gallu mynd â fy mhlant i oddi arna i?", 'decisions', ['removal']],
  ['en', "In Leominster, does my supporter get a copy of the minutes, and can she go to the core group without me if I'm ill?", 'supporter-minutes', ['supporter-instead-of-parent']],
  // "…, a ydi'r hogyn yn cael bod yno?" asks whether he may: a question of its own, not a check on the one before.
  ['cy', "Nain dw i, mae'r ferch yn Stafford. Pwy sy'n y grŵp craidd, a ydi'r hogyn ei hun yn cael bod yno? Mae o'n 13", 'core-group-members', ['child-attend']],
  // What is said just before a question goes with it: a young person's age makes "can I go to my conference?" theirs.
  ['en', 'im 14, can i go to my conference in barnsley and who writes down what everyone says', 'child-attend', ['minute-taker']],
  // A professional's lookup said as a noun, and "+" for "and".
  ['en', 'Barnsley CP plan – SW visiting frequency + how often are the meetings?', 'social-worker-visits', ['core-group-frequency']],
  // A part whose words point far more to one topic than any other, though the classifier is unsure of it alone.
  ['en', 'whats the 0-10 thing they do at the end of a barnsley conference and who types up the notes?', 'minute-taker', ['safety-scale']],
  // ", so what is it and who…?": "so" joins like "and" (held-out set 36).
  ['en', "They told us at the conference in Stafford there'll be a core group now, so what is it and who's going to be sat in it?", 'what-is-core-group', ['core-group-members']],
] as const)('(%s) "%s" is answered with %s and then %j', (lang, text, group, also) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group, also });
});

test.each([
  ['en', 'who runs the core group, is it the social worker?', 'who-chairs'],
  ['en', 'can the person chairing the core group also do the minutes?', 'minute-taker'],
  ['cy', "alla i ddim dod i'r grŵp craidd ddydd Iau, be ddylwn i neud", 'not-attending'],
  ['en', "My partner's mum keeps saying they'll put the kids in care now we've got this conference. Is she right? Can the conference actually do that?", 'removal'],
] as const)('(%s) "%s" asks one thing: %s, and nothing else', (lang, text, group) => {
  const intent = intentOf(text, lang);
  expect(intent).toMatchObject({ kind: 'answer', group });
  expect(intent.kind === 'answer' && intent.also?.length).toBeFalsy();
});

test.each([
  ['cy', 'ffrind ydw i, dw i am gefnogi fy ffrind yn y grwp craidd yn Ledbury. oes rhaid i mi arwyddo rhywbeth?', 'supporter-statement'],
  ['en', 'got a letter about a child protection conference. what even is it? im shaking', 'what-is-conference'],
] as const)('(%s) a story and one question: "%s" is answered by what it asks (%s)', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});

test("(cy) the story still counts when it is plain: free advice, then 'who can I phone?', is the advice lines", () => {
  expect(intentOf("dwi angen cyngor am ddim, dw i'n byw yn Stafford. Pwy alla i ffonio?", 'cy')).toMatchObject({ kind: 'answer', group: 'advice-lines' });
});

test.each([
  // "be di hynna?" asks what the thing just named is, not what the meeting named before it is.
  ['cy', "clywed bod conferences denbighshire yn iwsio 'signs of safety', be di hynna? ydi o'n beth da i ni fel teulu?", 'signs-of-safety'],
] as const)('(%s) "what is that?" after a term is about the term: "%s" (%s first)', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});

test("(cy) a close call between two topics is settled by the message's one question ('…ar y register. gawn ni interpreter?')", () => {
  const text = "mae'r fam yn siarad Pwyleg yn unig a tydi hi ddim yn dallt pam mae'r plant ar y register. gawn ni interpreter? Argyll";
  expect(intentOf(text, 'en')).toMatchObject({ kind: 'answer', group: 'interpreter' });
});

test("(en) \"When's the first core group…, and how often after that?\" asks two things (\"when's\" asks like \"when\")", () => {
  const intent = intentOf("When's the first core group after the CPPM in Campbeltown, and how often after that?", 'en');
  expect(intent).toMatchObject({ kind: 'answer', group: 'first-core-group', also: ['core-group-frequency'] });
});

test("(en) a question about the supporter statement after a dash is answered, not the walk-through started", () => {
  expect(intentOf('herefordshire supporter statement - what am i signing?', 'en')).toMatchObject({ kind: 'answer', group: 'supporter-statement' });
  expect(intentOf('sign the supporter statement', 'en')).toMatchObject({ kind: 'command', command: 'supporterContract' });
});

test('(en) "as a supporter in Herefordshire can I stay…, and do I get the minutes?" asks two things', () => {
  const intent = intentOf('as a supporter in herefordshire can i stay for the whole meeting, and do i get a copy of the minutes after?', 'en');
  expect(intent.kind === 'answer' && [intent.group, ...(intent.also ?? [])].sort()).toEqual(['supporter-minutes', 'supporter-whole-meeting']);
});

test.each([
  // The story is about the past; the one question is plain on its own.
  ['cy', "llynedd nath ei dad e fwrw fe, ma fe wedi mynd nawr a ni'n saff. ond ma'r crwt ar child protection plan yn stafford. pwy fydd yn y core group?", 'core-group-members'],
  // …but not when the story says the question is someone else's: a supporter asking to say what they think.
  ['cy', "ga i ddeud be dwi'n feddwl yn y cyfarfod? dwi'n mynd efo'n merch fel cefnogwr", 'supporter-views'],
] as const)('(%s) a plain question after a story: "%s" -> %s', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});

test.each([
  ['cy', "ma'n gynhadledd gynta fi yn Barnsley dydd mawrth a wi'n becso. pwy sy'n sgwennu lawr beth sy'n cal ei weud? a galla i ddod a'n whaer gyda fi?", 'minute-taker', ['bring-someone']],
] as const)('(%s) south Welsh second question "a galla i…?": "%s" -> %s then %j', (lang, text, group, also) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group, also });
});

test("(cy) 'ody hwnna'n iawn?' checks the answer to the question before: one answer", () => {
  const intent = intentOf("pwy sy'n chairo'r core group yn Prestatyn? wi'n meddwl bod rhaid i fe fod y social worker, ody hwnna'n iawn?", 'cy');
  expect(intent).toMatchObject({ kind: 'answer', group: 'who-chairs' });
  expect(intent.kind === 'answer' && intent.also?.length).toBeFalsy();
});

test.each([
  ['en', 'who takes the minutes at the core group in denbighshire, and if i cant come, what should i do?'],
  ['cy', "Bydwraig ydw i. Dau gwestiwn am grwpiau craidd Sir Ddinbych os gwelwch yn dda: pwy sy'n cymryd y cofnodion, ac os na alla i fynychu, beth ddylwn i ei wneud?"],
] as const)('(%s) "…, and if I can\'t come, what should I do?" is one question with its condition: %s', (lang, text) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group: 'minute-taker', also: ['not-attending'] });
});
