// Once save() has resolved, the statement must survive the process being killed (kill -9) at any moment.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { StatementStore } from '../../../bot/statements/statement-store.js';
import { freshDir } from './fixtures.js';

const STORE_URL = new URL('../../../bot/statements/statement-store.js', import.meta.url).href;

// The child saves statements one after another, printing each reference once its save has resolved.
const CHILD = `
const { StatementStore } = await import(process.env.STORE_URL);
const store = new StatementStore(process.env.STORE_DIR);
for (let i = 0; ; i++) {
  const rec = await store.save({
    contractId: 'herefordshire-supporter-contract', contractVersion: '2024-01', lang: i % 2 ? 'cy' : 'en',
    printedName: 'Crash Test ' + 'x'.repeat(i % 50), signature: 'Crash Test', signedOn: new Date().toISOString().slice(0, 10),
    council: 'herefordshire', userKey: 'webchat/crash-' + i,
  });
  process.stdout.write(rec.ref + '\\n');
}
`;

/** Runs the child until it has reported `wanted` saves, then kills it with SIGKILL at once. */
function runAndKill(dir: string, wanted: number): Promise<{ refs: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', CHILD], {
      env: { ...process.env, STORE_URL, STORE_DIR: dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const refs: string[] = [];
    let buffer = '';
    let stderr = '';
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      if (killed) return;
      refs.push(...lines.filter(Boolean));
      if (refs.length >= wanted) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString(); });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!killed) reject(new Error(`child ended before it was killed (code ${code}): ${stderr}`));
      else resolve({ refs, signal });
    });
  });
}

describe('StatementStore survives kill -9', () => {
  test('a statement reported as saved is there after the process is killed straight after', async () => {
    const dir = freshDir('statements-crash-');
    const { refs, signal } = await runAndKill(dir, 1);
    expect(signal).toBe('SIGKILL');
    expect(refs.length).toBeGreaterThanOrEqual(1);
    const rec = await new StatementStore(dir).get(refs[0]);
    expect(rec).toMatchObject({ ref: refs[0], signature: 'Crash Test', council: 'herefordshire' });
  });

  test('killed in the middle of a stream of saves: every reported save is whole, nothing is corrupt', async () => {
    for (const wanted of [7, 40]) {
      const dir = freshDir('statements-crash-');
      const { refs, signal } = await runAndKill(dir, wanted);
      expect(signal).toBe('SIGKILL');
      const unreadable: string[] = [];
      const store = new StatementStore(dir, { onUnreadable: (f) => unreadable.push(f) });
      const stored = new Set((await store.list()).map((r) => r.ref));
      for (const ref of refs) expect(stored.has(ref)).toBe(true);
      expect(unreadable).toEqual([]);
      // Only whole statements or hidden temporary files can be in the folder.
      for (const name of readdirSync(dir)) expect(name).toMatch(/^(SUP-.*\.json|\..*\.tmp)$/);
    }
  });
});
