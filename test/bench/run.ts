// npm run bench: how long understanding one message takes once loaded (target: well under 1 ms), how long
// start-up takes, and how a state write scales with the number of stored conversations.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadKnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';
import { LowdbStorage } from '../../bot/storage/lowdb-storage.js';

const MESSAGES = [
  'Can I bring my mum to the core group?', 'wat is a cor group', 'how do i complane', 'Ga i ddod â ffrind i’r gynhadledd?',
  'Beth yw cynllun SMART?', 'I don’t agree with the plan', 'when is the first core group after the conference in wales',
  'what about Barnsley?', 'can you book me a taxi', 'mae fy mhlentyn mewn perygl',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function main() {
  let t0 = performance.now();
  const kb = loadKnowledgeBase();
  const loadMs = performance.now() - t0;
  t0 = performance.now();
  const u = new Understander(kb);
  const buildMs = performance.now() - t0;
  // The same without the weights the build kept: what start-up costs after a content edit without a build.
  t0 = performance.now();
  new Understander(kb, { get: () => undefined, put: () => undefined });
  const trainMs = performance.now() - t0;
  for (let i = 0; i < 200; i++) u.understand(MESSAGES[i % MESSAGES.length], {}, 'en');
  const times: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const s = performance.now();
    u.understand(MESSAGES[i % MESSAGES.length], {}, i % 2 ? 'cy' : 'en');
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  const matchTimes: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const s = performance.now();
    u.matcher.decide(MESSAGES[i % MESSAGES.length], i % 2 ? 'cy' : 'en');
    matchTimes.push(performance.now() - s);
  }
  matchTimes.sort((a, b) => a - b);
  // Safety runs on every message: time it on thousands of different real questions (the content's variants).
  const safetyTimes: number[] = [];
  for (const q of kb.topics.flatMap((t) => [...t.questions.en, ...t.questions.cy])) {
    const s = performance.now();
    u.isDanger(q);
    safetyTimes.push(performance.now() - s);
  }
  safetyTimes.sort((a, b) => a - b);
  console.log(`content load: ${loadMs.toFixed(0)} ms; understanding build with the classifier weights kept by npm run build: ${buildMs.toFixed(0)} ms; training them instead: ${trainMs.toFixed(0)} ms`);
  console.log(`match a message to a topic (n=${matchTimes.length}): p50 ${percentile(matchTimes, 0.5).toFixed(3)} ms, p95 ${percentile(matchTimes, 0.95).toFixed(3)} ms (target: well under 1 ms)`);
  console.log(`safety patterns (n=${safetyTimes.length}): p50 ${percentile(safetyTimes, 0.5).toFixed(3)} ms, p95 ${percentile(safetyTimes, 0.95).toFixed(3)} ms, max ${safetyTimes[safetyTimes.length - 1].toFixed(3)} ms`);
  console.log(`understand one message, all steps (n=${times.length}): p50 ${percentile(times, 0.5).toFixed(3)} ms, p95 ${percentile(times, 0.95).toFixed(3)} ms, p99 ${percentile(times, 0.99).toFixed(3)} ms`);

  const storage = new LowdbStorage(mkdtempSync(join(tmpdir(), 'bench-storage-')));
  for (const stored of [10, 1000, 5000]) {
    while (storage.count() < stored) {
      const batch: Record<string, object> = {};
      for (let i = 0; i < 100 && storage.count() + i < stored; i++) batch[`conv-${storage.count() + i}-${Math.random()}`] = { dialogState: { n: i } };
      await storage.write(batch);
    }
    const w: number[] = [];
    for (let i = 0; i < 200; i++) {
      const s = performance.now();
      await storage.write({ 'the-conversation': { dialogState: { turn: i }, eTag: '*' } });
      w.push(performance.now() - s);
    }
    w.sort((a, b) => a - b);
    console.log(`state write with ${stored} conversations stored: p50 ${percentile(w, 0.5).toFixed(2)} ms, p95 ${percentile(w, 0.95).toFixed(2)} ms`);
  }
}

void main();
