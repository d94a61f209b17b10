// Writing files so that they survive a crash: the data goes to a temporary file in the same folder, which is
// fsync'd, renamed over the real name (atomic), and then the folder itself is fsync'd so the rename is on disk
// too. Deletions fsync the folder as well, so a withdrawn statement stays withdrawn after a crash.
// DurableJSONFile is a lowdb adapter built on this (lowdb's own JSONFile renames but never fsyncs).
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';

/** Temporary files start with "." and end with this, so folder listings can skip them. */
export const TEMP_SUFFIX = '.tmp';

function ignorableDirSyncError(err: unknown): boolean {
  // Windows cannot open a folder to fsync it; there the rename is as durable as the OS makes it.
  const code = (err as NodeJS.ErrnoException).code;
  return process.platform === 'win32' && (code === 'EISDIR' || code === 'EPERM' || code === 'EACCES');
}

/** fsync a folder, so that files created, renamed or deleted in it stay that way after a crash. */
export async function fsyncDir(dir: string): Promise<void> {
  let fh;
  try {
    fh = await open(dir, 'r');
    await fh.sync();
  } catch (err) {
    if (!ignorableDirSyncError(err)) throw err;
  } finally {
    await fh?.close();
  }
}

/** Creates a folder (and parents) and makes sure its entry in the parent folder is on disk. */
export function ensureDurableDir(dir: string): void {
  const created = mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!created) return;
  // mkdir -p may have created several levels: sync the parent of each new one.
  let d = dir;
  while (d.length >= created.length) {
    const parent = dirname(d);
    let fd: number | undefined;
    try {
      fd = openSync(parent, 'r');
      fsyncSync(fd);
    } catch (err) {
      if (!ignorableDirSyncError(err)) throw err;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (parent === d) break;
    d = parent;
  }
}

/** Replaces `file` with `data` atomically and durably: once this resolves, a crash cannot lose the new content. */
export async function writeFileDurably(file: string, data: string): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${basename(file)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  const fh = await open(tmp, 'wx', 0o600);
  try {
    try {
      await fh.writeFile(data, 'utf8');
      await fh.sync();
    } finally {
      await fh.close();
    }
    await rename(tmp, file);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
  await fsyncDir(dir);
}

/** Deletes files (missing ones are fine) and fsyncs their folder once. Returns how many were deleted. */
export async function unlinkDurably(dir: string, names: string[]): Promise<number> {
  let deleted = 0;
  for (const name of names) {
    try {
      await unlink(join(dir, name));
      deleted++;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  if (deleted) await fsyncDir(dir);
  return deleted;
}

/** A lowdb adapter for one JSON file, written with writeFileDurably. */
export class DurableJSONFile<T> implements Adapter<T> {
  constructor(private readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.file, JSON.stringify(data, null, 2) + '\n');
  }
}
