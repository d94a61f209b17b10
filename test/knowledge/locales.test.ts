// English and Welsh interface strings: the same keys, nothing empty, and every key the code uses exists.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readLocale, type Strings } from '../../knowledge/i18n.js';
import { ROOT } from '../../knowledge/paths.js';

function keys(obj: Strings, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'object' && !Array.isArray(v) ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}
function lookup(obj: Strings, key: string): unknown {
  return key.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), obj);
}
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const en = readLocale('en');
const cy = readLocale('cy');

describe('locales', () => {
  test('English and Welsh have exactly the same keys', () => {
    expect(keys(cy).sort()).toEqual(keys(en).sort());
  });

  test('no string is empty, and lists have the same length in both languages', () => {
    for (const k of keys(en)) {
      const a = lookup(en, k);
      const b = lookup(cy, k);
      if (Array.isArray(a)) expect((b as unknown[]).length).toBe(a.length);
      else {
        expect(String(a).trim()).not.toBe('');
        expect(String(b).trim()).not.toBe('');
      }
    }
  });

  test('placeholders match between the languages', () => {
    const vars = (s: unknown) => (String(s).match(/{{\s*\w+\s*}}/g) ?? []).map((v) => v.replace(/\s/g, '')).sort();
    for (const k of keys(en)) if (!Array.isArray(lookup(en, k))) expect([k, vars(lookup(cy, k))]).toEqual([k, vars(lookup(en, k))]);
  });

  test('every key the code asks for exists in both languages', () => {
    const used = new Set<string>();
    for (const file of ['bot', 'dialogs', 'knowledge', 'understanding'].flatMap((d) => sources(join(ROOT, d)))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt(?:List)?\(\s*[\w.[\]'"]+\s*,\s*'([a-zA-Z][\w.-]*)'/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(30);
    const missing = [...used].filter((k) => lookup(en, k) === undefined || lookup(cy, k) === undefined);
    expect(missing).toEqual([]);
  });
});

describe('architecture', () => {
  test('the code that understands questions and picks answers does not import botbuilder', () => {
    const offenders = ['knowledge', 'understanding'].flatMap((d) => sources(join(ROOT, d)))
      .filter((f) => /from '(botbuilder|botbuilder-[\w-]+)'/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
