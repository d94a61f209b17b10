// Settings come from the environment (a .env file is read when present; see .env.example).
import 'dotenv/config';
import { resolve } from 'node:path';
import { ROOT } from '../knowledge/paths.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  appId: string;
  appPassword: string;
  appType: string;
  appTenantId: string;
  statementRetentionDays: number;
  publicBaseUrl: string;
  logLevel: string;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = intFrom(env.PORT, 3978, 'PORT');
  return {
    port,
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(ROOT, env.DATA_DIR || './data'),
    appId: env.MicrosoftAppId ?? '',
    appPassword: env.MicrosoftAppPassword ?? '',
    appType: env.MicrosoftAppType || 'MultiTenant',
    appTenantId: env.MicrosoftAppTenantId ?? '',
    statementRetentionDays: intFrom(env.STATEMENT_RETENTION_DAYS, 365, 'STATEMENT_RETENTION_DAYS'),
    publicBaseUrl: (env.PUBLIC_BASE_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel: env.LOG_LEVEL || (env.NODE_ENV === 'test' ? 'silent' : 'info'),
  };
}
