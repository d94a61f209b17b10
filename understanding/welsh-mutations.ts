// Welsh initial mutations change the first letters of a word (cynhadledd -> gynhadledd, plentyn -> mhlentyn,
// cwyn -> nghwyn, cefnogwr -> chefnogwr). To match a word however it is mutated, each word is also indexed and
// searched under every radical (unmutated) form it could come from. Wrong guesses are harmless: they match nothing.
const RULES: [string, string[]][] = [
  ['ngh', ['c']], ['mh', ['p']], ['nh', ['t']], ['ng', ['g']],
  ['ch', ['c']], ['ph', ['p']], ['th', ['t']],
  ['dd', ['d']], ['f', ['b', 'm']], ['g', ['c']], ['b', ['p']], ['d', ['t']],
  ['l', ['ll']], ['r', ['rh']], ['m', ['b']], ['n', ['d']],
];

export function radicalForms(word: string): string[] {
  const out = new Set<string>();
  for (const [prefix, radicals] of RULES) {
    if (word.startsWith(prefix) && word.length > prefix.length + 2) {
      for (const r of radicals) out.add(r + word.slice(prefix.length));
      break;
    }
  }
  // Soft mutation drops an initial g: (g)weithiwr, (g)rŵp. Aspirate h before a vowel: ei (h)awl.
  if (/^[aeiouwy]/.test(word) && word.length > 3) out.add('g' + word);
  if (/^h[aeiouwy]/.test(word) && word.length > 3) out.add(word.slice(1));
  out.delete(word);
  return [...out];
}

/** Soft, nasal and aspirate forms of a word ("Prestatyn" after "ym": "Mhrestatyn"; "Dinbych" after "i": "Ddinbych"). */
const MUTATIONS: [string, string[]][] = [
  ['p', ['b', 'mh', 'ph']], ['t', ['d', 'nh', 'th']], ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']], ['d', ['dd', 'n']], ['g', ['', 'ng']], ['m', ['f']], ['ll', ['l']], ['rh', ['r']],
];

export function mutatedForms(word: string): string[] {
  const lower = word.toLowerCase();
  // ch, ph, th and dd are not mutated forms of c, p, t and d: they do not change.
  if (/^(ch|ph|th|dd)/.test(lower)) return [];
  const rule = MUTATIONS.find(([radical]) => lower.startsWith(radical));
  return rule ? rule[1].map((m) => m + lower.slice(rule[0].length)) : [];
}

/**
 * Spoken endings as written: -au is said -a in the north and -e in the south ("penderfyniada", "pethe" for
 * "penderfyniadau", "pethau"), and -ais -es. Like the radical forms, wrong guesses match nothing.
 */
export function writtenEndingForms(word: string): string[] {
  if (word.length < 5) return [];
  if (/[^aeiouwy]a$/.test(word)) return [`${word}u`];
  if (/[^aeiouwy]e$/.test(word)) return [`${word.slice(0, -1)}au`];
  // …and the past "I did" ending -ais is said -es in the south ("glywes i", "weles i" for "glywais", "welais").
  if (word.endsWith('es')) return [`${word.slice(0, -2)}ais`];
  return [];
}

/**
 * Every form a Welsh word could be written in unmutated (not the word itself), and with its written ending when that
 * is a word the knowledge base uses (`known`): a guessed ending is kept only when it is real.
 */
export function welshForms(word: string, known: ReadonlySet<string>): string[] {
  const out = new Set(radicalForms(word));
  for (const written of writtenEndingForms(word)) {
    for (const form of [written, ...radicalForms(written)]) if (known.has(form)) out.add(form);
  }
  return [...out];
}
