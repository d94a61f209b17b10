// Measures the content against the writing standards: length, reading level, Welsh spelling,
// question variants and contacts. Used by `npm run validate` and by the tests.
import type { KnowledgeBase } from './load.js';
import { fleschKincaidGrade, wordCount } from './readability.js';
import { knownContactKeys, unknownContacts } from './contacts.js';
import { checkWelsh, loadAllowList } from './welsh-spelling.js';

export const LIMITS = { maxWords: 110, shareUnder80: 0.8, meanGrade: 7, maxGrade: 10, welshKnown: 0.97 };

export interface QualityReport {
  problems: string[];
  figures: {
    topics: number; meanGrade: number; maxGrade: { id: string; grade: number }; shareUnder80: number;
    welshKnown: number; welshWords: number; unknownWelsh: [string, number][];
  };
}

/** Every Welsh text a user can read: answers, glossary, rules, contract, directory labels. */
export function welshTexts(kb: KnowledgeBase): string[] {
  return [
    ...kb.topics.map((t) => t.answer.cy),
    ...kb.glossary.flatMap((g) => [g.term.cy, g.definition.cy]),
    ...kb.timescales.map((r) => r.text.cy),
    ...kb.contract.sections.flatMap((s) => [s.title.cy, ...(s.intro ? [s.intro.cy] : []), ...s.points.cy]),
    ...kb.councils.flatMap((c) => [c.name.cy, ...c.contacts.map((k) => k.label.cy)]),
    ...kb.adviceLines.flatMap((a) => [a.name.cy, a.description.cy, ...a.contacts.map((k) => k.label.cy)]),
  ];
}

export function qualityReport(kb: KnowledgeBase): QualityReport {
  const problems: string[] = [];
  const grades = kb.topics.map((t) => ({ id: t.id, grade: fleschKincaidGrade(t.answer.en) }));
  let under80 = 0;
  for (const t of kb.topics) {
    const n = wordCount(t.answer.en);
    if (n < 80) under80++;
    if (n > LIMITS.maxWords) problems.push(`${t.id}: English answer has ${n} words (most under 80, none over ${LIMITS.maxWords})`);
  }
  for (const g of grades) if (g.grade > LIMITS.maxGrade) problems.push(`${g.id}: English answer reads at grade ${g.grade.toFixed(1)} (limit ${LIMITS.maxGrade}): shorter sentences, plainer words`);
  const meanGrade = grades.reduce((s, g) => s + g.grade, 0) / Math.max(1, grades.length);
  if (meanGrade > LIMITS.meanGrade) problems.push(`mean reading grade of English answers is ${meanGrade.toFixed(2)} (target ${LIMITS.meanGrade} or lower)`);
  const shareUnder80 = under80 / Math.max(1, kb.topics.length);
  if (shareUnder80 < LIMITS.shareUnder80) problems.push(`only ${(100 * shareUnder80).toFixed(0)}% of English answers are under 80 words`);

  const known = knownContactKeys(kb);
  const texts: [string, string][] = [
    ...kb.topics.flatMap((t) => [[t.id, t.answer.en], [t.id, t.answer.cy]] as [string, string][]),
    ...kb.glossary.flatMap((g) => [[`glossary ${g.id}`, g.definition.en], [`glossary ${g.id}`, g.definition.cy]] as [string, string][]),
    ...kb.timescales.flatMap((r) => [[`timescale ${r.id}`, r.text.en], [`timescale ${r.id}`, r.text.cy]] as [string, string][]),
    ...kb.contract.sections.flatMap((s) => [...s.points.en, ...s.points.cy].map((p) => [`contract ${s.id}`, p] as [string, string])),
  ];
  for (const [id, text] of texts) {
    for (const c of unknownContacts(text, known)) problems.push(`${id}: ${c.kind} "${c.value}" is not in councils.yaml (never invent a contact)`);
  }
  for (const c of kb.councils) for (const k of c.contacts) if (!('leaflet' in k.source) && !('note' in k.source)) problems.push(`councils.yaml: ${c.id}: ${k.value} has no source`);

  const spelling = checkWelsh(welshTexts(kb), loadAllowList());
  const welshKnown = spelling.known / Math.max(1, spelling.total);
  if (welshKnown < LIMITS.welshKnown) problems.push(`Welsh spelling: ${(100 * welshKnown).toFixed(1)}% of words known (need ${100 * LIMITS.welshKnown}%)`);
  const unknownWelsh = [...spelling.unknown.entries()].sort((a, b) => b[1] - a[1]);
  const maxGrade = grades.reduce((m, g) => (g.grade > m.grade ? g : m), { id: '', grade: -Infinity });
  return {
    problems,
    figures: { topics: kb.topics.length, meanGrade, maxGrade, shareUnder80, welshKnown, welshWords: spelling.total, unknownWelsh },
  };
}
