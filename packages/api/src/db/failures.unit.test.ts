import { describe, expect, it } from 'vitest';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { BudgetExceeded, databaseFailure } from './failures.js';

/** An error as node-postgres or Node's sockets raise it. */
const driverError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe('databaseFailure', () => {
  it.each([
    ['a refused connection (server down)', driverError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a stop or restart of the server (admin_shutdown)', driverError('terminating connection due to administrator command', '57P01')],
    ['a server starting up or recovering (cannot_connect_now)', driverError('the database system is in recovery mode', '57P03')],
    ['a full disk (disk_full)', driverError('could not extend file: No space left on device', '53100')],
    ['a connection cut under a query', driverError('Connection terminated unexpectedly')],
    [
      'a pool that cannot hand out a connection',
      Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), { name: 'KnexTimeoutError' }),
    ],
    [
      'the rollback of a transaction whose connection died (knex)',
      new DriverException(driverError('Transaction query already complete, run with DEBUG=knex:tx for more info')),
    ],
    ['MikroORM’s wrapping of any of these', new DriverException(driverError('Connection terminated unexpectedly'))],
    ['a cause further down', new Error('the session could not be read', { cause: driverError('read ECONNRESET', 'ECONNRESET') })],
  ])('reads %s as DATABASE_UNAVAILABLE', (_what, error) => {
    expect(databaseFailure(error)).toMatchObject({ code: 'DATABASE_UNAVAILABLE', reason: 'databaseUnreachable' });
  });

  it('reads a cancelled statement as TIMEOUT: the statement timeout, or the request budget that cancelled it', () => {
    expect(databaseFailure(driverError('canceling statement due to statement timeout', '57014'))).toMatchObject({
      code: 'TIMEOUT',
      reason: 'statementTimeout',
    });
    expect(databaseFailure(driverError('canceling statement due to user request', '57014'), new BudgetExceeded(20_000))).toMatchObject({
      code: 'TIMEOUT',
      reason: 'requestTimeout',
      params: { seconds: 20 },
    });
    expect(databaseFailure(new BudgetExceeded(1_500))).toMatchObject({ code: 'TIMEOUT', reason: 'requestTimeout', params: { seconds: 1.5 } });
  });

  it('leaves other failures to the rest of the mapping', () => {
    expect(databaseFailure(new UniqueConstraintViolationException(driverError('duplicate key value', '23505')))).toBeNull();
    expect(databaseFailure(driverError('syntax error at or near "selec"', '42601'))).toBeNull();
    expect(databaseFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBeNull();
  });
});
