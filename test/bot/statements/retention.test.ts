import { spawnSync } from 'node:child_process';
import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { startRetention, type RetentionLogger } from '../../../bot/statements/retention.js';
import { StatementStore } from '../../../bot/statements/statement-store.js';
import { freshDir, sampleInput, settableClock } from './fixtures.js';

const RETENTION_URL = new URL('../../../bot/statements/retention.js', import.meta.url).href;
const waitFor = async (check: () => boolean, ms = 3000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('purgeOlderThan', () => {
  test('deletes only statements saved more than `days` days ago, and returns the count', async () => {
    const c = settableClock('2025-01-10T12:00:00.000Z');
    const store = new StatementStore(freshDir(), { now: c.fn });
    const old1 = await store.save(sampleInput({ signedOn: '2025-01-10' }));
    const old2 = await store.save(sampleInput({ signedOn: '2025-01-10', userKey: 'webchat/u2' }));
    c.now = new Date('2025-06-01T12:00:00.000Z');
    const recent = await store.save(sampleInput({ signedOn: '2025-06-01' }));
    c.now = new Date('2026-01-10T12:00:01.000Z'); // 365 days and a second after the first two
    expect(await store.purgeOlderThan(365)).toBe(2);
    expect(await store.get(old1.ref)).toBeUndefined();
    expect(await store.get(old2.ref)).toBeUndefined();
    expect(await store.get(recent.ref)).toBeDefined();
    expect(await store.purgeOlderThan(365)).toBe(0);
    // An explicit `now` wins over the store clock.
    expect(await store.purgeOlderThan(365, new Date('2026-06-01T12:00:01.000Z'))).toBe(1);
    expect(await store.count()).toBe(0);
  });

  test('exactly at the limit is kept', async () => {
    const store = new StatementStore(freshDir(), { now: () => new Date('2025-01-10T12:00:00.000Z') });
    const rec = await store.save(sampleInput({ signedOn: '2025-01-10' }));
    expect(await store.purgeOlderThan(30, new Date('2025-02-09T12:00:00.000Z'))).toBe(0);
    expect(await store.get(rec.ref)).toBeDefined();
    await expect(store.purgeOlderThan(-1)).rejects.toThrow(RangeError);
  });

  test('removes temporary files left by a crash once they are an hour old, not fresh ones', async () => {
    const dir = freshDir();
    const store = new StatementStore(dir);
    writeFileSync(join(dir, '.SUP-old.json.abc.tmp'), '{');
    writeFileSync(join(dir, '.SUP-new.json.def.tmp'), '{');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(join(dir, '.SUP-old.json.abc.tmp'), twoHoursAgo, twoHoursAgo);
    await store.purgeOlderThan(365);
    expect(readdirSync(dir)).toEqual(['.SUP-new.json.def.tmp']);
  });
});

describe('startRetention', () => {
  const logger = () => {
    const lines: { level: string; obj: object; msg?: string }[] = [];
    const l: RetentionLogger = {
      info: (obj, msg) => lines.push({ level: 'info', obj, msg }),
      error: (obj, msg) => lines.push({ level: 'error', obj, msg }),
    };
    return { l, lines };
  };

  test('purges at start and then on every interval, until stopped', async () => {
    const calls: number[] = [];
    const fake = { purgeOlderThan: async (days: number) => { calls.push(days); return 3; } };
    const { l, lines } = logger();
    const stop = startRetention(fake, 365, l, { intervalMs: 20 });
    await waitFor(() => calls.length >= 3);
    stop();
    const n = calls.length;
    await new Promise((r) => setTimeout(r, 80));
    expect(calls.length).toBe(n);
    expect(calls.every((d) => d === 365)).toBe(true);
    expect(lines[0]).toMatchObject({ level: 'info', obj: { event: 'statements.purged', count: 3, days: 365 } });
  });

  test('purges a real store at start', async () => {
    const c = settableClock('2020-01-01T00:00:00.000Z');
    const store = new StatementStore(freshDir(), { now: c.fn });
    await store.save(sampleInput({ signedOn: '2020-01-01' }));
    c.now = new Date();
    const kept = await store.save(sampleInput({ signedOn: new Date().toISOString().slice(0, 10) }));
    const stop = startRetention(store, 365);
    try {
      const end = Date.now() + 3000;
      while ((await store.count()) !== 1 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      expect((await store.list()).map((r) => r.ref)).toEqual([kept.ref]);
    } finally {
      stop();
    }
  });

  test('a failure is logged by error type only, and the timer carries on', async () => {
    let calls = 0;
    const fake = { purgeOlderThan: async () => { calls++; throw new TypeError('secret path /data/statements/SUP-…'); } };
    const { l, lines } = logger();
    const stop = startRetention(fake, 30, l, { intervalMs: 20 });
    await waitFor(() => calls >= 2);
    stop();
    expect(lines[0]).toMatchObject({ level: 'error', obj: { event: 'statements.purge_failed', errorType: 'TypeError' } });
    expect(JSON.stringify(lines)).not.toContain('secret');
  });

  test('0 days means keep: nothing is purged', async () => {
    let calls = 0;
    const { l, lines } = logger();
    const stop = startRetention({ purgeOlderThan: async () => { calls++; return 0; } }, 0, l, { intervalMs: 10 });
    await new Promise((r) => setTimeout(r, 50));
    stop();
    expect(calls).toBe(0);
    expect(lines[0].obj).toMatchObject({ event: 'statements.retention.disabled' });
    expect(() => startRetention({ purgeOlderThan: async () => 0 }, -5)).toThrow(RangeError);
  });

  test('the timer does not keep the process alive', () => {
    const script = `
      const { startRetention } = await import(process.env.RETENTION_URL);
      startRetention({ purgeOlderThan: async () => 0 }, 365);
    `;
    const started = Date.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      env: { ...process.env, RETENTION_URL }, encoding: 'utf8', timeout: 10000,
    });
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(10000);
  });
});

describe('RetentionLogger', () => {
  test('the project logger (pino) fits', () => {
    const log: RetentionLogger = pino({ level: 'silent' });
    expect(typeof log.info).toBe('function');
  });
});
