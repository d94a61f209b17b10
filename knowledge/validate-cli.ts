// npm run validate: checks every content file and prints the figures an editor needs.
import { loadKnowledgeBase } from './load.js';
import { qualityReport } from './quality.js';
import { checkCoverage, readCoverage } from './coverage.js';
import { fleschKincaidGrade } from './readability.js';

function main(): number {
  const kb = loadKnowledgeBase(undefined, { partial: true });
  const q = qualityReport(kb);
  let coverageProblems: string[] = [];
  try { coverageProblems = checkCoverage(kb, readCoverage()); } catch (err) { coverageProblems = [`COVERAGE.md: ${(err as Error).message}`]; }
  const f = q.figures;
  console.log(`topics: ${f.topics}, glossary terms: ${kb.glossary.length}, timescale rules: ${kb.timescales.length}, councils: ${kb.councils.length}`);
  console.log(`English reading grade (Flesch-Kincaid): mean ${f.meanGrade.toFixed(2)}, highest ${f.maxGrade.grade.toFixed(1)} (${f.maxGrade.id}); under 80 words: ${(100 * f.shareUnder80).toFixed(0)}%`);
  console.log(`Welsh spelling: ${(100 * f.welshKnown).toFixed(1)}% of ${f.welshWords} words known`);
  if (f.unknownWelsh.length) console.log(`  unknown Welsh words: ${f.unknownWelsh.slice(0, 60).map(([w, n]) => (n > 1 ? `${w}×${n}` : w)).join(', ')}`);
  if (process.argv.includes('--grades')) {
    for (const t of kb.topics) console.log(`  ${fleschKincaidGrade(t.answer.en).toFixed(1).padStart(5)} ${t.id}`);
  }
  const problems = [...kb.problems, ...q.problems, ...coverageProblems];
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    return 1;
  }
  console.log('content OK');
  return 0;
}

process.exitCode = main();
