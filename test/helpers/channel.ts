// A small stand-in Bot Framework channel for tests: posts activities to the bot and collects the replies
// the bot sends to our loopback serviceUrl.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';

export interface Reply { type: string; text?: string; attachments?: { content?: unknown }[]; suggestedActions?: { actions: { title: string; value: string }[] } }

export class TestChannel {
  private server?: http.Server;
  readonly inbox = new Map<string, Reply[]>();
  serviceUrl = '';

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const m = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
        if (m) {
          const conv = decodeURIComponent(m[1]);
          const list = this.inbox.get(conv) ?? [];
          try { list.push(JSON.parse(body) as Reply); } catch { /* ignore */ }
          this.inbox.set(conv, list);
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: randomUUID() }));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.serviceUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`;
  }

  stop(): void {
    this.server?.close();
  }

  activity(conv: string, extra: Record<string, unknown>): Record<string, unknown> {
    return {
      id: randomUUID(), timestamp: new Date().toISOString(), serviceUrl: this.serviceUrl, channelId: 'webchat', locale: 'en-GB',
      from: { id: 'user-1', name: 'Visitor', role: 'user' }, conversation: { id: conv }, recipient: { id: 'bot', name: 'Bot', role: 'bot' },
      ...extra,
    };
  }

  /** Posts and waits briefly for replies that arrive after the HTTP response. Returns status and new replies. */
  async post(botUrl: string, body: unknown, conv?: string, headers: Record<string, string> = {}): Promise<{ status: number; replies: Reply[] }> {
    const before = conv ? (this.inbox.get(conv) ?? []).length : 0;
    const res = await fetch(botUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
    await res.text();
    await new Promise((r) => setTimeout(r, 50));
    return { status: res.status, replies: conv ? (this.inbox.get(conv) ?? []).slice(before) : [] };
  }
}

/** All readable text of replies: message text and card text blocks and button titles. */
export function replyText(replies: Reply[]): string {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) (typeof x === 'string' && ['text', 'title'].includes(k) ? out.push(x) : walk(x));
  };
  for (const r of replies) {
    if (r.type !== 'message') continue;
    if (r.text) out.push(r.text);
    walk(r.attachments ?? []);
    walk(r.suggestedActions ?? []);
  }
  return out.join('\n');
}
