// The real server, spoken to through the Bot Framework protocol as the Emulator or a channel would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestChannel, replyText } from '../helpers/channel.js';
import { startBot, type RunningBot } from '../helpers/server-process.js';
import { LOCALES_DIR } from '../../knowledge/paths.js';

const en = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', 'translation.json'), 'utf8'));
const cy = JSON.parse(readFileSync(join(LOCALES_DIR, 'cy', 'translation.json'), 'utf8'));

describe('the server, without MicrosoftAppId (a developer machine)', () => {
  let bot: RunningBot;
  const channel = new TestChannel();
  beforeAll(async () => {
    await channel.start();
    bot = await startBot();
  });
  afterAll(async () => {
    channel.stop();
    await bot.stop();
  });

  test('GET /healthz answers 200', async () => {
    const r = await fetch(`${bot.base}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({ status: 'ok' });
  });

  test('welcomes on conversationUpdate, once', async () => {
    const conv = 'conv-welcome';
    const open = channel.activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }, { id: 'bot' }] });
    const r = await channel.post(bot.url, open, conv);
    expect(r.status).toBe(200);
    expect(replyText(r.replies)).toContain(en.welcome.lines[1]);
    expect(replyText(r.replies)).toContain(en.menu.supporter);
    const again = await channel.post(bot.url, channel.activity(conv, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }] }), conv);
    expect(replyText(again.replies)).not.toContain(en.welcome.lines[1]);
  });

  test('welcomes in Welsh when the channel locale is Welsh', async () => {
    const conv = 'conv-welcome-cy';
    const r = await channel.post(bot.url, channel.activity(conv, { type: 'conversationUpdate', locale: 'cy-GB', membersAdded: [{ id: 'user-1' }] }), conv);
    expect(replyText(r.replies)).toContain(cy.welcome.lines[0]);
  });

  test('answers a question with its source', async () => {
    const conv = 'conv-question';
    const r = await channel.post(bot.url, channel.activity(conv, { type: 'message', text: 'Where do I send a complaint to Staffordshire County Council?' }), conv);
    expect(r.status).toBe(200);
    const text = replyText(r.replies);
    expect(text).toMatch(/ST16 2LH/);
    expect(text).toMatch(/Staffordshire County Council's leaflet for parents and carers, February 2008/);
  });

  test('a danger message gets 999 first', async () => {
    const conv = 'conv-danger';
    const r = await channel.post(bot.url, channel.activity(conv, { type: 'message', text: 'he has a knife and my children are in the house' }), conv);
    expect(r.replies[0]?.text).toContain('999');
  });

  test.each([
    ['invalid JSON', '{"type": "message", '],
    ['a JSON array', '[1,2]'],
    ['no type', { conversation: { id: 'c' }, serviceUrl: 'http://127.0.0.1:1/' }],
    ['no conversation', { type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:1/' }],
    ['no serviceUrl', { type: 'message', text: 'hi', conversation: { id: 'c' } }],
  ])('%s gets a 4xx, and the server keeps serving', async (_name, body) => {
    const r = await channel.post(bot.url, body);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect((await fetch(`${bot.base}/healthz`)).status).toBe(200);
  });

  test('a body over the size limit gets 413', async () => {
    const r = await channel.post(bot.url, channel.activity('big', { type: 'message', text: 'x'.repeat(300 * 1024) }));
    expect(r.status).toBe(413);
  });

  test('SIGTERM stops the server cleanly', async () => {
    const other = await startBot();
    expect(await other.stop('SIGTERM')).toBe(0);
  });
});

describe('the server with MicrosoftAppId set', () => {
  let bot: RunningBot;
  const channel = new TestChannel();
  beforeAll(async () => {
    await channel.start();
    bot = await startBot({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    channel.stop();
    await bot.stop();
  });

  test('an unsigned request gets 401 and nothing is processed', async () => {
    const conv = 'conv-unsigned';
    const r = await channel.post(bot.url, channel.activity(conv, { type: 'message', text: 'Can I bring someone?' }), conv);
    expect(r.status).toBe(401);
    expect(r.replies).toHaveLength(0);
  });

  test('a request with a forged token gets 401', async () => {
    const conv = 'conv-forged';
    const r = await channel.post(bot.url, channel.activity(conv, { type: 'message', text: 'hi' }), conv, { authorization: 'Bearer abc.def.ghi' });
    expect(r.status).toBe(401);
    expect(r.replies).toHaveLength(0);
  });
});
