import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { QUERY_LIMITS } from './graphql/limits.js';
import { readRateLimits, type RateLimits } from './graphql/rate-limits.js';

const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(packageRoot, '../..');

export const DEFAULT_REQUEST_TIMEOUT_MS = 20_000;

/** Everything the process reads from its environment, read once and checked. */
export interface AppConfig {
  port: number;
  /** A PostgreSQL URL; when absent an embedded PostgreSQL is started in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  /** Load the demo county (and its demo sign-ins) when the database is empty. */
  demo: boolean;
  dashboardDir: string;
  /** Longest a single SQL statement may run before PostgreSQL cancels it (milliseconds). */
  statementTimeoutMs: number;
  /** Longest one HTTP request may take before it is answered TIMEOUT and its statements cancelled. */
  requestTimeoutMs: number;
  /** Outside demo mode, what an empty database is started with (see bootstrap.ts). */
  bootstrap: { countyCode?: string; countyName?: string; adminPassword?: string };
  /** Cost units a user and an address may spend per minute (graphql/rate-limits.ts). */
  rateLimits: RateLimits;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(env.DATA_DIR ?? path.join(repoRoot, '.data')),
    demo: env.DEMO !== '0' && env.DEMO !== 'false',
    statementTimeoutMs: milliseconds(env, 'STATEMENT_TIMEOUT_MS', 15_000),
    requestTimeoutMs: milliseconds(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS),
    dashboardDir: path.resolve(env.DASHBOARD_DIR ?? path.join(repoRoot, 'packages/dashboard/dist')),
    bootstrap: {
      countyCode: env.BOOTSTRAP_COUNTY_CODE || undefined,
      countyName: env.BOOTSTRAP_COUNTY_NAME || undefined,
      adminPassword: env.BOOTSTRAP_ADMIN_PASSWORD || undefined,
    },
    rateLimits: readRateLimits(env, QUERY_LIMITS.maxCost),
  };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive number of milliseconds, got "${env[name]}"`);
  return value;
}
