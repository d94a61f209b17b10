// The whole bot (createApp: real content, dialogs, lowdb state, statements) behind botbuilder's TestAdapter,
// for transcript tests. The understanding layer is built once per test file (its classifier trains at start).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { loadConfig } from '../../bot/config.js';
import { createLogger } from '../../bot/log.js';
import { createApp, type App } from '../../bot/app.js';
import { loadKnowledgeBase, type KnowledgeBase } from '../../knowledge/load.js';
import { Understander } from '../../understanding/understand.js';

let shared: { kb: KnowledgeBase; understander: Understander } | undefined;
export function sharedUnderstanding() {
  if (!shared) {
    const kb = loadKnowledgeBase();
    shared = { kb, understander: new Understander(kb) };
  }
  return shared;
}

interface Card { body?: { type: string; text?: string }[]; actions?: { type: string; title: string; data?: { text?: string } }[] }

export interface Harness {
  app: App;
  /** Opens the conversation (conversationUpdate) and returns the welcome. */
  open(locale?: string): Promise<Partial<Activity>[]>;
  say(text: string, extra?: Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Every word of the replies: texts, card texts, button titles. */
  text(replies: Partial<Activity>[]): string;
  buttons(replies: Partial<Activity>[]): string[];
}

export function botHarness(opts: { channelId?: string; user?: string; locale?: string; dataDir?: string } = {}): Harness {
  const { kb, understander } = sharedUnderstanding();
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'bot-harness-'));
  const app = createApp({ ...loadConfig({}), dataDir, publicBaseUrl: 'https://bot.example.org' }, createLogger('silent'), kb, understander);
  const adapter = new TestAdapter((context) => app.bot.run(context));
  const channelId = opts.channelId ?? 'test';
  const from = { id: opts.user ?? 'user-1', name: 'Visitor' };
  let locale = opts.locale ?? 'en-GB';
  const send = async (activity: Partial<Activity>) => {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ locale, channelId, from, ...activity });
    return adapter.activeQueue.splice(0).filter((a) => a.type === 'message');
  };
  const cards = (replies: Partial<Activity>[]) => replies.flatMap((a) => (a.attachments ?? []).map((x) => x.content as Card));
  return {
    app,
    open: (l?: string) => {
      if (l) locale = l;
      return send({ type: 'conversationUpdate', membersAdded: [from], recipient: { id: 'bot', name: 'Bot' } });
    },
    say: (text, extra = {}) => send({ type: 'message', text, ...extra }),
    text: (replies) => replies.map((a) => [a.text ?? '', ...(a.suggestedActions?.actions ?? []).map((x) => String(x.title)),
      ...cards([a]).flatMap((c) => [...(c.body ?? []).map((b) => b.text ?? ''), ...(c.actions ?? []).map((x) => x.title)])].join('\n')).join('\n'),
    buttons: (replies) => replies.flatMap((a) => [...(a.suggestedActions?.actions ?? []).map((x) => String(x.title)), ...cards([a]).flatMap((c) => (c.actions ?? []).map((x) => x.title))]),
  };
}
