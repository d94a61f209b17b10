// Which council a message is about when it names more than one: "we've moved from Barnsley to Rhyl, how often does
// the core group meet here?" is about Rhyl; "in Staffordshire it was every 4-6 weeks. How often in Oban?" is about
// Oban. A place in the sentence that asks counts most, then a place moved to; a place moved from counts least.

export interface PlaceMention { council: string; index: number; text: string }

/** "from Barnsley", "o Barnsley", "used to live in", "lived in": where the asker was, not where they are. */
const FROM_BEFORE = /(?:^|[^a-z])(?:from|o|lived in|used to live in|previously in|were in|was in)\s+(?:the\s+|y\s+|yr\s+)?$/;
/** "to Rhyl", "i Barnsley", "here in", "now in", "rwan yn": where the asker is now. */
const TO_BEFORE = /(?:^|[^a-z])(?:to|into|i|here in|now in|(?:nawr|rwan|bellach) yn|yma yn)\s+(?:the\s+|y\s+|yr\s+)?$/;

/** Whether the sentence at a position asks: it ends in "?" (or, with no "?" in the message, it is the last sentence). */
function asks(folded: string, index: number): boolean {
  const end = folded.slice(index).search(/[.!?\n]/);
  if (end >= 0 && folded[index + end] === '?') return true;
  return !folded.includes('?') && (end < 0 || folded.slice(index + end + 1).trim().length === 0);
}

function score(folded: string, m: PlaceMention): number {
  const before = folded.slice(Math.max(0, m.index - 30), m.index);
  let s = asks(folded, m.index) ? 2 : 0;
  if (TO_BEFORE.test(before)) s += 1;
  if (FROM_BEFORE.test(before)) s -= 2;
  return s;
}

/**
 * The council the message is about. `mentions` come longest name first; with a tie, or one council only, the first
 * of them wins, as it did before there was a choice to make.
 */
export function choosePlace(folded: string, mentions: PlaceMention[]): string | undefined {
  const councils = [...new Set(mentions.map((m) => m.council))];
  if (councils.length < 2) return councils[0];
  const best = new Map<string, number>();
  for (const m of mentions) best.set(m.council, Math.max(best.get(m.council) ?? -Infinity, score(folded, m)));
  const top = Math.max(...best.values());
  return councils.find((c) => best.get(c) === top);
}
