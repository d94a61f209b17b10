// Starts the real server (dist/bot/index.js) as a child process on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../knowledge/paths.js';

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface RunningBot { url: string; base: string; dataDir: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<number | null> }

export async function startBot(env: Record<string, string> = {}, dataDir = mkdtempSync(join(tmpdir(), 'bot-data-'))): Promise<RunningBot> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'dist/bot/index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, MicrosoftAppId: '', LOG_LEVEL: 'error', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c) => (stderr += c));
  const base = `http://127.0.0.1:${port}`;
  // Start-up trains the classifier (a few seconds; longer while other test files run beside it).
  let up = false;
  for (let i = 0; i < 1500 && !up; i++) {
    try {
      up = (await fetch(`${base}/healthz`)).status === 200;
      if (up) break;
    } catch { /* not up yet */ }
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`bot exited early: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!up) {
    child.kill('SIGKILL');
    throw new Error(`bot did not start within 60 s: ${stderr}`);
  }
  return {
    url: `${base}/api/messages`, base, dataDir, child,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
      child.once('exit', (code) => resolve(code));
      child.kill(signal);
    }),
  };
}
