// Signed supporter statements, kept with lowdb: one small JSON file per statement, so saving one costs the
// same however many are stored. Each file is written atomically and fsync'd (see durable-file.ts): once
// save() resolves, the statement survives the server being killed or crashing.
//
// The file name carries the lookup keys, so no separate index can fall out of step with the files:
//   SUP-7K4M-2QXP.<sha256(userKey), 32 hex>.<sha256(printToken), base64url>.json
// Hashes keep channel ids and tokens out of directory listings; the record itself is always re-checked.
import { createHash, timingSafeEqual } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { KeyLock } from '../storage/key-lock.js';
import { DurableJSONFile, ensureDurableDir, TEMP_SUFFIX, unlinkDurably } from './durable-file.js';
import { newPrintToken, newRef, normalizeRef, PRINT_TOKEN_PATTERN } from './reference-codes.js';
import {
  isRealDate, statementRecord, StatementValidationError, validateStatementInput,
  type StatementInput, type StatementRecord,
} from './statement-record.js';

export { StatementValidationError, userKeyFor, type StatementInput, type StatementRecord } from './statement-record.js';

export interface StatementStoreOptions {
  /** The clock (tests use a fixed one). */
  now?: () => Date;
  /** Told about a file that cannot be read as a statement (it is then skipped, never deleted). */
  onUnreadable?: (file: string, err: unknown) => void;
}

export interface ListFilter {
  /** Only statements for this council id. */
  council?: string;
  /** Only statements signed on or after this day (YYYY-MM-DD, or a Date taken as its UTC day). */
  since?: string | Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Temporary files left by a crash mid-write are removed once older than this. */
const STALE_TEMP_MS = 60 * 60 * 1000;
/** How many files are read at once. */
const READ_CONCURRENCY = 32;

const userHash = (userKey: string) => createHash('sha256').update(userKey).digest('hex').slice(0, 32);
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

interface Entry { name: string; ref: string; user: string; token: string }

function parseName(name: string): Entry | undefined {
  const m = /^(SUP-[2-9A-Z]{4}-[2-9A-Z]{4})\.([0-9a-f]{32})\.([A-Za-z0-9_-]{43})\.json$/.exec(name);
  return m ? { name, ref: m[1], user: m[2], token: m[3] } : undefined;
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export class StatementStore {
  private readonly lock = new KeyLock();
  private readonly reserved = new Set<string>();
  private readonly now: () => Date;

  constructor(readonly dir: string, private readonly options: StatementStoreOptions = {}) {
    ensureDurableDir(dir);
    this.now = options.now ?? (() => new Date());
  }

  /** Validates, stores durably and returns the new record. Throws StatementValidationError for bad input. */
  async save(input: StatementInput): Promise<StatementRecord> {
    const valid = validateStatementInput(input);
    const now = this.now();
    const tomorrow = new Date(now.getTime() + DAY_MS).toISOString().slice(0, 10);
    if (valid.signedOn > tomorrow) {
      throw new StatementValidationError([{ field: 'signedOn', message: 'must not be in the future' }]);
    }
    const ref = await this.unusedRef();
    try {
      const record: StatementRecord = {
        ref,
        printToken: newPrintToken(),
        contractId: valid.contractId,
        contractVersion: valid.contractVersion,
        lang: valid.lang,
        printedName: valid.printedName,
        signature: valid.signature,
        signedOn: valid.signedOn,
        ...(valid.meetingDate ? { meetingDate: valid.meetingDate } : {}),
        ...(valid.council ? { council: valid.council } : {}),
        userKey: valid.userKey,
        createdAt: now.toISOString(),
      };
      const name = `${ref}.${userHash(record.userKey)}.${tokenHash(record.printToken)}.json`;
      await this.lock.run(ref, async () => {
        const db = new Low<StatementRecord | null>(new DurableJSONFile(join(this.dir, name)), null);
        db.data = record;
        await db.write();
      });
      return { ...record };
    } finally {
      this.reserved.delete(ref);
    }
  }

  /** The statement with this reference (typed loosely: case, spaces and dashes do not matter). */
  async get(ref: string): Promise<StatementRecord | undefined> {
    const canonical = normalizeRef(ref);
    if (!canonical) return undefined;
    const entry = (await this.entries()).find((e) => e.ref === canonical);
    return entry && this.readEntry(entry);
  }

  /** Every statement saved by this user, oldest first. */
  async findByUser(userKey: string): Promise<StatementRecord[]> {
    const hash = userHash(userKey);
    const records = await this.readEntries((await this.entries()).filter((e) => e.user === hash));
    return sortByCreated(records.filter((r) => r.userKey === userKey));
  }

  /** The statement a printable link points to. */
  async findByPrintToken(token: string): Promise<StatementRecord | undefined> {
    if (typeof token !== 'string' || !PRINT_TOKEN_PATTERN.test(token)) return undefined;
    const hash = tokenHash(token);
    const entry = (await this.entries()).find((e) => e.token === hash);
    const record = entry && await this.readEntry(entry);
    return record && sameSecret(record.printToken, token) ? record : undefined;
  }

  /** Deletes a statement if it belongs to this user. True when deleted; false when absent or someone else's. */
  async withdraw(ref: string, userKey: string): Promise<boolean> {
    const canonical = normalizeRef(ref);
    if (!canonical) return false;
    const entry = (await this.entries()).find((e) => e.ref === canonical);
    if (!entry || entry.user !== userHash(userKey)) return false;
    return this.lock.run(entry.ref, async () => {
      const record = await this.readEntry(entry);
      if (!record || record.userKey !== userKey) return false;
      return (await unlinkDurably(this.dir, [entry.name])) === 1;
    });
  }

  /** Deletes every statement of this user (their right to erasure). Returns how many were deleted. */
  async deleteAllForUser(userKey: string): Promise<number> {
    const hash = userHash(userKey);
    let deleted = 0;
    for (const entry of (await this.entries()).filter((e) => e.user === hash)) {
      deleted += await this.lock.run(entry.ref, async () => {
        const record = await this.readEntry(entry);
        return record && record.userKey === userKey ? unlinkDurably(this.dir, [entry.name]) : 0;
      });
    }
    return deleted;
  }

  /** Statements, oldest first, optionally for one council and signed on or after a day. */
  async list(filter: ListFilter = {}): Promise<StatementRecord[]> {
    const since = filter.since instanceof Date ? filter.since.toISOString().slice(0, 10) : filter.since;
    if (since !== undefined && !isRealDate(since)) {
      throw new StatementValidationError([{ field: 'since', message: 'must be a real date written YYYY-MM-DD' }]);
    }
    const records = await this.readEntries(await this.entries());
    // Staff read the export by date of signing; saves in the same moment keep a stable order.
    return sortByCreated(records.filter((r) =>
      (filter.council === undefined || r.council === filter.council) && (since === undefined || r.signedOn >= since)))
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn));
  }

