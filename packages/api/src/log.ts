import { pino, stdTimeFunctions, type Logger } from 'pino';

export type { Logger };

/**
 * The process's one logger: JSON lines on stdout, one per GraphQL request plus the database's and
 * the process's events, for operators to filter (`jq`, or `pino-pretty` for a human view). The
 * start-up banner stays plain text (main.ts). LOG_LEVEL is read here rather than in config.ts
 * because the benches, the CLI and the tests log through this too without an app config; tests
 * are silent unless LOG_LEVEL is set.
 */
export const log: Logger = pino({
  level: process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'),
  base: undefined,
  timestamp: stdTimeFunctions.isoTime,
});
