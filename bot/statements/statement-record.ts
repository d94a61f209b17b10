// What a signed supporter statement is, and the checks on what the bot passes in. A record holds the
// person's printed name, their typed signature and their channel id, and nothing else about them.
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import { PRINT_TOKEN_PATTERN, REF_PATTERN } from './reference-codes.js';

export interface StatementRecord {
  /** Read-aloud reference, e.g. "SUP-7K4M-2QXP". */
  ref: string;
  /** Unguessable token for the printable link (base64url of 32 random bytes). */
  printToken: string;
  contractId: string;
  contractVersion: string;
  lang: 'en' | 'cy';
  printedName: string;
  /** The full name the supporter typed as their signature. */
  signature: string;
  /** YYYY-MM-DD */
  signedOn: string;
  /** YYYY-MM-DD, when known. */
  meetingDate?: string;
  /** Council id, e.g. "herefordshire". */
  council?: string;
  /** channelId + '/' + from.id (see userKeyFor). */
  userKey: string;
  /** ISO 8601 time the record was saved. */
  createdAt: string;
}

/** The user's key as stored: the channel id and the channel's id for the user, nothing more. */
export function userKeyFor(channelId: string, fromId: string): string {
  return `${channelId}/${fromId}`;
}

/** Thrown when a statement (or a filter) is not acceptable; `issues` name the fields, never their values. */
export class StatementValidationError extends Error {
  constructor(readonly issues: { field: string; message: string }[]) {
    super(`Statement input is not valid: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'StatementValidationError';
  }
}

// Control characters, line/paragraph separators and bidirectional overrides (used to disguise text).
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const SLUG = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

/** True for a real calendar date written YYYY-MM-DD (2000-2099). */
export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 2000 || y > 2099) return false;
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const isoDate = z.string().refine(isRealDate, 'must be a real date written YYYY-MM-DD');

const personName = z
  .string()
  .refine((s) => !FORBIDDEN.test(s), 'must not contain control characters')
  .transform((s) => s.normalize('NFC').trim().replace(/\s+/gu, ' '))
  .refine((s) => [...s].length >= 2 && [...s].length <= 100, 'must be 2 to 100 characters')
  .refine((s) => /\p{L}/u.test(s), 'must contain letters');

const plain = (max: number) => z
  .string()
  .refine((s) => !FORBIDDEN.test(s), 'must not contain control characters')
  .transform((s) => s.trim())
  .refine((s) => s.length >= 1 && s.length <= max, `must be 1 to ${max} characters`);

export const statementInput = z.object({
  contractId: z.string().regex(SLUG, 'must be a content id (lower case, digits, "-" and ".")'),
  contractVersion: plain(50),
  lang: z.enum(LANGS, 'must be "en" or "cy"'),
  printedName: personName,
  signature: personName,
  signedOn: isoDate,
  meetingDate: isoDate.optional(),
  council: z.string().regex(SLUG, 'must be a council id (lower case, digits, "-" and ".")').optional(),
  userKey: plain(512).refine((s) => s.includes('/'), 'must be channelId + "/" + user id'),
}).strict();

export type StatementInput = z.input<typeof statementInput>;
export type ValidStatementInput = z.output<typeof statementInput>;

/** Checks and tidies (trims, NFC) the input, or throws StatementValidationError. */
export function validateStatementInput(input: unknown): ValidStatementInput {
  const result = statementInput.safeParse(input);
  if (!result.success) {
    throw new StatementValidationError(result.error.issues.map((i) => ({
      field: i.path.length ? i.path.join('.') : '(input)',
      message: i.code === 'unrecognized_keys' ? `unexpected field(s) ${i.keys.join(', ')}` : i.message,
    })));
  }
  return result.data;
}

/** The shape of a stored file, checked when read back. */
export const statementRecord = z.object({
  ref: z.string().regex(REF_PATTERN),
  printToken: z.string().regex(PRINT_TOKEN_PATTERN),
  contractId: z.string().regex(SLUG),
  contractVersion: z.string().min(1),
  lang: z.enum(LANGS),
  printedName: z.string().min(1),
  signature: z.string().min(1),
  signedOn: z.string().refine(isRealDate),
  meetingDate: z.string().refine(isRealDate).optional(),
  council: z.string().regex(SLUG).optional(),
  userKey: z.string().min(1),
  createdAt: z.iso.datetime(),
}).strict();
