// A short question that leans on the last answer is asked about that answer's subject ("who decides that?" after
// whether a child may come); a question plain on its own, or about something else altogether, stays itself.
import { sharedUnderstanding } from '../helpers/bot-harness.js';
import type { Lang } from '../../knowledge/schema.js';

const { understander: u } = sharedUnderstanding();
const after = (lastGroup: string | undefined, council: string, text: string, lang: Lang) => u.understand(text, { lastGroup, council, lang }, lang).intent;

test.each([
  ['en', 'child-attend', 'barnsley', 'who decides that?'],
  ['en', 'register-keeper', 'argyll-bute', 'who is in charge of it?'],
  ['en', 'complaints', 'denbighshire', 'is there a phone number or do I have to write?'],
  ['en', 'smart-plan', 'denbighshire', 'what does that mean?'],
  ['en', 'police-slot', 'barnsley', 'why do they do that?'],
  ['en', 'bring-someone', 'staffordshire', 'do I need to ask anyone first?'],
  ['en', 'child-attend', 'staffordshire', 'does she have to come?'],
  ['cy', 'exclude-someone', 'barnsley', "pwy sy'n penderfynu hynny?"],
  ['cy', 'understand-registration', 'argyll-bute', 'be dylswn i neud?'],
  ['cy', 'child-attend', 'denbighshire', 'oes rhaid iddo fo ddod?'],
  // A Welsh preposition with its pronoun points back too ("amdani": about it, the register; held-out set 28).
  ['cy', 'register-keeper', 'argyll-bute', "Pwy sy'n gyfrifol amdani?"],
] as const)('(%s) after %s in %s, "%s" is about it again', (lang, last, council, text) => {
  expect(after(last, council, text, lang)).toMatchObject({ kind: 'answer', group: last });
  // …which the words alone do not say.
  expect(after(undefined, council, text, lang)).not.toMatchObject({ kind: 'answer', group: last });
});

test.each([
  // Plain on its own: "they" are the council, not the conference.
  ['en', 'what-is-conference', 'barnsley', 'are they going to take my kids off me', 'removal'],
  ['en', 'minute-taker', 'barnsley', 'who chairs the conference?', 'who-chairs'],
] as const)('(%s) after %s in %s, "%s" is its own question', (lang, last, council, text, group) => {
  expect(after(last, council, text, lang)).toMatchObject({ kind: 'answer', group });
});

test.each([
  ['cy', 'before-first-meeting', 'staffordshire', "Diolch. ble ga i'r pris gore am insurance car?"],
  ['en', 'before-first-meeting', 'staffordshire', 'thanks. any good takeaways near here?'],
] as const)('(%s) after %s, "%s" is something else altogether, not the last answer again', (lang, last, council, text) => {
  expect(after(last, council, text, lang).kind).toBe('offTopic');
});
