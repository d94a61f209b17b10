// Feedback ("Did this help?") and questions the bot could not answer, kept for content editors with
// personal details redacted. One JSON line per event, one file per month: appends never rewrite old data.
import { appendFile, mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../knowledge/schema.js';

export type FeedbackEvent =
  | { kind: 'helped'; group: string; helped: boolean; lang: Lang; at: string }
  | { kind: 'unanswered'; text: string; lang: Lang; reason: 'none' | 'clarify' | 'offTopic' | 'outOfScope'; at: string };

export class FeedbackStore {
  constructor(private readonly dir: string) {}

  async add(event: FeedbackEvent): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    await appendFile(join(this.dir, `${event.at.slice(0, 7)}.jsonl`), JSON.stringify(event) + '\n', 'utf8');
  }

  async list(): Promise<FeedbackEvent[]> {
    let files: string[] = [];
    try { files = (await readdir(this.dir)).filter((f) => f.endsWith('.jsonl')).sort(); } catch { return []; }
    const out: FeedbackEvent[] = [];
    for (const f of files) {
      for (const line of (await readFile(join(this.dir, f), 'utf8')).split('\n')) {
        if (!line.trim()) continue;
        try { out.push(JSON.parse(line) as FeedbackEvent); } catch { /* a torn last line after a crash: skip it */ }
      }
    }
    return out;
  }
}
