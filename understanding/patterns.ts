// Pattern sets kept in content (safety, off-topic): compiled once, run on folded text.
// Both the patterns and the message lose their accents ("rŵan" -> "rwan", "â" -> "a"): the same matches, and
// regular expressions run many times faster on plain ASCII text than on accented text.
// Many safety patterns start with the same long guard ("^(?!…history words…)"); a guard is checked once per
// message and shared by every pattern that starts with it: the same result, several times faster.
import type { Lang } from '../knowledge/schema.js';
import { fold } from './normalise.js';

/** services: more patterns, each with a guard of its own, left out of what the whole set stands back from. */
export interface PatternSet { patterns: string[]; services?: string[] }

/** Removes accents from a pattern's letters without touching its syntax (no lower-casing: \S is not \s). */
export function foldPattern(pattern: string): string {
  return pattern.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘]/g, "'");
}

/** "^(?!G)R" -> ["(?!G)", "R"], so that it can be tested as /^(?!G)/ and /^R/; undefined for other shapes. */
export function splitLeadingGuard(pattern: string): [string, string] | undefined {
  if (!pattern.startsWith('^(?!') && !pattern.startsWith('^(?=')) return undefined;
  let depth = 0;
  let inClass = false;
  for (let i = 1; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [pattern.slice(1, i + 1), pattern.slice(i + 1)];
  }
  return undefined;
}

/** Every look-ahead a pattern starts with: "^(?!A)(?!B)R" -> ["(?!A)", "(?!B)"]. */
export function leadingGuards(pattern: string): string[] {
  const guards: string[] = [];
  let rest = pattern;
  for (let split = splitLeadingGuard(rest); split; split = splitLeadingGuard(rest)) {
    guards.push(split[0]);
    rest = `^${split[1]}`;
  }
  return guards;
}

interface Compiled { guard?: number; body: RegExp }

export class PatternMatcher {
  private readonly guards: RegExp[] = [];
  private readonly compiled: Record<Lang, Compiled[]>;
  private last?: { key: string; result: boolean };

  constructor(sets: Record<Lang, PatternSet>) {
    const guardIndex = new Map<string, number>();
    const compile = (list: string[]): Compiled[] => list.map((raw) => {
      const p = foldPattern(raw);
      const split = splitLeadingGuard(p);
      if (!split) return { body: new RegExp(p, 'iu') };
      let guard = guardIndex.get(split[0]);
      if (guard === undefined) {
        guard = this.guards.push(new RegExp(`^${split[0]}`, 'iu')) - 1;
        guardIndex.set(split[0], guard);
      }
      return { guard, body: new RegExp(`^${split[1]}`, 'iu') };
    });
    this.compiled = { en: compile([...sets.en.patterns, ...(sets.en.services ?? [])]), cy: compile([...sets.cy.patterns, ...(sets.cy.services ?? [])]) };
    // The look-aheads that every pattern of the set starts with: what the whole set stands back from.
    const all = [...sets.en.patterns, ...sets.cy.patterns].map((p) => leadingGuards(foldPattern(p)));
    const common = all.length ? all[0].filter((g) => all.every((list) => list.includes(g))) : [];
    this.commonGuards = common.map((g) => new RegExp(`^${g}`, 'iu'));
  }
  private readonly commonGuards: RegExp[];

  /**
   * True when the message passes the look-aheads all the patterns share (for off-topic: it mentions nothing
   * about the process, the family or the bot), so something learned rather than matched may be trusted.
   */
  passesCommonGuards(text: string): boolean {
    const folded = fold(text);
    return this.commonGuards.every((g) => g.test(folded));
  }

  /** Tested in both languages: a frightened parent may mix them, and safety must not depend on detection. */
  test(text: string, langs: Lang[] = ['en', 'cy']): boolean {
    // A turn asks about the same message more than once (interruption layer, then understanding).
    const key = `${langs.join(',')}\u0000${text}`;
    if (this.last?.key === key) return this.last.result;
    const folded = fold(text);
    const guardResults = new Map<number, boolean>();
    const guardPasses = (g: number) => {
      let ok = guardResults.get(g);
      if (ok === undefined) {
        ok = this.guards[g].test(folded);
        guardResults.set(g, ok);
      }
      return ok;
    };
    const result = langs.some((l) => this.compiled[l].some((c) => (c.guard === undefined || guardPasses(c.guard)) && c.body.test(folded)));
    this.last = { key, result };
    return result;
  }
}
