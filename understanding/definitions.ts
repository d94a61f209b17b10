// "What does X mean?" / "Beth yw ystyr X?": finds X in the glossary (terms and aliases, typos forgiven).
import type { KnowledgeBase } from '../knowledge/load.js';
import type { Lang } from '../knowledge/schema.js';
import { fold } from './normalise.js';
import { radicalForms } from './welsh-mutations.js';
import { boundedDistance } from './bm25.js';

/** A question pointing back at what was just named: "what is that", "be di hwnna". */
const POINTS_BACK = /\b(?:that|thats|those|them|they|hwnna|hynna|hynny|hwnnw|honna|hwn|hon|hyn|nhw)\b/;

const ASKS: RegExp[] = [
  /^(?:what|wat|wot|whats|what's)\s+(?:does|do|is|are)\s+(?:the\s+|a\s+|an\s+)?(?:word\s+|term\s+)?["']?(.+?)["']?\s+(?:mean|means|stand for)(?:\s+(?:in|on|for|at)\s+.+?)?\??$/,
  /^(?:what|wat|wot)\s+(?:is|are)\s+(?:meant by\s+)?(?:a\s+|an\s+|the\s+)?["']?(.+?)["']?\s*\??$/,
  /^(?:whats|what's|wats)\s+(?:a\s+|an\s+|the\s+)?["']?(.+?)["']?\s*\??$/,
  /^(?:who|whos|who's)\s+(?:is|are)?\s*(?:a\s+|an\s+|the\s+)?["']?(.+?)["']?\s*\??$/,
  /^(?:meaning of|define|definition of|explain)\s+(?:the\s+|a\s+|an\s+)?["']?(.+?)["']?\s*\??$/,
  /^["']?(.+?)["']?\s+(?:meaning|definition|means what|\?\?+)\s*\??$/,
  /^(?:beth|be)\s+(?:yw|ydy|ydi|di|'di)(?:'r)?\s+(?:ystyr\s+)?(?:y\s+|yr\s+|'r\s+)?(?:gair\s+|term\s+)?["']?(.+?)["']?(?:\s+(?:ma|'ma|yma|na|'na|yna|peth))?\s*\??$/,
  /^(?:beth|be)\s+(?:mae|ma)\s+["']?(.+?)["']?\s+yn\s+(?:ei\s+)?(?:feddwl|olygu|golygu)(?:\s+(?:yn|mewn|ar gyfer|i|yng|ym|efo|gyda)\s+.+?)?\s*\??$/,
  /^(?:ystyr|diffiniad)\s+(?:y\s+|yr\s+)?["']?(.+?)["']?\s*\??$/,
];

/** The meetings themselves: named after something ("a score at the conference"), they say where it happens. */
const MEETING_TERMS = new Set(['core-group', 'child-protection-conference', 'initial-conference', 'review-conference', 'cppm']);
/** What links a thing to the meeting it happens at: "at the", "in the", "yn y", "i'r", "ar gyfer y". */
const LINKING_WORDS = new Set(['at', 'in', 'during', 'for', 'the', 'a', 'yn', 'y', 'yr', 'r', 'i', 'ar', 'gyfer', 'mewn', 'o']);
/** "Is a CPPM the same as a conference?" / "ydi'r cynllun gofal a chymorth yr un peth â…?": what the first one is. */
const COMPARES: RegExp[] = [
  /^(?:is|are|isnt|isn't)\s+(?:a\s+|an\s+|the\s+)?["']?(.+?)["']?\s+(?:the same(?: thing)? as|different (?:from|to|than))\s+.+$/,
  /^(?:ydi|ydy|ai|yw|ydi'r|ydy'r|ai'r|yw'r)\s+(?:y\s+|yr\s+)?["']?(.+?)["']?\s+(?:yr un peth|yn wahanol)\s+(?:a|ag|ac|i)\s+.+$/,
];

/** "…a chronology for my son, whats one of them": the last clause asks what the thing just named is. */
const ASKS_ABOUT_IT = /^(?:(?:so|and|but|ok)\s+)?(?:what|wat|wot|whats|what's|wats)\s*(?:even\s+)?(?:is|are|does|do|s)?\s+(?:that|it|this|them|they|those|one|one of them|one of those|one of these|that one|that thing)(?:\s+(?:mean|means|exactly|actually|really|then|about|even|anyway|when its at home))?\s*\??$|^(?:beth|be)\s+(?:(?:yn union|yn gwmws)\s+)?(?:yw|ydy|ydi|di|'di|ydi'r|yw'r)?\s*(?:ystyr\s+)?(?:hwnna|hynna|hynny|hyn|hwn|hon|honna|un o rheini|un o'r rheini|e|o|fe|fo|hi)(?:\s+(?:yn\s+(?:ei\s+)?(?:feddwl|olygu)|hyd yn oed|yn union|yn gwmws|eniwe|felly))?\s*\??$|^(?:beth|be)\s+(?:mae|ma)\s+(?:hwnna|hynna|hynny)\s*'?n\s+(?:ei\s+)?(?:feddwl|olygu)\s*\??$/;

/**
 * "10 working days, does that include weekends?" / "do bank holidays count in working days" / "10 diwrnod gwaith, ydy
 * hynny'n cynnwys penwythnosau": which days a span of days counts is what the term means. Only days off are asked
 * about, so "does the plan include my views" is not taken for a definition of the plan.
 */
const DAYS_OFF = String.raw`(?:the\s+)?(?:weekends?|week ends?|bank holidays?|holidays?|saturdays?|sundays?|christmas)`;
const DAYS_OFF_CY = String.raw`(?:y\s+|yr\s+)?(?:penwythnos|penwythnosau|benwythnos|benwythnosau|gwyliau banc|wyliau banc|gwyliau|wyliau|sadwrn|sul|nadolig)`;
const COUNT = String.raw`(?:(?:\d+|ten|five|fifteen|twenty one|deg|pymtheg|pymtheng|un ar hugain)\s+)?`;
const DAY_COUNTS: RegExp[] = [
  new RegExp(String.raw`^${COUNT}(.+?)\s+(?:does|do|would|will)\s+(?:that|it|this|they|those)\s+(?:include|count|cover)\s+${DAYS_OFF}\b.*$`),
  new RegExp(String.raw`^(?:do|does|would|will)\s+${DAYS_OFF}\s+count\s+(?:in|as|for|towards|toward)\s+(?:the\s+|a\s+)?${COUNT}(.+?)$`),
  new RegExp(String.raw`^(?:do|does|would)\s+(?:the\s+)?${COUNT}(.+?)\s+(?:include|count|cover)\s+${DAYS_OFF}\b.*$`),
  new RegExp(String.raw`^${COUNT}(.+?)\s+(?:ydy|ydi|yw|ydyn|ydyw|di)\s+(?:hynny|hwnna|hyn|nhw|e|o|hi)\s*'?n\s+cynnwys\s+${DAYS_OFF_CY}(?![a-z]).*$`),
  new RegExp(String.raw`^(?:ydy|ydi|yw|ydyn|oes)\s+${DAYS_OFF_CY}\s*'?n\s+cyfrif\s+(?:yn|fel|mewn)\s+(?:y\s+|yr\s+)?${COUNT}(.+?)$`),
];

/** A greeting that opens a message ("hi,", "helo!", "shwmae"). */
const GREETING = /^(?:hi|hiya|hey|hello|helo|hia|shwmae|shwmai|su mae|sut mae|bore da|prynhawn da|noswaith dda)\b[\s,.!]*/;

/** After a term, only where it is used ("supporter at a core group meeting") or what it is set against ("compared to a cp plan"). */
const WHERE_USED = /^(?:at|in|on|for|during|from|compared to|compared with|vs|versus|yn|mewn|ar|ar gyfer|yn ystod|o gymharu (?:a|ag|efo|gyda)) /;

/** "what's that about?" after something refused asks why, not what a term means (held-out set 38: "the social worker says I
 *  can't bring my best mate to core group meetings. What's that about, I need support"). */
const WHY_THAT = /^(?:what|whats|wat|wots?)(?:'s| is| s)? (?:that|this|all that|all this) (?:all )?about$/i;
/** …when what came before is something refused ("someone said we all give a score, what's that about" asks what it is). */
const REFUSED = /\b(?:can'?t|cannot|won'?t|wouldn'?t|not allowed|isn'?t allowed|refused?|stopp(?:ed|ing) me|banned)\b/i;

export class DefinitionFinder {
  private readonly names: { name: string; id: string }[] = [];

  constructor(kb: KnowledgeBase) {
    for (const g of kb.glossary) {
      for (const lang of ['en', 'cy'] as Lang[]) {
        for (const n of [g.term[lang], ...g.aliases[lang]]) this.names.push({ name: fold(n).replace(/[^a-z0-9 ]/g, ''), id: g.id });
      }
    }
  }

  /** The glossary id the message asks the meaning of, or undefined. */
  find(text: string): string | undefined {
    return this.asked(text) ?? this.asked(text.replace(/,/g, ' '), DAY_COUNTS);
  }

  /** A message that is only a glossary term ("minutes?", "eiriolwr"): the term's id. */
  only(text: string): string | undefined {
    const said = fold(text).replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
    const forms = [said, ...radicalForms(said)];
    return this.names.find((n) => forms.includes(n.name))?.id;
  }

  /**
   * "they said it's a chronology, what is that": the glossary name nearest before a last clause asking what "that"
   * is. Weaker evidence than find(): "that" may be something else the message talks about.
   */
  namedThenAsked(text: string): string | undefined {
    return this.namedThenAskedTerm(text)?.id;
  }

  /** The words of the term namedThenAsked() finds, as the message gave them ("signs of safety"). */
  namedThenAskedName(text: string): string | undefined {
    return this.namedThenAskedTerm(text)?.name;
  }

  /**
   * The same, when the term ends the clause just before the question ("…yn son am 'significant harm' - beth yw
   * hwnna"): then "that" can only be the term, however plainly the rest of the message is about something else.
   */
  namedJustBeforeAsked(text: string): string | undefined {
    const t = this.namedThenAskedTerm(text);
    // "that" points back to what was just said; "it" may be something else ("sign something as a supporter, what is it").
    return t?.last && POINTS_BACK.test(t.question) ? t.id : undefined;
  }

  /** "be di hynna?", "what is it exactly?": a question that only asks what the thing just named is. */
  asksAboutIt(text: string): boolean {
    return ASKS_ABOUT_IT.test(fold(text).replace(/[?!.]+\s*$/, '').trim());
  }

  private namedThenAskedTerm(text: string): { id: string; name: string; last: boolean; question: string } | undefined {
    const clauses = fold(text).split(/[,;.?!]+|\s[-–—]+\s/).map((c) => c.trim()).filter(Boolean);
    // The asking clause ends the message, or comes just before a last feeling ("…what even is it?? i'm shaking").
    const asking = [clauses.length - 1, clauses.length - 2].find((i) => i >= 1 && ASKS_ABOUT_IT.test(clauses[i])
      && !(WHY_THAT.test(clauses[i]) && REFUSED.test(clauses.slice(0, i).join(' '))));
    if (asking === undefined) return undefined;
    const words = clauses.slice(0, asking).join(' ').replace(/[^a-z0-9' ]/g, ' ').replace(/'/g, ' ').split(/\s+/).filter(Boolean);
    // The term named last is the one asked about ("the social worker mentioned a chronology"); the longest there.
    let best: { id: string; at: number; length: number } | undefined;
    for (const n of this.names) {
      const parts = n.name.split(' ');
      for (let i = words.length - parts.length; i >= 0; i--) {
        if (best && (i + parts.length < best.at + best.length || (i + parts.length === best.at + best.length && parts.length <= best.length))) break;
        const first = words[i] === parts[0] || radicalForms(words[i]).includes(parts[0]);
        if (first && parts.every((p, k) => k === 0 || words[i + k] === p)) { best = { id: n.id, at: i, length: parts.length }; break; }
      }
    }
    if (!best) return undefined;
    const last = best.at + best.length === words.length;
    // "…give a score at the conference, what's that?" / "…roi sgôr yn y gynhadledd. Beth yn union yw hyn?": the meeting
    // is where the thing happens; the thing named just before it is what is asked about.
    const before = MEETING_TERMS.has(best.id) ? this.namedEndingAt(words, best.at) : undefined;
    if (before) return { id: before.id, name: before.name, last, question: clauses[asking] };
    return { id: best.id, name: words.slice(best.at, best.at + best.length).join(' '), last, question: clauses[asking] };
  }

  /** A term (not a meeting) that ends just before `at`, with at most a preposition and "the" between ("sgôr yn y …"). */
  private namedEndingAt(words: string[], at: number): { id: string; name: string } | undefined {
    let end = at;
    while (end > 0 && at - end < 3 && LINKING_WORDS.has(words[end - 1])) end--;
    if (end === at || end === 0) return undefined;
    let found: { id: string; name: string; length: number } | undefined;
    for (const n of this.names) {
      if (MEETING_TERMS.has(n.id)) continue;
      const parts = n.name.split(' ');
      const i = end - parts.length;
      if (i < 0 || (found && parts.length <= found.length)) continue;
      const first = words[i] === parts[0] || radicalForms(words[i]).includes(parts[0]);
      if (first && parts.every((p, k) => k === 0 || words[i + k] === p)) found = { id: n.id, name: parts.join(' '), length: parts.length };
    }
    return found && { id: found.id, name: words.slice(end - found.length, end).join(' ') };
  }

  /**
   * "is a CPPM the same as a conference?": the glossary term compared. Weaker than find(): a topic may be about the
   * comparison itself (supporter or advocate).
   */
  compared(text: string): string | undefined {
    return this.asked(text, COMPARES);
  }

  private asked(text: string, patterns: RegExp[] = ASKS): string | undefined {
    // "what are working days, do weekends count" / "whats a core group? i keep hearing it": the term is asked about
    // before the comma or the question mark.
    // "Helo! Beth ydy grwp craidd?": a greeting first asks nothing.
    const folded = fold(text).replace(GREETING, '').split(/[,;?]/)[0].replace(/[.!]+$/, '').trim();
    for (const re of patterns) {
      const m = re.exec(folded);
      if (!m) continue;
      const asked = m[1].replace(/[^a-z0-9 ]/g, '').trim();
      if (!asked) continue;
      const forms = [asked, ...radicalForms(asked)];
      const exact = this.names.find((n) => forms.includes(n.name));
      if (exact) return exact.id;
      // "whats a supporter at a core group meeting": a term, then only where it is used.
      const lead = this.names.find((n) => asked.startsWith(`${n.name} `) && WHERE_USED.test(asked.slice(n.name.length + 1)));
      if (lead) return lead.id;
      if (asked.length >= 6) {
        const near = this.names.find((n) => n.name.length >= 6 && boundedDistance(asked, n.name, asked.length >= 10 ? 2 : 1) <= (asked.length >= 10 ? 2 : 1));
        if (near) return near.id;
      }
    }
    return undefined;
  }
}
