// Asking to do something starts it; asking about it gets an answer.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const intentOf = (text: string, lang: Lang) => u.understand(text, {}, lang).intent;

test.each([
  ['en', 'i want to sign the supporter statement'],
  ['en', 'walk me through the contract of expectations'],
  ['cy', "dw i isio llofnodi'r datganiad cefnogwr"],
] as const)('(%s) "%s" starts the supporter contract', (lang, text) => {
  expect(intentOf(text, lang)).toEqual({ kind: 'command', command: 'supporterContract' });
});

test.each([
  ['en', 'what is the supporter contract of expectations thing i have to sign in herefordshire'],
  ['en', 'What fields do I complete on the Herefordshire supporter statement?'],
  ['en', 'do i have to sign the supporter agreement?'],
  ['cy', "beth ydy'r datganiad cefnogwr dw i fod i'w lofnodi?"],
] as const)('(%s) "%s" asks about it: the statement is explained', (lang, text) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group: 'supporter-statement' });
});

// Held-out set 37 (first messages): not knowing what to ask is asking for help, and the help says what the bot covers;
// a question beside it is answered instead ("not sure what to ask, but who chairs it?").
test.each([
  ['en', 'hi, not sure what to ask really. Oban'],
  ['en', "I don't know what to ask"],
  ['en', 'where do i even start'],
  ['cy', "helo... ym sa i'n siwr be i ofyn. Dunoon"],
  ['cy', 'dw i ddim yn gwybod beth i ofyn'],
] as const)('(%s) "%s" asks for help', (lang, text) => {
  expect(intentOf(text, lang)).toEqual({ kind: 'command', command: 'help' });
});

test.each([
  ['en', "I don't know what to say at the conference", 'nervous-speaking'],
  ['en', 'not sure what to ask but who chairs the conference in leek?', 'who-chairs'],
  ['cy', "sa i'n siwr be i ofyn, ond pwy sy'n cadeirio'r gynhadledd yn Barnsley?", 'who-chairs'],
] as const)('(%s) "%s" is a question, answered with %s', (lang, text, group) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group });
});
