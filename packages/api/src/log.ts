import { pino, stdTimeFunctions, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** A logger writing JSON lines (to stdout unless `destination` is given): time, level, message, fields. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, base: undefined, timestamp: stdTimeFunctions.isoTime }, destination);
}

/**
 * The process's one logger: JSON lines on stdout, one per GraphQL request plus the database's and
 * the process's events, for operators to filter (`jq`, or `pino-pretty` for a human view). The
 * start-up banner stays plain text (main.ts). LOG_LEVEL is read here rather than in config.ts
 * because the benches, the CLI and the tests log through this too without an app config; tests
 * are silent unless LOG_LEVEL is set.
 */
export const log: Logger = createLogger(process.env.LOG_LEVEL || (process.env.VITEST ? 'silent' : 'info'));
