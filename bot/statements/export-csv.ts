// Statements as CSV for a council (RFC 4180: CRLF line ends, fields with commas, quotes or line breaks are
// quoted, quotes doubled). Cells that a spreadsheet would run as a formula get a leading apostrophe.
import type { StatementRecord } from './statement-record.js';

export const CSV_COLUMNS = [
  'ref', 'council', 'signedOn', 'meetingDate', 'printedName', 'signature', 'contractVersion', 'lang', 'createdAt',
] as const satisfies readonly (keyof StatementRecord)[];

/** A spreadsheet treats a cell starting with one of these as a formula (tab and CR too, per OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: formula-guarded, then quoted when needed. */
export function csvCell(value: string | undefined | null): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | undefined | null)[]): string {
  return values.map(csvCell).join(',') + '\r\n';
}

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark, so Excel shows Welsh letters (ŵ, ŷ) correctly. */
  bom?: boolean;
}

/** A header row and one row per statement. */
export function statementsToCsv(records: readonly StatementRecord[], options: CsvOptions = {}): string {
  const rows = [csvRow([...CSV_COLUMNS]), ...records.map((r) => csvRow(CSV_COLUMNS.map((c) => r[c])))];
  return (options.bom ? '\uFEFF' : '') + rows.join('');
}
