// Which of several dates in a message is the meeting a timescale counts from: "ICPC in Prestatyn on Monday 9
// November, first core group held on Wednesday 25 November. Was that in timescale?" counts from the conference, so
// 9 November. The first date written after the words for that meeting (and before any other date) is the one.
import { fold } from '../../understanding/normalise.js';
import type { IsoDate } from './calendar-date.js';
import type { GivenEvent } from './given-event.js';
import type { ParseDateResult } from './parse-date.js';
import { translateWelshDates } from './welsh-date-words.js';

const EVENT_WORDS: Record<GivenEvent, RegExp> = {
  'initial-conference': /\b(?:conference|conf|cppm|icpc|n?g?c?h?ynhadledd)\b/,
  'first-core-group': /\b(?:core ?-?group|cor group|n?g?r[wŵ]p craidd)\b/,
  review: /\b(?:review|adolygiad|adolygu)\b/,
  'transfer-request': /\b(?:transfer\w*|notif\w*|request\w*|told|(?:t|d|nh)rosglwydd\w*|wybod)\b/,
};

/** The meetings in the order the process has them: with several dates, the earliest named is what the rest follow
 *  ("ICPC on 9 November, first core group on 25 November": the conference's date, for the first core group's deadline). */
const IN_ORDER: GivenEvent[] = ['initial-conference', 'first-core-group', 'review'];

/** The date of `event` among several written out in full, or undefined when the words do not say which it is. */
function dateOf(english: string, written: { date: IsoDate; matched: string }[], event: GivenEvent): IsoDate | undefined {
  let from = 0;
  for (const { date, matched } of written) {
    const at = english.indexOf(fold(matched), from);
    if (at < 0) return undefined;
    if (EVENT_WORDS[event].test(english.slice(from, at))) return date;
    from = at + matched.length;
  }
  return undefined;
}

/** Among several dates written out in full, the meeting the others follow and its date (a transfer's own request
 *  first, for a transfer's timescale); undefined when the words do not say. */
export function eventDate(text: string, parsed: ParseDateResult, transfer = false): { event: GivenEvent; date: IsoDate } | undefined {
  if (parsed.status !== 'ambiguous' || !parsed.written?.length) return undefined;
  const english = fold(translateWelshDates(text));
  for (const event of transfer ? ['transfer-request' as const] : IN_ORDER) {
    const date = dateOf(english, parsed.written, event);
    if (date) return { event, date };
  }
  return undefined;
}
