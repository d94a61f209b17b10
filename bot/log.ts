// Structured logs with pino. Never log what a user typed, their name or ids: log events and error types.
import { pino, type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: undefined,
    redact: { paths: ['text', 'activity.text', 'value', 'name', '*.text', '*.name', 'from', 'recipient'], censor: '[redacted]' },
  });
}
