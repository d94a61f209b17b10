// Deletes signed statements once they are older than the retention period: once at start, then every six
// hours. The timer is unref'd so it never keeps the process alive.
import type { StatementStore } from './statement-store.js';

export const RETENTION_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** A pino logger fits; only counts and error types are logged, never statement contents. */
export interface RetentionLogger {
  info(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RetentionOptions {
  intervalMs?: number;
}

/**
 * Starts purging statements saved more than `days` days ago. `days` 0 means "keep them": nothing is purged.
 * Returns a function that stops the timer.
 */
export function startRetention(
  store: Pick<StatementStore, 'purgeOlderThan'>,
  days: number,
  logger?: RetentionLogger,
  options: RetentionOptions = {},
): () => void {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('startRetention: days must be a whole number, 0 or more');
  if (days === 0) {
    logger?.info({ event: 'statements.retention.disabled' }, 'statement retention is off (0 days): nothing will be purged');
    return () => undefined;
  }
  let running = false;
  let stopped = false;
  const run = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const count = await store.purgeOlderThan(days, new Date());
      if (count > 0) logger?.info({ event: 'statements.purged', count, days }, 'old statements deleted');
    } catch (err) {
      logger?.error({ event: 'statements.purge_failed', errorType: (err as Error)?.name ?? typeof err }, 'purging old statements failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), options.intervalMs ?? RETENTION_INTERVAL_MS);
  timer.unref();
  void run();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
