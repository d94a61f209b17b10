// npm run feedback: what users said about answers, and the questions the bot could not answer
// (stored redacted), for content editors.
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { FeedbackStore } from './feedback/feedback-store.js';

async function main() {
  const config = loadConfig();
  const events = await new FeedbackStore(join(config.dataDir, 'feedback')).list();
  const helped = new Map<string, { yes: number; no: number }>();
  const unanswered: string[] = [];
  for (const e of events) {
    if (e.kind === 'helped') {
      const h = helped.get(e.group) ?? { yes: 0, no: 0 };
      if (e.helped) h.yes++; else h.no++;
      helped.set(e.group, h);
    } else unanswered.push(`${e.at.slice(0, 10)}  ${e.lang}  ${e.reason.padEnd(8)}  ${e.text}`);
  }
  console.log(`Feedback on answers (${events.filter((e) => e.kind === 'helped').length}):`);
  for (const [group, h] of [...helped.entries()].sort((a, b) => b[1].no - a[1].no)) console.log(`  ${group.padEnd(32)} helped ${h.yes}  did not help ${h.no}`);
  console.log(`\nQuestions not answered (${unanswered.length}):`);
  for (const u of unanswered) console.log(`  ${u}`);
}

void main();
