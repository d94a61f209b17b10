// npm run chat: talk to the bot in the terminal, in-process, through the same bot and dialogs.
// Buttons are listed with numbers: type the number to press one. "--cy" starts in Welsh.
import { createInterface } from 'node:readline';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';

class ConsoleAdapter extends BotAdapter {
  buttons: { title: string; value: string; data?: unknown }[] = [];

  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    for (const a of activities) {
      if (a.type !== ActivityTypes.Message) continue;
      if (a.text) console.log(`\nbot> ${a.text.replace(/\n/g, '\n     ')}`);
      for (const att of a.attachments ?? []) this.printCard(att.content as Record<string, unknown>);
      for (const s of a.suggestedActions?.actions ?? []) this.addButton(String(s.title), String(s.value));
    }
    return activities.map(() => ({ id: randomUUID() }));
  }

  private printCard(card: Record<string, unknown>) {
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (o.type === 'TextBlock' && typeof o.text === 'string') console.log(`     ${o.text}`);
        if (o.type === 'Action.Submit') this.addButton(String(o.title), String((o.data as { text?: string })?.text ?? o.title), o.data);
        else Object.values(o).forEach(walk);
      }
    };
    walk(card);
  }

  private addButton(title: string, value: string, data?: unknown) {
    this.buttons.push({ title, value, data });
    console.log(`     [${this.buttons.length}] ${title}`);
  }

  async updateActivity(): Promise<void> { /* not used in the terminal */ }
  async deleteActivity(): Promise<void> { /* not used in the terminal */ }
  async continueConversation(_ref: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    throw new Error(`continueConversation is not supported in the terminal (${typeof logic})`);
  }

  async process(activity: Partial<Activity>, logic: (context: TurnContext) => Promise<void>) {
    this.buttons = [];
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }
}

async function main() {
  const config = loadConfig();
  const log = createLogger('error');
  const dataDir = process.env.DATA_DIR ? config.dataDir : mkdtempSync(join(tmpdir(), 'chat-'));
  const app = createApp({ ...config, dataDir }, log);
  const adapter = new ConsoleAdapter();
  const locale = process.argv.includes('--cy') ? 'cy-GB' : 'en-GB';
  const base = (): Partial<Activity> => ({
    channelId: 'emulator', serviceUrl: 'http://localhost', locale, id: randomUUID(), timestamp: new Date(),
    from: { id: 'terminal-user', name: 'You' }, recipient: { id: 'bot', name: 'Bot' }, conversation: { id: 'terminal', isGroup: false, name: 'terminal', conversationType: 'personal' },
  });
  const logic = (context: TurnContext) => app.bot.run(context);
  await adapter.process({ ...base(), type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'terminal-user', name: 'You' }] }, logic);
  const rl = createInterface({ input: process.stdin, terminal: process.stdin.isTTY });
  const prompt = () => process.stdout.write('\nyou> ');
  prompt();
  // Reading lines as a stream works for typing and for piped input alike.
  for await (const raw of rl) {
    const line = raw.trim();
    if (!process.stdin.isTTY) process.stdout.write(`${line}\n`);
    if (/^(quit|exit|gadael)$/i.test(line)) break;
    if (!line) { prompt(); continue; }
    const n = Number(line);
    const button = Number.isInteger(n) && n >= 1 ? adapter.buttons[n - 1] : undefined;
    const activity: Partial<Activity> = { ...base(), type: ActivityTypes.Message, text: button ? button.value : line };
    if (button?.data) activity.value = button.data;
    await adapter.process(activity, logic);
    prompt();
  }
  rl.close();
  await app.close();
}

void main();
