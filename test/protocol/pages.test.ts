// The printable rules page of each council, in English and Welsh.
import { startBot, type RunningBot } from '../helpers/server-process.js';
import { loadKnowledgeBase } from '../../knowledge/load.js';

const kb = loadKnowledgeBase();
let bot: RunningBot;
beforeAll(async () => { bot = await startBot(); });
afterAll(async () => { await bot.stop(); });

test.each(['en', 'cy'] as const)('GET /rules/denbighshire?lang=%s lists its timescales and topics, escaped', async (lang) => {
  const r = await fetch(`${bot.base}/rules/denbighshire?lang=${lang}`);
  expect(r.status).toBe(200);
  const html = await r.text();
  expect(html).toContain(`<html lang="${lang}">`);
  const rule = kb.timescales.find((x) => x.id === 'first-core-group.wales')!;
  expect(html).toContain(rule.text[lang].replace(/'/g, '&#39;'));
  expect(html).not.toMatch(/<script/i);
});

test('an unknown council gets 404, not an error', async () => {
  expect((await fetch(`${bot.base}/rules/nowhere`)).status).toBe(404);
});
