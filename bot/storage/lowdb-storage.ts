// A botbuilder Storage kept on disk with lowdb: one small JSON file per state key, so one turn's write costs
// the same however many conversations are stored (lowdb rewrites a whole file on every write). lowdb's
// JSONFile writes through steno (a temporary file, then rename), so a crash never leaves half a file.
import { createHash, randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItems } from 'botbuilder';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { KeyLock } from './key-lock.js';

interface Record { key: string; eTag: string; value: { [k: string]: unknown } }
type Doc = Record | null;

export class ETagConflictError extends Error {
  constructor(key: string) {
    super(`Storage: the item was changed by someone else since it was read (eTag conflict) for key hash ${hashKey(key).slice(0, 12)}`);
    this.name = 'ETagConflictError';
  }
}

/** File names are hashes: keys hold channel and conversation ids that should not show in a directory listing. */
function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export class LowdbStorage implements Storage {
  private readonly lock = new KeyLock();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private fileFor(key: string): string {
    return join(this.dir, `${hashKey(key)}.json`);
  }

  private async load(key: string): Promise<Low<Doc>> {
    const db = new Low<Doc>(new JSONFile<Doc>(this.fileFor(key)), null);
    await db.read();
    // Two keys with one hash is practically impossible; treat it as absent rather than return another's data.
    if (db.data && db.data.key !== key) db.data = null;
    return db;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(keys.map((key) => this.lock.run(key, async () => {
      const db = await this.load(key);
      if (db.data) items[key] = { ...structuredClone(db.data.value), eTag: db.data.eTag };
    })));
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, change]) => this.lock.run(key, async () => {
      const db = await this.load(key);
      const wanted = (change as { eTag?: string }).eTag;
      if (db.data && wanted && wanted !== '*' && wanted !== db.data.eTag) throw new ETagConflictError(key);
      const value = structuredClone(change) as { [k: string]: unknown };
      delete value.eTag;
      db.data = { key, eTag: randomUUID(), value };
      // The folder removed while running (a clean-up job, an operator): make it again rather than fail every turn.
      await db.write().catch(async (err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
        mkdirSync(this.dir, { recursive: true });
        await db.write();
      });
    })));
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => this.lock.run(key, async () => {
      await unlink(this.fileFor(key)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    })));
  }

  /** Waits for every write already started (used before the process exits). */
  flush(): Promise<void> {
    return this.lock.idle();
  }

  /** How many items are stored (for health checks and benchmarks). */
  count(): number {
    return readdirSync(this.dir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).length;
  }
}
