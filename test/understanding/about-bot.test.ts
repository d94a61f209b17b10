// Questions about the bot itself (a person or a program? is this chat private? is this legal advice?) are answered as
// such, in English and Welsh; questions about the meetings' own privacy, reports or legal advice are not.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const intent = (text: string, lang: Lang) => u.understand(text, {}, lang).intent;

test.each([
  ['en', 'are you a real person?'],
  ['en', 'r u a bot'],
  ["en", "am I talking to an actual human? I'm a mum in Oban and scared about the register"],
  ['en', 'is this chat private? i dont want barnsley social services reading what i type'],
  ["en", "Is what you tell me legal advice? I'm in Staffordshire and worried about my core group"],
  ['en', 'will my social worker see what i type here?'],
  ['en', 'is there a real person reading this'],
  ['cy', "wyt ti'n berson go iawn?"],
  ['cy', 'Ai robot wyt ti?'],
  ['cy', "Oes 'na rywun go iawn yn atab fi ar y pen arall?"],
  ['cy', "Odi'r sgwrs 'ma'n breifat? Fydd y social worker yn gallu darllen beth fi'n sgrifennu fan hyn?"],
  ['cy', 'Ydy hyn yn gyngor cyfreithiol?'],
  ['cy', "A allaf ddibynnu ar yr hyn rydych chi'n ei ddweud fel cyngor cyfreithiol?"],
  ['en', 'can I rely on what you say as legal advice?'],
  ['en', 'do you give legal advice?'],
  ['cy', "Ti'n rhoi cyngor cyfreithiol?"],
  ['cy', "Ody hwn yn gyngor cyfreithiol?"],
  ['cy', "ydw i'n siarad efo person go iawn?"],
  ['cy', "odw i'n siarad â robot?"],
] as const)('(%s) "%s" asks about the bot itself', (lang, text) => {
  expect(intent(text, lang)).toEqual({ kind: 'command', command: 'aboutBot' });
});

test.each([
  ['en', 'is the conference confidential?'],
  ['en', 'can the social worker see the reports?'],
  ['en', 'can the parents see what i write in my report?'],
  ['en', 'can I get legal advice?'],
  ['en', 'is there a real chance they take my kids'],
  ['en', 'are they recording the meeting'],
  ['cy', 'Ga i gyngor cyfreithiol?'],
  ['cy', "ydy'r gynhadledd yn gyfrinachol?"],
  ['cy', "athrawes yn Argyll a Bute dw i, newydd gael gwahoddiad i CPPM. be sy rhaid i mi baratoi? a ydi'r rhieni'n cael gweld be dw i'n sgwennu?"],
] as const)('(%s) "%s" is about the process, not the bot', (lang, text) => {
  expect(intent(text, lang)).not.toEqual({ kind: 'command', command: 'aboutBot' });
});

// Held-out set 37 (first messages): "are you a real person? I want to know X" is told what the bot is, then answered.
test.each([
  ['en', 'are you a real person? who chairs the conference in Barnsley?', 'who-chairs'],
  ['cy', "Helo, odw i'n siarad â rhywun go iawn? Be mae cefnogwr yn ei wneud yn y grŵp craidd yn Henffordd?", 'supporter-role'],
  ['cy', "ydych chi'n berson go iawn? pwy sy'n cadeirio'r gynhadledd yn Barnsley?", 'who-chairs'],
] as const)('(%s) "%s" is told what the bot is, then answered with %s', (lang, text, group) => {
  expect(intent(text, lang)).toMatchObject({ kind: 'answer', group, aboutBot: true });
});

test.each([
  ['en', 'are you a real person? hello'],
  ['cy', "wyt ti'n berson go iawn? helo"],
] as const)('(%s) "%s" asks nothing else: what the bot is', (lang, text) => {
  expect(intent(text, lang)).toEqual({ kind: 'command', command: 'aboutBot' });
});
