import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { StatementStore, StatementValidationError, userKeyFor } from '../../../bot/statements/statement-store.js';
import { newPrintToken, newRef, normalizeRef, PRINT_TOKEN_PATTERN, REF_PATTERN } from '../../../bot/statements/reference-codes.js';
import { freshDir, sampleInput, settableClock } from './fixtures.js';

const clock = () => settableClock('2026-03-02T10:00:00.000Z').fn;
const newStore = (dir = freshDir()) => new StatementStore(dir, { now: clock() });

describe('StatementStore: saving and finding', () => {
  test('save returns the record with exactly the agreed fields, and get finds it', async () => {
    const store = newStore();
    const rec = await store.save(sampleInput());
    expect(Object.keys(rec).sort()).toEqual([
      'contractId', 'contractVersion', 'council', 'createdAt', 'lang', 'meetingDate', 'printToken',
      'printedName', 'ref', 'signature', 'signedOn', 'userKey',
    ]);
    expect(rec).toMatchObject({
      contractId: 'herefordshire-supporter-contract', contractVersion: '2024-01', lang: 'en',
      printedName: 'Jane Example', signature: 'Jane Example', signedOn: '2026-03-02', meetingDate: '2026-03-10',
      council: 'herefordshire', userKey: 'webchat/user-1', createdAt: '2026-03-02T10:00:00.000Z',
    });
    expect(await store.get(rec.ref)).toEqual(rec);
    expect(await store.get('SUP-2222-2222')).toBeUndefined();
    expect(await store.get('not a ref')).toBeUndefined();
  });

  test('optional fields are left out when not given', async () => {
    const store = newStore();
    const input = sampleInput();
    delete input.meetingDate;
    delete input.council;
    const rec = await store.save(input);
    expect('meetingDate' in rec).toBe(false);
    expect('council' in rec).toBe(false);
    expect(await store.get(rec.ref)).toEqual(rec);
  });

  test('get accepts the reference as people type or say it', async () => {
    const store = newStore();
    const rec = await store.save(sampleInput());
    const [, a, b] = rec.ref.split('-');
    expect((await store.get(`sup ${a.toLowerCase()} ${b}`))?.ref).toBe(rec.ref);
    expect((await store.get(`  SUP–${a}–${b} `))?.ref).toBe(rec.ref);
    expect(normalizeRef(`sup${a}${b}`)).toBe(rec.ref);
  });

  test('findByUser returns only that user’s statements, oldest first', async () => {
    const c = settableClock('2026-03-02T10:00:00.000Z');
    const store = new StatementStore(freshDir(), { now: c.fn });
    const first = await store.save(sampleInput());
    c.now = new Date('2026-03-02T11:00:00.000Z');
    const second = await store.save(sampleInput({ printedName: 'Jane Second' }));
    await store.save(sampleInput({ userKey: 'webchat/user-2' }));
    await store.save(sampleInput({ userKey: 'msteams/user-1' }));
    expect((await store.findByUser('webchat/user-1')).map((r) => r.ref)).toEqual([first.ref, second.ref]);
    expect(await store.findByUser('webchat/nobody')).toEqual([]);
    expect(userKeyFor('webchat', 'user-1')).toBe('webchat/user-1');
  });

  test('findByPrintToken finds the statement only with the exact token', async () => {
    const store = newStore();
    const rec = await store.save(sampleInput());
    const other = await store.save(sampleInput({ userKey: 'webchat/user-2' }));
    expect((await store.findByPrintToken(rec.printToken))?.ref).toBe(rec.ref);
    expect((await store.findByPrintToken(other.printToken))?.ref).toBe(other.ref);
    expect(await store.findByPrintToken(newPrintToken())).toBeUndefined();
    expect(await store.findByPrintToken(rec.printToken.slice(0, -1))).toBeUndefined();
    expect(await store.findByPrintToken('')).toBeUndefined();
    expect(await store.findByPrintToken('../../etc/passwd')).toBeUndefined();
  });

  test('withdraw deletes only for the owner', async () => {
    const store = newStore();
    const rec = await store.save(sampleInput());
    expect(await store.withdraw(rec.ref, 'webchat/user-2')).toBe(false);
    expect(await store.withdraw(rec.ref, 'msteams/user-1')).toBe(false);
    expect(await store.get(rec.ref)).toBeDefined();
    expect(await store.withdraw(rec.ref.toLowerCase(), 'webchat/user-1')).toBe(true);
    expect(await store.get(rec.ref)).toBeUndefined();
    expect(await store.findByPrintToken(rec.printToken)).toBeUndefined();
    expect(await store.withdraw(rec.ref, 'webchat/user-1')).toBe(false);
    expect(await store.withdraw('rubbish', 'webchat/user-1')).toBe(false);
  });

  test('deleteAllForUser deletes every statement of that user and no one else’s', async () => {
    const store = newStore();
    await store.save(sampleInput());
    await store.save(sampleInput({ printedName: 'Jane Two' }));
    const kept = await store.save(sampleInput({ userKey: 'webchat/user-2' }));
    expect(await store.deleteAllForUser('webchat/user-1')).toBe(2);
    expect(await store.findByUser('webchat/user-1')).toEqual([]);
    expect(await store.get(kept.ref)).toBeDefined();
    expect(await store.deleteAllForUser('webchat/user-1')).toBe(0);
    expect(await store.count()).toBe(1);
  });

  test('a new store on the same folder finds everything (restart)', async () => {
    const dir = freshDir();
    const a = await newStore(dir).save(sampleInput());
    const b = await newStore(dir).save(sampleInput({ lang: 'cy', userKey: 'webchat/user-2' }));
    const reopened = new StatementStore(dir);
    expect(await reopened.get(a.ref)).toEqual(a);
    expect(await reopened.findByPrintToken(b.printToken)).toEqual(b);
    expect((await reopened.list()).map((r) => r.ref).sort()).toEqual([a.ref, b.ref].sort());
  });

  test('list filters by council and by signing date (on or after since)', async () => {
    const store = new StatementStore(freshDir(), { now: () => new Date('2026-06-01T00:00:00Z') });
    const old = await store.save(sampleInput({ signedOn: '2025-12-31' }));
    const onDay = await store.save(sampleInput({ signedOn: '2026-01-01' }));
    const other = await store.save(sampleInput({ signedOn: '2026-02-01', council: 'barnsley' }));
    const none = await store.save(sampleInput({ signedOn: '2026-02-01', council: undefined }));
    const refs = (rs: { ref: string }[]) => rs.map((r) => r.ref).sort();
    expect(refs(await store.list())).toEqual(refs([old, onDay, other, none]));
    expect(refs(await store.list({ council: 'herefordshire' }))).toEqual(refs([old, onDay]));
    expect(refs(await store.list({ council: 'herefordshire', since: '2026-01-01' }))).toEqual([onDay.ref]);
    expect(refs(await store.list({ since: new Date('2026-01-15T12:00:00Z') }))).toEqual(refs([other, none]));
    await expect(store.list({ since: '2026-02-30' })).rejects.toThrow(StatementValidationError);
  });
});

