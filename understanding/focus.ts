// A long, worried message often tells the story first and asks at the end ("…his dad left and the house was a state.
// What is the core group meant to be doing?"). The story's words drown the question's; these are the parts that ask.
import { tokenize } from './normalise.js';

/** Words that start (or make) a question, in English and Welsh. */
const ASKS = new Set(('what whats wat wot who whos when how hows why where which can could will would is are do does did ' +
  'should shall am have has may must beth be pwy pryd sut pam ble faint pa ga gaf alla allaf all gall ydi ydy ydw oes ' +
  'fydd fyddan fedra fedrai dylwn ddylwn ddylai oedd').split(' '));

/** Messages shorter than this are matched whole. */
export const LONG_MESSAGE_WORDS = 20;

/**
 * The parts of a long message that ask something, most likely first: its questions (the last first), then the last
 * clause of the last one. Empty when the message is short or is all one question.
 */
export function askingParts(folded: string): string[] {
  if (tokenize(folded).length < LONG_MESSAGE_WORDS) return [];
  const sentences = folded.split(/(?<=[.?!])\s+|\n+/).map((s) => s.trim()).filter((s) => tokenize(s).length >= 2);
  const asking = sentences.filter((s) => s.includes('?') || ASKS.has(tokenize(s)[0]));
  const parts = (asking.length ? asking : sentences.slice(-1)).reverse();
  const clauses = parts[0]?.split(/,\s*|\s+(?:and|but|so|ond|felly)\s+(?=\S+\s)/) ?? [];
  const lastAsking = [...clauses].reverse().find((c) => ASKS.has(tokenize(c)[0] ?? ''));
  const out = [...parts];
  if (lastAsking && tokenize(lastAsking).length >= 3) out.push(lastAsking.trim());
  return [...new Set(out)].filter((p) => p !== folded && tokenize(p).length < tokenize(folded).length);
}
