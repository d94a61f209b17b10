import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LowdbStorage } from '../../../bot/storage/lowdb-storage.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'storage-test-'));

describe('LowdbStorage', () => {
  test('reads back what was written, with an eTag', async () => {
    const s = new LowdbStorage(freshDir());
    await s.write({ a: { n: 1, nested: { x: 'y' } } });
    const items = await s.read(['a', 'missing']);
    expect(items.a).toMatchObject({ n: 1, nested: { x: 'y' } });
    expect(typeof items.a.eTag).toBe('string');
    expect(items.missing).toBeUndefined();
  });

  test('a folder removed while running is made again on the next write', async () => {
    const dir = freshDir();
    const s = new LowdbStorage(dir);
    await s.write({ a: { n: 1 } });
    rmSync(dir, { recursive: true, force: true });
    expect(await s.read(['a'])).toEqual({});
    await s.write({ a: { n: 2 } });
    expect((await s.read(['a'])).a).toMatchObject({ n: 2 });
    expect(readdirSync(dir)).toHaveLength(1);
  });

  test('refuses a write with a stale eTag and keeps the newer value', async () => {
    const s = new LowdbStorage(freshDir());
    await s.write({ k: { v: 'first' } });
    const first = (await s.read(['k'])).k;
    await s.write({ k: { ...first, v: 'second' } });
    await expect(s.write({ k: { ...first, v: 'stale' } })).rejects.toThrow(/eTag conflict/);
    expect((await s.read(['k'])).k.v).toBe('second');
  });

  test('accepts the current eTag, and "*" overwrites whatever is there', async () => {
    const s = new LowdbStorage(freshDir());
    await s.write({ k: { v: 1 } });
    const current = (await s.read(['k'])).k;
    await s.write({ k: { ...current, v: 2 } });
    await s.write({ k: { v: 3, eTag: '*' } });
    expect((await s.read(['k'])).k.v).toBe(3);
  });

  test('gives every write a new eTag', async () => {
    const s = new LowdbStorage(freshDir());
    await s.write({ k: { v: 1 } });
    const e1 = (await s.read(['k'])).k.eTag;
    await s.write({ k: { v: 2 } });
    expect((await s.read(['k'])).k.eTag).not.toBe(e1);
  });

  test('deletes items, and deleting a missing key is fine', async () => {
    const s = new LowdbStorage(freshDir());
    await s.write({ a: { v: 1 }, b: { v: 2 } });
    await s.delete(['a', 'never-there']);
    const items = await s.read(['a', 'b']);
    expect(items.a).toBeUndefined();
    expect(items.b.v).toBe(2);
  });

  test('a new instance on the same folder finds the data (restart)', async () => {
    const dir = freshDir();
    await new LowdbStorage(dir).write({ 'webchat/conversations/c1/': { dialogState: { step: 2 } } });
    const reloaded = await new LowdbStorage(dir).read(['webchat/conversations/c1/']);
    expect(reloaded['webchat/conversations/c1/'].dialogState).toEqual({ step: 2 });
  });

  test('writes atomically: the file is always whole JSON, even while many writes race', async () => {
    const dir = freshDir();
    const s = new LowdbStorage(dir);
    const big = 'x'.repeat(200_000);
    await s.write({ k: { i: -1, big } });
    const writes = Array.from({ length: 20 }, (_, i) => s.write({ k: { i, big, eTag: '*' } }));
    // Read the file from disk while the writes are in flight: it must never be half-written.
    const samples: unknown[] = [];
    for (let n = 0; n < 20; n++) {
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.json') && !x.startsWith('.'))) {
        samples.push(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      }
      await new Promise((r) => setImmediate(r));
    }
    await Promise.all(writes);
    await s.flush();
    expect(samples.length).toBeGreaterThan(0);
    expect((await s.read(['k'])).k.big).toHaveLength(200_000);
  });

  test('file names do not reveal the key, and a temp file left by a crash is ignored', async () => {
    const dir = freshDir();
    const s = new LowdbStorage(dir);
    await s.write({ 'webchat/users/secret-user-id/': { v: 1 } });
    writeFileSync(join(dir, '.leftover.json.tmp'), '{"half":');
    expect(readdirSync(dir).join(' ')).not.toContain('secret-user-id');
    expect(s.count()).toBe(1);
    expect((await new LowdbStorage(dir).read(['webchat/users/secret-user-id/']))['webchat/users/secret-user-id/'].v).toBe(1);
  });

  test('one write touches one small file, whatever else is stored', async () => {
    const dir = freshDir();
    const s = new LowdbStorage(dir);
    for (let i = 0; i < 50; i++) await s.write({ [`conv-${i}`]: { v: i } });
    const sizes = readdirSync(dir).map((f) => readFileSync(join(dir, f)).length);
    expect(Math.max(...sizes)).toBeLessThan(200);
  });
});
