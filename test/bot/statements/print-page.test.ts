import { createHash } from 'node:crypto';
import {
  ContractMismatchError, escapeHtml, PRINT_PAGE_KEYS, printPageHeaders, renderStatementPage,
} from '../../../bot/statements/print-page.js';
import type { StatementRecord } from '../../../bot/statements/statement-store.js';
import { contract, readStatementLocale, translator } from './fixtures.js';

const record = (over: Partial<StatementRecord> = {}): StatementRecord => ({
  ref: 'SUP-7K4M-2QXP', printToken: 'T'.repeat(43), contractId: contract.id, contractVersion: contract.version,
  lang: 'en', printedName: 'Jane Example', signature: 'Jane Q Example', signedOn: '2026-03-02', meetingDate: '2026-03-10',
  council: 'herefordshire', userKey: 'webchat/secret-user', createdAt: '2026-03-02T10:00:00.000Z', ...over,
});

const page = (over: Partial<StatementRecord> = {}, councilName?: string) => {
  const r = record(over);
  return renderStatementPage(r, contract, translator(r.lang), { councilName });
};

describe('print page', () => {
  test('shows the contract, every point, the statement, names, date, reference, council and version', () => {
    const html = page({}, 'Herefordshire Council');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Supporter contract of expectations</h1>');
    for (const s of contract.sections) {
      expect(html).toContain(escapeHtml(s.title.en));
      for (const p of s.points.en) expect(html).toContain(escapeHtml(p));
    }
    // The statement paragraphs come after every other section, as paragraphs, then the signature block.
    const statementAt = html.indexOf('I agree to keep what I hear confidential.');
    expect(statementAt).toBeGreaterThan(html.indexOf('Complain in writing.'));
    expect(html).toContain('<p>I agree to keep what I hear confidential.</p>');
    expect(html.indexOf('Signed')).toBeGreaterThan(statementAt);
    expect(html).toContain('<dt>Signed</dt><dd>Jane Q Example</dd>');
    expect(html).toContain('<dt>Print name</dt><dd>Jane Example</dd>');
    expect(html).toContain('<dt>Date</dt><dd>2 March 2026</dd>');
    expect(html).toContain('<dt>Date of the meeting</dt><dd>10 March 2026</dd>');
    expect(html).toContain('<dt>Reference</dt><dd>SUP-7K4M-2QXP</dd>');
    expect(html).toContain('<dt>Council</dt><dd>Herefordshire Council</dd>');
    expect(html).toContain('<dt>Contract version</dt><dd>2024-01</dd>');
    expect(html).toContain('<title>Supporter statement SUP-7K4M-2QXP</title>');
    expect(html).not.toContain('secret-user');
    expect(html).not.toContain('T'.repeat(43));
  });

  test('escapes HTML in names, contract text and labels', () => {
    const html = page({ printedName: '<script>alert("x")</script>', signature: `Jane O'Brien & <img src=x onerror=alert(1)>` });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('Jane O&#39;Brien &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('Sit with the parent &lt;b&gt;quietly&lt;/b&gt;.');
    expect(html).not.toContain('<b>');
  });

  test('is wholly in Welsh when the statement is in Welsh', () => {
    const html = page({ lang: 'cy' }, 'Cyngor Swydd Henffordd');
    expect(html).toContain('<html lang="cy">');
    expect(html).toContain('<h1>Contract disgwyliadau cefnogwr</h1>');
    expect(html).toContain('<dt>Llofnodwyd</dt><dd>Jane Q Example</dd>');
    expect(html).toContain('<dt>Enw mewn priflythrennau</dt><dd>Jane Example</dd>');
    expect(html).toContain('<dt>Dyddiad</dt><dd>2 Mawrth 2026</dd>');
    expect(html).toContain('<dt>Cyfeirnod</dt><dd>SUP-7K4M-2QXP</dd>');
    expect(html).toContain('Cyngor Swydd Henffordd');
    for (const s of contract.sections) for (const p of s.points.cy) expect(html).toContain(escapeHtml(p));
    for (const english of ['Print name', 'Signed', 'Reference', 'Your role', 'I agree to keep', 'March']) {
      expect(html).not.toContain(english);
    }
  });

  test('uses only the i18n function for fixed words, and every key exists in both languages', () => {
    const asked: string[] = [];
    const t = (key: string) => { asked.push(key); return `[${key}]`; };
    const html = renderStatementPage(record({ contractVersion: 'old' }), contract, t);
    expect(asked.every((k) => (PRINT_PAGE_KEYS as readonly string[]).includes(k))).toBe(true);
    expect(new Set(asked)).toEqual(new Set(PRINT_PAGE_KEYS));
    expect(html).toContain('[statement.print.signed]');
    for (const lang of ['en', 'cy'] as const) {
      const t2 = translator(lang);
      for (const key of PRINT_PAGE_KEYS) expect(t2(key).length).toBeGreaterThan(0);
    }
    // Same placeholders in both languages.
    const en = JSON.stringify(readStatementLocale('en'));
    const cy = JSON.stringify(readStatementLocale('cy'));
    const vars = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
    expect(vars(cy)).toEqual(vars(en));
  });

  test('loads nothing from elsewhere, has a print stylesheet, and the CSP allows exactly its style', () => {
    const html = page();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(|@import|https?:/i);
    expect(html).toContain('@media print');
    expect(html).toContain('@page');
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = createHash('sha256').update(style).digest('base64');
    const headers = printPageHeaders();
    expect(headers['Content-Security-Policy']).toContain(`style-src 'sha256-${hash}'`);
    expect(headers['Content-Security-Policy']).toContain("default-src 'none'");
    expect(headers['Cache-Control']).toBe('no-store');
  });

  test('says so when the contract text is a different version from the one signed', () => {
    expect(page({ contractVersion: '2023-05' })).toContain('This statement was signed against version 2023-05 of the contract. The text shown here is version 2024-01.');
    expect(page()).not.toContain('signed against version');
  });

  test('refuses to print a statement against another contract', () => {
    expect(() => page({ contractId: 'barnsley-contract' })).toThrow(ContractMismatchError);
  });

  test('without a council name, shows the council id; without a meeting date, no meeting line', () => {
    const html = page({ meetingDate: undefined });
    expect(html).toContain('<dt>Council</dt><dd>herefordshire</dd>');
    expect(html).not.toContain('Date of the meeting');
  });
});