  /**
   * Deletes statements saved more than `days` days before `now` (retention), and temporary files left by a
   * crash. Returns how many statements were deleted.
   */
  async purgeOlderThan(days: number, now: Date = this.now()): Promise<number> {
    if (!Number.isFinite(days) || days < 0) throw new RangeError('purgeOlderThan: days must be a number of days, 0 or more');
    const cutoff = now.getTime() - days * DAY_MS;
    let deleted = 0;
    for (const entry of await this.entries()) {
      deleted += await this.lock.run(entry.ref, async () => {
        const record = await this.readEntry(entry);
        return record && Date.parse(record.createdAt) < cutoff ? unlinkDurably(this.dir, [entry.name]) : 0;
      });
    }
    await this.removeStaleTempFiles();
    return deleted;
  }

  /** How many statement files there are (health checks). */
  async count(): Promise<number> {
    return (await this.entries()).length;
  }

  /** Waits for writes and deletions already started (before the process exits). */
  flush(): Promise<void> {
    return this.lock.idle();
  }

  private async entries(): Promise<Entry[]> {
    const names = await readdir(this.dir);
    return names.map(parseName).filter((e): e is Entry => e !== undefined);
  }

  private async unusedRef(): Promise<string> {
    const taken = new Set((await this.entries()).map((e) => e.ref));
    for (let attempt = 0; attempt < 20; attempt++) {
      const ref = newRef();
      if (!taken.has(ref) && !this.reserved.has(ref)) {
        this.reserved.add(ref);
        return ref;
      }
    }
    throw new Error('StatementStore: could not find an unused reference');
  }

  private async readEntry(entry: Entry): Promise<StatementRecord | undefined> {
    const file = join(this.dir, entry.name);
    try {
      const db = new Low<StatementRecord | null>(new DurableJSONFile(file), null);
      await db.read();
      if (db.data === null) return undefined; // deleted since the folder was listed
      const record = statementRecord.parse(db.data) as StatementRecord;
      if (record.ref !== entry.ref) throw new Error('reference does not match the file name');
      return record;
    } catch (err) {
      this.options.onUnreadable?.(file, err);
      return undefined;
    }
  }

  private async readEntries(entries: Entry[]): Promise<StatementRecord[]> {
    const records = await mapLimit(entries, READ_CONCURRENCY, (e) => this.readEntry(e));
    return records.filter((r): r is StatementRecord => r !== undefined);
  }

  private async removeStaleTempFiles(): Promise<void> {
    // The real clock, not `now`: a temporary file's age is about this machine's writes.
    const now = Date.now();
    const stale: string[] = [];
    for (const name of await readdir(this.dir)) {
      if (!name.startsWith('.') || !name.endsWith(TEMP_SUFFIX)) continue;
      const info = await stat(join(this.dir, name)).catch(() => undefined);
      if (info && now - info.mtimeMs > STALE_TEMP_MS) stale.push(name);
    }
    await unlinkDurably(this.dir, stale);
  }
}

function sortByCreated(records: StatementRecord[]): StatementRecord[] {
  return records.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.ref.localeCompare(b.ref));
}
