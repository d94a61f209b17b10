// A print-ready HTML page of a signed supporter statement, for the chair of the meeting: the contract
// (every section's points, the statement paragraphs last), then the signature block, reference, council
// and contract version, all in the statement's language. Every fixed word comes from the `t` passed in
// (keys under statement.print.*); the page loads nothing from elsewhere and runs no script.
import { createHash } from 'node:crypto';
import type { Contract } from '../../knowledge/schema.js';
import type { StatementRecord } from './statement-record.js';

/** An i18n lookup already set to the statement's language, e.g. (key, vars) => t(record.lang, key, vars). */
export type Translate = (key: string, vars?: object) => string;

/** What the page shows of a record: never the user's channel id or the print token. */
export type PrintableStatement = Omit<StatementRecord, 'userKey' | 'printToken'>;

export interface PrintPageOptions {
  /** The council's name in the statement's language; the council id is shown when absent. */
  councilName?: string;
}

/** The locale keys this page uses (all under statement.print). */
export const PRINT_PAGE_KEYS = [
  'statement.print.pageTitle',
  'statement.print.forChair',
  'statement.print.details',
  'statement.print.reference',
  'statement.print.council',
  'statement.print.contractVersion',
  'statement.print.signed',
  'statement.print.printName',
  'statement.print.date',
  'statement.print.meetingDate',
  'statement.print.signedElectronically',
  'statement.print.recordedOn',
  'statement.print.versionMismatch',
  'statement.print.printHint',
] as const;

export class ContractMismatchError extends Error {
  constructor(signedId: string, givenId: string) {
    super(`The statement was signed for contract "${signedId}" but contract "${givenId}" was given to print it`);
    this.name = 'ContractMismatchError';
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: Arial, "Helvetica Neue", Helvetica, sans-serif; font-size: 12pt; line-height: 1.45; color: #111; background: #fff; max-width: 46em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.6em; margin: 0 0 .2em; }
h2 { font-size: 1.2em; margin: 1.4em 0 .4em; border-bottom: 1px solid #999; padding-bottom: .15em; }
.for-chair { margin: 0 0 1em; color: #333; }
.hint { background: #eef4fb; border: 1px solid #9bbbe0; padding: .6em .8em; }
.warning { border: 2px solid #b00; padding: .6em .8em; }
dl.details, dl.signature { display: grid; grid-template-columns: max-content 1fr; gap: .35em 1em; margin: .6em 0; }
dl dt { font-weight: bold; }
dl dd { margin: 0; }
dl.signature dd { border-bottom: 1px solid #333; min-height: 1.6em; font-size: 1.1em; }
.signature-block { margin-top: 1.6em; border: 1px solid #333; padding: .8em 1em; }
.note { font-size: .9em; color: #333; }
footer { margin-top: 2em; font-size: .85em; color: #333; border-top: 1px solid #999; padding-top: .4em; }
@page { size: A4; margin: 18mm 16mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  .screen-only { display: none !important; }
  h2, dt { break-after: avoid; page-break-after: avoid; }
  li, p { orphans: 3; widows: 3; }
  .signature-block { break-inside: avoid; page-break-inside: avoid; }
}
`;

/** Headers to send with the page: nothing external may load, and it is neither cached nor indexed. */
export function printPageHeaders(): Record<string, string> {
  const styleHash = createHash('sha256').update(STYLE).digest('base64');
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': `default-src 'none'; style-src 'sha256-${styleHash}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Robots-Tag': 'noindex, nofollow',
  };
}

function formatDay(day: string, lang: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function formatInstant(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'cy' ? 'cy-GB' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).format(date);
}

/** The whole page as a string of HTML. */
export function renderStatementPage(
  statement: PrintableStatement,
  contract: Contract,
  t: Translate,
  options: PrintPageOptions = {},
): string {
  if (contract.id !== statement.contractId) throw new ContractMismatchError(statement.contractId, contract.id);
  const lang = statement.lang;
  const e = escapeHtml;
  const tr = (key: string, vars?: object) => e(t(`statement.print.${key}`, vars));
  const council = options.councilName ?? statement.council;

  const detail = (key: string, value: string) => `<dt>${tr(key)}</dt><dd>${e(value)}</dd>`;
  const details = [
    detail('reference', statement.ref),
    council ? detail('council', council) : '',
    detail('contractVersion', statement.contractVersion),
  ].join('');

  const sectionHtml = (s: Contract['sections'][number], asParagraphs: boolean) => {
    const intro = s.intro ? `<p>${e(s.intro[lang])}</p>` : '';
    const points = asParagraphs
      ? s.points[lang].map((p) => `<p>${e(p)}</p>`).join('\n')
      : `<ul>\n${s.points[lang].map((p) => `<li>${e(p)}</li>`).join('\n')}\n</ul>`;
    return `<section id="${e(s.id)}" class="${asParagraphs ? 'statement' : 'contract-section'}">\n<h2>${e(s.title[lang])}</h2>\n${intro}\n${points}\n</section>`;
  };
  const sections = [
    ...contract.sections.filter((s) => s.id !== 'statement').map((s) => sectionHtml(s, false)),
    ...contract.sections.filter((s) => s.id === 'statement').map((s) => sectionHtml(s, true)),
  ].join('\n');

  const mismatch = contract.version !== statement.contractVersion
    ? `<p class="warning">${tr('versionMismatch', { signed: statement.contractVersion, shown: contract.version })}</p>`
    : '';

  const signature = [
    detail('signed', statement.signature),
    detail('printName', statement.printedName),
    detail('date', formatDay(statement.signedOn, lang)),
    statement.meetingDate ? detail('meetingDate', formatDay(statement.meetingDate, lang)) : '',
  ].join('');

  const footer = [
    `${tr('reference')}: ${e(statement.ref)}`,
    council ? `${tr('council')}: ${e(council)}` : '',
    `${tr('contractVersion')}: ${e(statement.contractVersion)}`,
    tr('recordedOn', { date: formatInstant(statement.createdAt, lang) }),
  ].filter(Boolean).join(' · ');

  return `<!doctype html>
<html lang="${lang === 'cy' ? 'cy' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${tr('pageTitle', { ref: statement.ref })}</title>
<style>${STYLE}</style>
</head>
<body>
<p class="hint screen-only">${tr('printHint')}</p>
<header>
<h1>${e(contract.title[lang])}</h1>
<p class="for-chair">${tr('forChair')}</p>
<dl class="details" aria-label="${tr('details')}">${details}</dl>
${mismatch}
</header>
<main>
${sections}
<section class="signature-block">
<dl class="signature">${signature}</dl>
<p class="note">${tr('signedElectronically')}</p>
</section>
</main>
<footer>${footer}</footer>
</body>
</html>
`;
}
