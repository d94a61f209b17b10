// The HTTP server: POST /api/messages for the Bot Framework, GET /healthz, and any pages the app adds.
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import { activityProblem } from './request-checks.js';

export interface ServerDeps {
  adapter: CloudAdapter;
  logic: (context: TurnContext) => Promise<void>;
  log: Logger;
  dataDir: string;
  /** Extra routes (printable pages and the like). */
  routes?: (server: Server) => void;
}

const MAX_BODY = 256 * 1024;

export function createServer(deps: ServerDeps): Server {
  const server = restify.createServer({ name: 'cp-family-helper-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY, mapParams: false, rejectUnknown: false }));
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req: Request, res: Response) => {
    const problem = activityProblem(req.body);
    if (problem) {
      res.status(400);
      res.json({ error: problem });
      return;
    }
    try {
      await deps.adapter.process(req, res, deps.logic);
    } catch (err) {
      deps.log.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'request failed');
      if (!res.headersSent) {
        res.status(500);
        res.json({ error: 'The bot could not handle this request.' });
      }
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    try {
      await access(deps.dataDir, constants.W_OK);
      res.json({ status: 'ok' });
    } catch {
      res.status(503);
      res.json({ status: 'storage unavailable' });
    }
  });

  deps.routes?.(server);

  // Invalid JSON and oversized bodies are the client's fault: answer 4xx and keep serving.
  server.on('restifyError', (req: Request, res: Response, err: Error & { statusCode?: number }, callback: () => void) => {
    if ((err.statusCode ?? 500) >= 500) deps.log.error({ err: { name: err.name, message: err.message }, path: req.path() }, 'server error');
    callback();
  });
  return server;
}
