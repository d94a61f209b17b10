// Whether a message asks for a date: "when is…" does; "when he was drunk" tells a story.
import { asksForDate } from '../../../knowledge/timescales/asks-for-date.js';

test.each([
  ['when is the first core group', true],
  ['the conference was on 5 May, by when should the review be?', true],
  ['pryd mae’r adolygiad?', true],
  ['a couple of months ago my daughters dad hit her when he was drunk. what are they deciding at it', false],
  ['when we lived in leek it was different. what happens at a core group', false],
] as const)('"%s" asks for a date: %s', (text, asks) => {
  expect(asksForDate(text)).toBe(asks);
});
