// A supporter signs through the real protocol; the server is killed with SIGKILL straight after the bot says
// the statement is saved; a new server on the same DATA_DIR still has it, in a new conversation too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestChannel, replyText, type Reply } from '../helpers/channel.js';
import { startBot, type RunningBot } from '../helpers/server-process.js';
import { LOCALES_DIR } from '../../knowledge/paths.js';

const en = JSON.parse(readFileSync(join(LOCALES_DIR, 'en', 'translation.json'), 'utf8'));
const NAME = 'Jane Testsupporter';

interface Action { type: string; title: string; data?: Record<string, unknown> }
function actionsOf(replies: Reply[]): { suggested: string[]; submits: Action[] } {
  const submits: Action[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'Action.Submit') submits.push(o as unknown as Action);
      Object.values(o).forEach(walk);
    }
  };
  walk(replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content)));
  return { suggested: replies.flatMap((r) => (r.suggestedActions?.actions ?? []).map((a) => String(a.value))), submits };
}

const running: RunningBot[] = [];
const channel = new TestChannel();
afterAll(async () => {
  channel.stop();
  await Promise.all(running.map((b) => b.stop('SIGKILL')));
});

test('a signed statement survives kill -9 and is found again after restart', async () => {
  await channel.start();
  const first = await startBot();
  running.push(first);
  const conv = 'sign-conv';
  const base = { from: { id: 'supporter-7', name: 'S' } };
  const say = (text: string, value?: Record<string, unknown>) =>
    channel.post(first.url, channel.activity(conv, { ...base, type: 'message', text, ...(value ? { value } : {}) }), conv);
  let r = await say('I need to sign the supporter agreement');
  let ref: string | undefined;
  for (let turn = 0; turn < 20 && !ref; turn++) {
    const text = replyText(r.replies);
    const saved = /SUP-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec(text);
    if (saved && text.includes(en.contract.saved.replace('{{name}}', NAME))) { ref = saved[0]; break; }
    const { suggested, submits } = actionsOf(r.replies);
    const press = (title: string) => submits.find((a) => a.title === title);
    const next = press(en.contract.agree) ?? press(en.contract.understand);
    if (next) r = await say(String(next.data?.text ?? next.title), next.data);
    else if (text.includes(en.contract.askName)) r = await say(NAME);
    else if (suggested.includes(en.contract.today)) r = await say(en.contract.today);
    else if (suggested.includes(en.contract.skip)) r = await say(en.contract.skip);
    else throw new Error(`stuck at: ${text.slice(0, 300)}`);
  }
  expect(ref).toBeDefined();
  // The bot has said it is saved: kill the server at once, without any chance to flush.
  await first.stop('SIGKILL');
  const second = await startBot({}, first.dataDir);
  running.push(second);
  const again = await channel.post(second.url, channel.activity('a-new-conv', { ...base, type: 'message', text: 'show my supporter agreement' }), 'a-new-conv');
  const text = replyText(again.replies);
  expect(text).toContain(ref!);
  expect(text).toContain(NAME);
  const link = /https?:\/\/\S+\/statements\/[A-Za-z0-9_-]{43,}/.exec(text);
  expect(link).not.toBeNull();
  const page = await fetch(link![0].replace(/^https?:\/\/[^/]+/, second.base));
  expect(page.status).toBe(200);
  expect(await page.text()).toContain(NAME);
  expect((await fetch(`${second.base}/statements/not-a-real-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa`)).status).toBe(404);
}, 180000);
