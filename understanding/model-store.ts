// Trained classifier weights kept on disk, so that the bot and each test suite load in a moment what training
// takes seconds to make. `npm run build` trains once and writes them (understanding/train-cli.ts); whoever
// builds an Understander afterwards restores them when, and only when, everything training depends on is the
// same: the examples (every feature, label and weight), the labels, the options and the classifier's own code.
// Anything else (a content edit without a build, a test's own knowledge base) is simply trained again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Example, TrainedWeights, TrainOptions } from './classifier.js';

export interface ModelStore {
  get(key: string): TrainedWeights | undefined;
  put(key: string, weights: TrainedWeights): void;
}

/** The classifier's compiled code: a change to how it trains changes every key. */
const CLASSIFIER_CODE = readFileSync(fileURLToPath(new URL('./classifier.js', import.meta.url)));

/** A digest of everything training depends on. */
export function trainingKey(labels: string[], examples: Example[], opts: TrainOptions): string {
  const h = createHash('sha256');
  h.update(CLASSIFIER_CODE);
  h.update(JSON.stringify(opts));
  h.update(JSON.stringify(labels));
  for (const e of examples) {
    let line = `${e.label}|${e.weight}|`;
    for (const [k, v] of e.features) line += `${k}=${v};`;
    h.update(line + '\n');
  }
  return h.digest('hex').slice(0, 32);
}

/** Where `npm run build` keeps the weights: inside dist, so a clean build starts again. */
export const MODEL_DIR = fileURLToPath(new URL('../model', import.meta.url));

/**
 * One file per key: a 4-byte header length, a JSON header (labels and features), then the weights and the bias as
 * 32-bit floats in the machine's byte order, exactly as trained. Written to a temporary name and renamed, so a reader never sees
 * half a file. A file that cannot be read or does not fit is ignored (the classifier is trained instead).
 */
export class FileModelStore implements ModelStore {
  constructor(private readonly dir: string = MODEL_DIR, private readonly writable = false) {}

  private file(key: string): string {
    return join(this.dir, `classifier-${key}.bin`);
  }

  get(key: string): TrainedWeights | undefined {
    const file = this.file(key);
    if (!existsSync(file)) return undefined;
    try {
      const buf = readFileSync(file);
      const headerLength = buf.readUInt32LE(0);
      const header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as { key: string; labels: string[]; features: string[] };
      if (header.key !== key) return undefined;
      const start = 4 + headerLength;
      const floats = new Float32Array(new Uint8Array(buf.subarray(start)).buffer);
      const size = header.features.length * header.labels.length;
      if (floats.length !== size + header.labels.length) return undefined;
      return { labels: header.labels, features: header.features, weights: floats.slice(0, size), bias: floats.slice(size) };
    } catch {
      return undefined;
    }
  }

  put(key: string, w: TrainedWeights): void {
    if (!this.writable) return;
    const header = Buffer.from(JSON.stringify({ key, labels: w.labels, features: w.features }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.length, 0);
    const floats = new Float32Array(w.weights.length + w.bias.length);
    floats.set(w.weights, 0);
    floats.set(w.bias, w.weights.length);
    mkdirSync(this.dir, { recursive: true });
    const file = this.file(key);
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([length, header, Buffer.from(floats.buffer)]));
    renameSync(temporary, file);
  }
}
