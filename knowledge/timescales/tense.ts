// Whether the words around a weekday say the meeting has happened or is still to come. "The conference in Ruthin was
// on Monday" and "Roedd y gynhadledd ddydd Llun" mean the Monday just gone; "the conference is on Monday" and "Bydd y
// gynhadledd ddydd Llun" the Monday coming. Only the sentence the weekday is in counts ("When is the first core
// group? The conference was on Monday": the question's "is" is about another meeting; a comma ends a clause too). Words of both tenses, or of
// neither, settle nothing, and the user is asked which day they mean.
import { translateWelshDates } from './welsh-date-words.js';

const WEEKDAY = /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/i;
/** Either language's words in every message: people in Wales switch between the two mid-sentence. */
const PAST = /\b(?:was|were|had|held|happened|took place|went|attended|roedd|oedd|o'dd|buodd|bu|cafodd|gafodd|cawson|gawson|gethon|geson|cafwyd|gafwyd|wedi|digwyddodd|ddigwyddodd|aethon|aeth)\b/i;
/** "Mae wedi bod", "it has been": happened, whatever else the sentence says. */
const PERFECT = /\b(?:wedi|has been|have been|'s been|'ve been)\b/i;
const FUTURE = /\b(?:is|are|will|'ll|going to|gonna|coming|booked|arranged|bydd|fydd|byddwn|fyddwn|bydda|fydda|byddan|fyddan|mae|maen|mynd i)\b/i;

export type Tense = 'past' | 'future';

/** The tense of the sentence that names a weekday, when its words say one and only one. */
export function tenseOfWeekday(text: string): Tense | undefined {
  const sentence = text.split(/[.?!;,\n]+/).find((s) => WEEKDAY.test(translateWelshDates(s)));
  if (!sentence) return undefined;
  const words = sentence.replace(/[’‘]/g, "'");
  if (PERFECT.test(words)) return 'past';
  const past = PAST.test(words);
  const future = FUTURE.test(words);
  return past === future ? undefined : past ? 'past' : 'future';
}
