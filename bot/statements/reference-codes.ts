// Reference codes people can read aloud over the phone ("SUP-7K4M-2QXP"), and unguessable print tokens.
import { randomBytes, randomInt } from 'node:crypto';

/** Digits and capitals without the look-alikes 0/O, 1/I/L, and U (read as V). 30 symbols, 8 of them: ~6.6e11 codes. */
export const REF_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const REF_PREFIX = 'SUP';
export const REF_PATTERN = /^SUP-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;
/** 32 random bytes in base64url (43 characters). */
export const PRINT_TOKEN_BYTES = 32;
export const PRINT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43,}$/;

export function newRef(): string {
  let body = '';
  for (let i = 0; i < 8; i++) body += REF_ALPHABET[randomInt(REF_ALPHABET.length)];
  return `${REF_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

export function newPrintToken(): string {
  return randomBytes(PRINT_TOKEN_BYTES).toString('base64url');
}

/**
 * A reference as someone typed or said it ("sup 7k4m2qxp", "SUP–7K4M–2QXP") in its canonical form,
 * or undefined when it cannot be one of ours.
 */
export function normalizeRef(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  const m = /^SUP([2-9A-HJKMNP-TV-Z]{8})$/.exec(compact);
  return m ? `${REF_PREFIX}-${m[1].slice(0, 4)}-${m[1].slice(4)}` : undefined;
}
