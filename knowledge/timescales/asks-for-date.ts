// Whether a message asks for a date ("when is…", "what is the latest date for…", "pryd mae…", "erbyn pa
// ddyddiad…"). Used to let a clear date settle a close call between a timescale topic and another one.
import { fold } from '../../understanding/normalise.js';

// "when he was drunk", "when we lived in Leek" tell a story; they do not ask.
const ASKS = /\b(when(?!\s+(?:he|she|i|we|they|you|my|his|her|our|their|the)\s+(?:was|were|had|did|came|went|got|left|hit|said|told|found|started|moved|lived|used)\b)|whens|what date|which date|what day|latest date|last date|deadline|due|by when|how soon|how long|pryd|dyddiad|erbyn|pa ddiwrnod|pa mor fuan|faint o amser)\b/;

export function asksForDate(text: string): boolean {
  return ASKS.test(fold(text));
}
