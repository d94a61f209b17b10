// Checks Welsh text against the Hunspell Welsh dictionary (dictionary-cy) with nspell.
// Used by the content checks only (dev dependency), never at run time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import nspell from 'nspell';
import dictionary from 'dictionary-cy';
import { parse } from 'yaml';
import { CONTENT_DIR } from './paths.js';

let speller: ReturnType<typeof nspell> | undefined;
function getSpeller(): ReturnType<typeof nspell> {
  if (!speller) {
    speller = nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic));
  }
  return speller;
}

/** Names, acronyms and English proper nouns that a Welsh text may contain (content/welsh-allowlist.yaml). */
export function loadAllowList(dir: string = CONTENT_DIR): Set<string> {
  const data = parse(readFileSync(join(dir, 'welsh-allowlist.yaml'), 'utf8')) as { words?: string[] };
  return new Set((data.words ?? []).map((w) => w.toLowerCase()));
}

export function welshWords(text: string): string[] {
  const cleaned = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/\b(https?:\/\/)?www\.\S+/gi, ' ')
    .replace(/[’‘]/g, "'");
  return (cleaned.match(/[A-Za-zÀ-ÿŵŷŴŶ]+(?:['-][A-Za-zÀ-ÿŵŷŴŶ]+)*/g) ?? []);
}

export interface SpellingReport { total: number; known: number; unknown: Map<string, number> }

export function checkWelsh(texts: string[], allow: Set<string>): SpellingReport {
  const sp = getSpeller();
  const report: SpellingReport = { total: 0, known: 0, unknown: new Map() };
  const isKnown = (w: string): boolean => {
    if (/^[A-Z0-9]{2,}$/.test(w)) return true; // acronyms (SMART, CPPM)
    const lower = w.toLowerCase();
    if (allow.has(lower) || sp.correct(w) || sp.correct(lower)) return true;
    // Welsh elides with an apostrophe: "i'r", "o'r", "mae'n", "dw i'n".
    const parts = lower.split(/['-]/).filter(Boolean);
    return parts.length > 1 && parts.every((p) => allow.has(p) || sp.correct(p) || ['r', 'n', 'm', 'i', 'w', 'th', 'ch', 'u', 'i', 'ti'].includes(p));
  };
  for (const text of texts) {
    for (const w of welshWords(text)) {
      report.total++;
      if (isKnown(w)) report.known++;
      else report.unknown.set(w.toLowerCase(), (report.unknown.get(w.toLowerCase()) ?? 0) + 1);
    }
  }
  return report;
}
