// Pattern sets kept in content (safety, off-topic, commands): compiled once, run on folded text.
import type { Lang } from '../knowledge/schema.js';
import { fold } from './normalise.js';

export interface PatternSet { patterns: string[] }

export class PatternMatcher {
  private readonly compiled: Record<Lang, RegExp[]>;

  constructor(sets: Record<Lang, PatternSet>) {
    const compile = (list: string[]) => list.map((p) => new RegExp(p, 'iu'));
    this.compiled = { en: compile(sets.en.patterns), cy: compile(sets.cy.patterns) };
  }

  /** Tested in both languages: a frightened parent may mix them, and safety must not depend on detection. */
  test(text: string, langs: Lang[] = ['en', 'cy']): boolean {
    const lower = text.toLowerCase().replace(/[’‘]/g, "'");
    const folded = fold(text);
    const forms = folded === lower ? [lower] : [lower, folded];
    return langs.some((l) => this.compiled[l].some((re) => forms.some((f) => re.test(f))));
  }
}
