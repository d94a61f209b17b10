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
