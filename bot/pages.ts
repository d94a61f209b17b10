// Pages served beside the bot: a supporter statement for the chair to print (only through its unguessable
// link), and a printable page of each council's rules (GET /rules/denbighshire?lang=cy).
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/load.js';
import { t } from '../knowledge/i18n.js';
import type { Lang } from '../knowledge/schema.js';
import { Answers } from '../knowledge/answers.js';
import type { StatementStore } from './statements/statement-store.js';
import { escapeHtml, printPageHeaders, renderStatementPage } from './statements/print-page.js';
import { PRINT_TOKEN_PATTERN } from './statements/reference-codes.js';

interface PageDeps { kb: KnowledgeBase; statements: StatementStore; log: Logger }

function send(res: Response, status: number, html: string, headers: Record<string, string>) {
  res.writeHead(status, headers);
  res.end(html);
}

const PLAIN_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

export function rulesPage(kb: KnowledgeBase, councilId: string, lang: Lang): string | undefined {
  const council = kb.councils.find((c) => c.id === councilId);
  if (!council) return undefined;
  const answers = new Answers(kb);
  const e = escapeHtml;
  const topics = kb.topics.filter((tp) => tp.appliesTo === `council:${council.id}` || tp.appliesTo === `nation:${council.nation}` || tp.appliesTo === 'all');
  const rules = kb.timescales.filter((r) => r.appliesTo === `council:${council.id}` || r.appliesTo === `nation:${council.nation}` || r.appliesTo === 'all');
  const items = topics.map((tp) => `<section><h2>${e(tp.questions[lang][0])}</h2><p>${e(tp.answer[lang])}</p><p class="src">${e(tp.sources.map((s) => `${answers.sourceLine(s.leaflet, lang)} (${s.section})`).join(' '))}</p></section>`);
  const timescales = rules.map((r) => `<li>${e(r.text[lang])} <span class="src">${e(answers.sourceLine(r.sources[0].leaflet, lang))}</span></li>`);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t(lang, 'rulesPage.title', { council: council.name[lang] }))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem;line-height:1.5}h2{font-size:1.1rem;margin-bottom:.2rem}.src{color:#555;font-size:.9rem}@media print{body{margin:0}}</style></head>
<body><h1>${e(t(lang, 'rulesPage.title', { council: council.name[lang] }))}</h1><p>${e(t(lang, 'rulesPage.intro'))}</p>
${timescales.length ? `<h2>${e(t(lang, 'rulesPage.timescales'))}</h2><ul>${timescales.join('')}</ul>` : ''}
${items.join('\n')}</body></html>`;
}

export function registerPages(server: Server, deps: PageDeps): void {
  server.get('/statements/:token', async (req: Request, res: Response) => {
    const token = String(req.params.token ?? '');
    const record = PRINT_TOKEN_PATTERN.test(token) ? await deps.statements.findByPrintToken(token) : undefined;
    if (!record) {
      send(res, 404, `<!doctype html><meta charset="utf-8"><p>${escapeHtml(t('en', 'pages.notFound'))}</p><p lang="cy">${escapeHtml(t('cy', 'pages.notFound'))}</p>`, PLAIN_HEADERS);
      return;
    }
    const council = deps.kb.councils.find((c) => c.id === record.council);
    const html = renderStatementPage(record, deps.kb.contract, (key, vars) => t(record.lang, key, vars as never), { councilName: council?.name[record.lang] });
    send(res, 200, html, printPageHeaders());
  });

  server.get('/rules/:council', async (req: Request, res: Response) => {
    const lang: Lang = (req.query as { lang?: string } | undefined)?.lang === 'cy' ? 'cy' : 'en';
    const html = rulesPage(deps.kb, String(req.params.council ?? ''), lang);
    if (!html) {
      send(res, 404, `<!doctype html><meta charset="utf-8"><p>${escapeHtml(t(lang, 'pages.noCouncil'))}</p>`, PLAIN_HEADERS);
      return;
    }
    send(res, 200, html, PLAIN_HEADERS);
  });
}
