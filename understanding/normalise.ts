// Text normalisation shared by matching, entities and safety: lower case, no diacritics, plain apostrophes.
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words of folded text. Apostrophes split Welsh elisions ("i'r" -> "i", "r") and drop English ones ("don't" -> "dont"). */
export function tokenize(folded: string): string[] {
  return folded
    .replace(/(\w)'(s|t|m|re|ve|ll|d)\b/g, '$1$2')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Replaces whole-word phrases (longest first) using a folded phrase -> replacement map. */
export function replacePhrases(folded: string, phrases: Map<string, string>, pattern: RegExp | undefined): string {
  if (!pattern) return folded;
  return ` ${folded} `.replace(pattern, (_m, pre: string, phrase: string) => `${pre}${phrases.get(phrase) ?? phrase}`).trim();
}

export function phrasePattern(phrases: Iterable<string>): RegExp | undefined {
  const list = [...phrases].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return list.length ? new RegExp(`([^a-z0-9])(${list.join('|')})(?=[^a-z0-9])`, 'g') : undefined;
}
