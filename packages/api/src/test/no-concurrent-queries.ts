import pg from 'pg';
import { afterAll, expect } from 'vitest';

/**
 * Fails a test file whose code sent a statement on a connection still busy with another (a
 * Promise.all inside a transaction): pg 8 queues it and, from the third, warns "client.query()
 * when the client is already executing a query"; pg 9 refuses. Both the warning and every second
 * statement sent to a busy connection are collected, with the stack that sent it.
 */
const offences: string[] = [];
const offence = (stack: string) => offences.push(`${expect.getState().currentTestName ?? '(outside a test)'}: ${stack}`);
// Deep enough to reach the feature code that sent the statement, under knex's and MikroORM's frames.
Error.stackTraceLimit = 40;
process.on('warning', (warning) => {
  if (warning.message.includes('already executing a query')) offence(warning.stack ?? warning.message);
});

type Busy = { _activeQuery?: unknown; _queryQueue?: unknown[] };
const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client & Busy, ...args: unknown[]) {
  if (this._activeQuery || this._queryQueue?.length) offence(new Error('a statement was sent to a connection still running another').stack!);
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

afterAll(() => {
  expect(offences, 'statements ran concurrently on one connection').toEqual([]);
});