describe('StatementStore: references and print tokens', () => {
  test('references are readable codes without ambiguous letters, tokens are 32 random bytes', async () => {
    const store = newStore();
    const recs = [];
    for (let i = 0; i < 60; i++) recs.push(await store.save(sampleInput({ userKey: `webchat/u${i}` })));
    for (const r of recs) {
      expect(r.ref).toMatch(REF_PATTERN);
      expect(r.ref.slice(4)).not.toMatch(/[01OILU]/);
      expect(r.printToken).toMatch(PRINT_TOKEN_PATTERN);
      expect(Buffer.from(r.printToken, 'base64url')).toHaveLength(32);
    }
    expect(new Set(recs.map((r) => r.ref)).size).toBe(recs.length);
    expect(new Set(recs.map((r) => r.printToken)).size).toBe(recs.length);
  });

  test('generated references: right shape, no 0 O 1 I L U, unique over many draws', () => {
    const refs = Array.from({ length: 20000 }, newRef);
    for (const r of refs.slice(0, 2000)) {
      expect(r).toMatch(/^SUP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      expect(r.slice(4)).not.toMatch(/[01OILU]/);
    }
    expect(new Set(refs).size).toBe(refs.length);
    const tokens = Array.from({ length: 2000 }, newPrintToken);
    expect(new Set(tokens).size).toBe(tokens.length);
    expect(tokens.every((t) => t.length === 43 && /^[A-Za-z0-9_-]+$/.test(t))).toBe(true);
  });
});

describe('StatementStore: validation', () => {
  const bad: [string, Record<string, unknown>, string][] = [
    ['one-letter name', { printedName: 'J' }, 'printedName'],
    ['long name', { printedName: 'J'.repeat(101) }, 'printedName'],
    ['blank name', { printedName: '   ' }, 'printedName'],
    ['name without letters', { printedName: '12345' }, 'printedName'],
    ['control character', { signature: 'Jane\u0007 Example' }, 'signature'],
    ['line break', { signature: 'Jane\nExample' }, 'signature'],
    ['bidi override', { printedName: 'Jane \u202EelpmaxE' }, 'printedName'],
    ['impossible date', { signedOn: '2026-02-30' }, 'signedOn'],
    ['wrong date format', { signedOn: '02/03/2026' }, 'signedOn'],
    ['future signing date', { signedOn: '2026-04-01' }, 'signedOn'],
    ['bad meeting date', { meetingDate: '2026-13-01' }, 'meetingDate'],
    ['unknown language', { lang: 'fr' }, 'lang'],
    ['bad council id', { council: 'Hereford shire' }, 'council'],
    ['bad contract id', { contractId: '../x' }, 'contractId'],
    ['user key without channel', { userKey: 'user-1' }, 'userKey'],
    ['missing signature', { signature: undefined }, 'signature'],
    ['extra personal data', { email: 'jane@example.org' }, '(input)'],
  ];

  test.each(bad)('%s is refused with a clear error naming the field', async (_label, change, field) => {
    const store = newStore();
    const input = { ...sampleInput(), ...change };
    const err = await store.save(input as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StatementValidationError);
    const v = err as StatementValidationError;
    expect(v.name).toBe('StatementValidationError');
    expect(v.issues.map((i) => i.field)).toContain(field);
    expect(v.message).toContain(field);
    expect(v.message).not.toContain('jane@example.org');
    expect(await store.count()).toBe(0);
  });

  test('names are tidied: trimmed, spaces collapsed, NFC; Welsh letters and apostrophes are fine', async () => {
    const store = newStore();
    const rec = await store.save(sampleInput({ printedName: '  Siân   O’Brien-Ŵyn ', signature: 'Sia\u0302n O’Brien-Ŵyn' }));
    expect(rec.printedName).toBe('Siân O’Brien-Ŵyn');
    expect(rec.signature).toBe('Siân O’Brien-Ŵyn');
  });
});

describe('StatementStore: files on disk', () => {
  test('one private file per statement, no temp files left, no channel id in the file name', async () => {
    const dir = freshDir();
    const store = newStore(dir);
    for (let i = 0; i < 5; i++) await store.save(sampleInput({ userKey: `webchat/secret-user-${i}` }));
    const names = readdirSync(dir);
    expect(names).toHaveLength(5);
    expect(names.every((n) => /^SUP-.{9}\.[0-9a-f]{32}\.[A-Za-z0-9_-]{43}\.json$/.test(n))).toBe(true);
    expect(names.join()).not.toContain('secret-user');
    const file = join(dir, names[0]);
    expect(JSON.parse(readFileSync(file, 'utf8')).ref).toBe(names[0].slice(0, 13));
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o077).toBe(0);
  });

  test('a save writes one small file, whatever the number of statements', async () => {
    const dir = freshDir();
    const store = newStore(dir);
    for (let i = 0; i < 40; i++) await store.save(sampleInput({ userKey: `webchat/u${i}` }));
    const before = new Map(readdirSync(dir).map((n) => [n, statSync(join(dir, n)).mtimeMs]));
    const rec = await store.save(sampleInput());
    const after = readdirSync(dir);
    expect(after).toHaveLength(41);
    for (const [n, m] of before) expect(statSync(join(dir, n)).mtimeMs).toBe(m);
    const added = after.filter((n) => !before.has(n));
    expect(added).toHaveLength(1);
    expect(added[0].startsWith(rec.ref)).toBe(true);
    expect(statSync(join(dir, added[0])).size).toBeLessThan(1000);
  });

  test('a file that is not a valid statement is skipped and reported, not returned', async () => {
    const dir = freshDir();
    const seen: string[] = [];
    const store = new StatementStore(dir, { now: clock(), onUnreadable: (f) => seen.push(f) });
    const rec = await store.save(sampleInput());
    const name = readdirSync(dir)[0];
    writeFileSync(join(dir, name.replace(rec.ref, 'SUP-2222-2222')), '{"ref": "SUP-2222-2222"}');
    expect((await store.list()).map((r) => r.ref)).toEqual([rec.ref]);
    expect(seen).toHaveLength(1);
  });

  test('concurrent saves all land, with distinct references', async () => {
    const store = newStore();
    const recs = await Promise.all(Array.from({ length: 30 }, (_, i) => store.save(sampleInput({ userKey: `webchat/c${i}` }))));
    expect(new Set(recs.map((r) => r.ref)).size).toBe(30);
    expect(await store.count()).toBe(30);
  });
});
