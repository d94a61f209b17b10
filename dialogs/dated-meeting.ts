// A meeting and its date said in one message ("we had the conference in Rhyl this morning") are kept for the rest of the
// conversation, so that a later "so when's the first core group due?" counts from that date instead of asking for it.
import type { Lang } from '../knowledge/schema.js';
import { parseDate } from '../knowledge/timescales/parse-date.js';
import { eventDate } from '../knowledge/timescales/event-date.js';
import { givenEvent } from '../knowledge/timescales/given-event.js';
import { meetingsNamed } from '../understanding/entities.js';
import { fold } from '../understanding/normalise.js';
import type { ConversationInfo } from '../bot/state.js';

/** Keeps the dated meeting a message names, if it names one with a clear date. */
export function rememberDatedMeeting(info: ConversationInfo, text: string, lang: Lang): void {
  if (meetingsNamed(fold(text)).size === 0) return;
  const read = parseDate(text, lang);
  const several = eventDate(text, read, false);
  const date = several?.date ?? (read.status === 'ok' ? read.date : undefined);
  if (date) info.lastDated = { date, event: several?.event ?? givenEvent(text) };
}
