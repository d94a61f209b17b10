// Finds phone numbers, email addresses, postcodes and web addresses in text, so checks can prove
// that every one the bot can say is in the council directory.
import type { KnowledgeBase } from './load.js';

const PHONE = /\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const POSTCODE = /\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}\b/g;
const WEB = /\b(?:https?:\/\/)?www\.[\w.-]+(?:\/[\w./-]*)?/gi;

export type ContactKind = 'phone' | 'email' | 'postcode' | 'web';
export interface FoundContact { kind: ContactKind; value: string; key: string }

const keyOf = (kind: ContactKind, value: string): string =>
  kind === 'phone' ? value.replace(/\D/g, '')
    : kind === 'postcode' ? value.replace(/\s/g, '').toUpperCase()
      : value.toLowerCase().replace(/^https?:\/\//, '').replace(/[./]+$/, '');

export function findContacts(text: string): FoundContact[] {
  const out: FoundContact[] = [];
  const scan = (kind: ContactKind, re: RegExp) => {
    for (const m of text.matchAll(re)) out.push({ kind, value: m[0], key: keyOf(kind, m[0]) });
  };
  scan('phone', PHONE);
  scan('email', EMAIL);
  scan('postcode', POSTCODE);
  scan('web', WEB);
  return out;
}

/** Every contact key that the directory holds (councils and advice lines). */
export function knownContactKeys(kb: KnowledgeBase): Set<string> {
  const keys = new Set<string>();
  const all = [...kb.councils.flatMap((c) => c.contacts), ...kb.adviceLines.flatMap((a) => a.contacts)];
  for (const c of all) for (const f of findContacts(c.value)) keys.add(f.key);
  return keys;
}

/** Contacts in `text` that are not in the directory: each one would be an invented contact. */
export function unknownContacts(text: string, known: Set<string>): FoundContact[] {
  return findContacts(text).filter((f) => !known.has(f.key));
}
