// What no leaflet answers (content/out-of-scope.yaml): money, benefits and housing, and practical things such as
// recording the meeting or parking. Said honestly rather than answered with a neighbouring topic.
import type { KnowledgeBase } from '../knowledge/load.js';
import { askingPieces } from './focus.js';

/** Which kind of question beyond the leaflets: money gets Citizens Advice, the rest the social worker and advice lines. */
export type Beyond = 'money' | 'other';

/** Joining words at the start of a question asked after another ("…? and can my mum come", "…, ac oes rhaid…"). */
const JOINED = /^(?:and|also|plus|but|&|ac|a|hefyd|ond)\s+/;

/** "…? I don't know who to ask", "sa i'n gwbod pwy i ofyn": where to get help with the question before, which the
 *  reply says, not another question. */
const WHO_TO_ASK = /\b(?:who|where|pwy|ble|lle)\s+(?:to|i)\s+(?:ask|go|turn|phone|call|ofyn|holi|fynd|droi|ffonio)\b/;

export class BeyondLeaflets {
  private readonly money: RegExp[];
  private readonly beyond: RegExp[];

  constructor(kb: KnowledgeBase) {
    const all = (key: 'money' | 'beyond') => [...(kb.outOfScope.en[key] ?? []), ...(kb.outOfScope.cy[key] ?? [])].map((p) => new RegExp(p, 'iu'));
    this.money = all('money');
    this.beyond = all('beyond');
  }

  /** Does the folded message ask about money, benefits or housing? */
  isMoney(folded: string): boolean {
    return this.money.some((re) => re.test(folded));
  }

  /** Does it ask one of the practical things no leaflet answers (recording the meeting, parking…)? */
  isBeyond(folded: string): boolean {
    return this.beyond.some((re) => re.test(folded));
  }

  /** What the folded message asks that no leaflet answers, if anything. */
  kind(folded: string): Beyond | undefined {
    return this.isMoney(folded) ? 'money' : this.isBeyond(folded) ? 'other' : undefined;
  }

  /**
   * A message that asks something beyond the leaflets and something else ("can I record it, and who chairs it?",
   * "is there parking? and can my mum come"): the other questions, to be answered (none when the others only ask
   * where to get help with it), and the kind of the first. Undefined unless it asks one beside something else.
   */
  askedBeside(folded: string, learned: (piece: string) => boolean = () => false): { rest: string; beyond: Beyond } | undefined {
    const { pieces, asking } = askingPieces(folded);
    if (pieces.length < 2) return undefined;
    // (A piece that says it, not only one that asks: "A fydd lle parcio yn Oban, ac a gaiff rhieni eiriolwr…?"; or a
    // question the classifier alone puts in no leaflet: "can I get legal aid?")
    const outside = asking.map((piece) => this.kind(piece) !== undefined || learned(piece));
    const beyond = pieces.map((piece) => this.kind(piece)).find((k) => k !== undefined) ?? (outside.some(Boolean) ? 'other' : undefined);
    if (!beyond) return undefined;
    const rest = asking.filter((_piece, i) => !outside[i]);
    const others = rest.filter((piece) => !WHO_TO_ASK.test(piece)).map((piece) => piece.replace(JOINED, ''));
    // ("…universal credit…? I don't know who to ask" asks only the first: nothing else to answer.)
    if (others.length === 0) return rest.length > 0 ? { rest: '', beyond } : undefined;
    return { rest: others.join(' '), beyond };
  }
}
