// A message that asks something no leaflet answers beside something a leaflet does ("can I record it, and who chairs
// it?"): the answer to what the leaflets answer, marked so the reply says honestly that the rest is not covered.
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';
import type { Lang } from '../../knowledge/schema.js';

const u = new Understander(loadKnowledgeBase());
const intentOf = (text: string, lang: Lang) => u.understand(text, {}, lang).intent;

test.each([
  ['en', 'Can I record the conference in Barnsley, and who takes the notes?', 'minute-taker', 'other'],
  ['en', 'is there parking at the core group in Barnsley? and can my mum come', 'bring-someone', 'other'],
  ['en', 'will I lose my benefits? and who will be at the conference?', 'conference-members', 'money'],
  ['cy', "Ga i recordio'r gynhadledd yn Barnsley, a phwy sy'n cymryd y nodiadau?", 'minute-taker', 'other'],
  ['cy', "Oes lle i barcio yn Rhuthun? A pwy sy'n cadeirio'r grŵp craidd?", 'who-chairs', 'other'],
  ['cy', "fydda i'n colli 'y mudd-daliadau? a phwy fydd yn y gynhadledd?", 'conference-members', 'money'],
  // …said rather than asked ("a fydd lle parcio…" asks with no person after the verb).
  ['cy', 'A fydd lle parcio yn y swyddfa yn Oban, ac a gaiff rhieni eiriolwr neu gyfieithydd yn y CPPM?', 'interpreter', 'other'],
] as const)('(%s) "%s": answers %s and says the rest (%s) is not in the leaflets', (lang, text, group, beyond) => {
  expect(intentOf(text, lang)).toMatchObject({ kind: 'answer', group, beyond });
});

test.each([
  // Asking only where to get help with it is not a second question.
  ['en', "can I get more universal credit now the kids live with me? I don't know who to ask", { kind: 'outOfScope', money: true }],
  ['cy', "odw i'n gallu cal mwy o universal credit os yw'r plant yn byw gyda fi nawr? sa i'n gwbod pwy i ofyn", { kind: 'outOfScope', money: true }],
  // Council tax is money, in Welsh as in English (held-out sets 40-41: "treth gyngor" got a topic, or the advice lines).
  ['cy', "shwd wi'n talu treth gyngor Barnsley ar lein? ma'r bil wedi dod a sa i'n deall e", { kind: 'outOfScope', money: true }],
  ['cy', "sut dw i'n talu treth cyngor Sir Ddinbych? dw i'n byw yn Prestatyn", { kind: 'outOfScope', money: true }],
  // A second question that matches no topic surely is not answered for it: a lawyer's cost is not how long a plan lasts.
  ['cy', 'faint fydd cyfreithiwr yn costio? ga i legal aid?', { kind: 'outOfScope' }],
  // One question, only beyond the leaflets.
  ['en', 'I want to record the meeting. Is that ok?', { kind: 'outOfScope' }],
] as const)('(%s) "%s" is only beyond the leaflets', (lang, text, intent) => {
  expect(intentOf(text, lang)).toEqual(intent);
});

test.each([
  ['en', 'Can I bring my mum to the conference in Barnsley? And who takes the notes?'],
  ['cy', "Ga i ddod â mam i'r gynhadledd yn Barnsley? A phwy sy'n cymryd y nodiadau?"],
] as const)('(%s) two questions the leaflets answer carry no "not covered" mark: "%s"', (lang, text) => {
  const intent = intentOf(text, lang);
  expect(intent.kind).toBe('answer');
  expect(intent).not.toHaveProperty('beyond');
});
