// Starts the bot: npm start (after the build that prestart runs).
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { createApp } from './app.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
const app = createApp(config, log);

app.server.listen(config.port, config.host, () => {
  log.info({ port: config.port, auth: config.appId ? 'on' : 'off (local development: Emulator traffic accepted)' }, 'bot listening on /api/messages');
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'stopping: finishing writes');
  app.server.close();
  await app.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
