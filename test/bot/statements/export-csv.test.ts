import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvCell, statementsToCsv, CSV_COLUMNS } from '../../../bot/statements/export-csv.js';
import { StatementStore, type StatementRecord } from '../../../bot/statements/statement-store.js';
import { sampleInput } from './fixtures.js';

const CLI = fileURLToPath(new URL('../../../bot/statements-cli.js', import.meta.url));

/** A small RFC 4180 parser, to read back what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const record = (over: Partial<StatementRecord> = {}): StatementRecord => ({
  ref: 'SUP-7K4M-2QXP', printToken: 'x'.repeat(43), contractId: 'c', contractVersion: '2024-01', lang: 'en',
  printedName: 'Jane Example', signature: 'Jane Example', signedOn: '2026-03-02', meetingDate: '2026-03-10',
  council: 'herefordshire', userKey: 'webchat/u1', createdAt: '2026-03-02T10:00:00.000Z', ...over,
});

describe('CSV cells', () => {
  test('RFC 4180 quoting', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Smith, Jane')).toBe('"Smith, Jane"');
    expect(csvCell('Jane "JJ" Example')).toBe('"Jane ""JJ"" Example"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell('')).toBe('');
    expect(csvCell('O’Brien Siân')).toBe('O’Brien Siân');
  });

  test('formula injection guard: = + - @ (and tab, CR) get a leading apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+44 1432')).toBe("'+44 1432");
    expect(csvCell('-Jane')).toBe("'-Jane");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tJane')).toBe("'\tJane");
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('Jane=Example')).toBe('Jane=Example');
    expect(csvCell('2026-03-02')).toBe('2026-03-02');
  });

  test('statementsToCsv: header, CRLF rows, only the agreed columns, never the user key or token', () => {
    const csv = statementsToCsv([record(), record({ ref: 'SUP-2222-3333', meetingDate: undefined, printedName: 'Smith, Jo' })]);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows[0]).toEqual(['ref', 'council', 'signedOn', 'meetingDate', 'printedName', 'signature', 'contractVersion', 'lang', 'createdAt']);
    expect(rows[1]).toEqual(['SUP-7K4M-2QXP', 'herefordshire', '2026-03-02', '2026-03-10', 'Jane Example', 'Jane Example', '2024-01', 'en', '2026-03-02T10:00:00.000Z']);
    expect(rows[2][3]).toBe('');
    expect(rows[2][4]).toBe('Smith, Jo');
    expect(csv).not.toContain('webchat/u1');
    expect(csv).not.toContain('x'.repeat(43));
    expect(statementsToCsv([], { bom: true })).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('npm run statements (CLI)', () => {
  let dataDir: string;
  let wanted: StatementRecord[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'statements-cli-'));
    const store = new StatementStore(join(dataDir, 'statements'), { now: () => new Date('2026-06-01T09:00:00Z') });
    wanted = [
      await store.save(sampleInput({ signedOn: '2026-01-01', printedName: 'Smith, Jo', signature: '=HYPERLINK("http://x","y")' })),
      await store.save(sampleInput({ signedOn: '2026-05-20', lang: 'cy', printedName: 'Siân "Sian" Jones', signature: '@Siân Jones', meetingDate: undefined })),
    ];
    await store.save(sampleInput({ signedOn: '2025-12-31', printedName: 'Too Early' }));
    await store.save(sampleInput({ signedOn: '2026-02-01', council: 'barnsley', printedName: 'Other Council' }));
  });

  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 15000 });

  test('prints the council’s statements since the date as CSV, from DATA_DIR', () => {
    const r = run(['--council', 'herefordshire', '--since', '2026-01-01'], { DATA_DIR: dataDir });
    expect(r.stderr).toContain('2 statement(s)');
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(wanted.map((w) => w.ref));
    expect(rows[1][4]).toBe('Smith, Jo');
    expect(rows[1][5]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[2]).toEqual([wanted[1].ref, 'herefordshire', '2026-05-20', '', 'Siân "Sian" Jones', "'@Siân Jones", '2024-01', 'cy', '2026-06-01T09:00:00.000Z']);
    expect(r.stdout).not.toContain('Too Early');
    expect(r.stdout).not.toContain('Other Council');
    expect(r.stdout).not.toContain('webchat/');
  });

  test('--data-dir overrides DATA_DIR, and --since filters', () => {
    const r = run(['--council', 'herefordshire', '--since', '2026-02-01', '--data-dir', dataDir], { DATA_DIR: '/nonexistent' });
    expect(r.status).toBe(0);
    expect(parseCsv(r.stdout).slice(1).map((row) => row[0])).toEqual([wanted[1].ref]);
  });

  test('another council gets only its own', () => {
    const r = run(['--council', 'barnsley', '--since', '2026-01-01', '--data-dir', dataDir]);
    expect(r.status).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows).toHaveLength(2);
    expect(rows[1][4]).toBe('Other Council');
  });

  test.each([
    [[], 'Missing --council'],
    [['--council', 'herefordshire'], 'Missing --since'],
    [['--council', 'herefordshire', '--since', '2026-02-30'], '--since must be a real date'],
    [['--council', 'Hereford Shire', '--since', '2026-01-01'], '--council must be a council id'],
    [['--council', 'herefordshire', '--since', '2026-01-01', '--colour'], 'Unknown option'],
    [['--council', 'herefordshire', '--since', '2026-01-01', 'extra'], 'positional'],
    [['--council'], 'argument missing'],
  ])('bad arguments %j: usage message, exit 2', (args, message) => {
    const r = run(args as string[], { DATA_DIR: dataDir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain('Usage: npm run statements');
    expect(r.stdout).toBe('');
  });

  test('a data folder without statements is an error, not an empty export', () => {
    const r = run(['--council', 'herefordshire', '--since', '2026-01-01', '--data-dir', join(dataDir, 'nope')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('No statements folder');
    expect(r.stdout).toBe('');
  });
});
