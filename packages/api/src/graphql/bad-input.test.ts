import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/index.js';
import { fuzz, type OperationReport } from '../fuzz/fuzz.js';
import { createDemoTestDatabase, type TestDatabase } from '../test/database.js';
import { schema } from './schema.js';

/**
 * A small, fixed sample of the fuzz script's generator (`pnpm --filter @township/api fuzz` sends
 * 1,000 per operation): every query and mutation, as every demo role, must refuse bad input with
 * a coded error, never an internal one, and a refused request must leave nothing written.
 */
const PER_OPERATION = 20;

let db: TestDatabase;
let reports: OperationReport[];
beforeAll(async () => {
  db = await createDemoTestDatabase();
  reports = await fuzz(db.orm, await schema(), {
    perOperation: PER_OPERATION,
    timeBudgetMs: Number.MAX_SAFE_INTEGER,
    seed: 17,
    usernames: DEMO_USERS.map((user) => user.username),
  });
}, 300_000);
afterAll(() => db.close());

describe(`${PER_OPERATION} generated bad inputs to every query and mutation`, () => {
  it('reach every root field', async () => {
    const built = await schema();
    const roots = Object.keys(built.getQueryType()!.getFields()).length + Object.keys(built.getMutationType()!.getFields()).length;
    expect(reports).toHaveLength(roots);
    expect(reports.every((r) => r.requests === PER_OPERATION)).toBe(true);
  });

  it('get no INTERNAL_SERVER_ERROR', () => {
    expect(reports.filter((r) => r.internalErrors).map((r) => `${r.operation}: ${r.firstInternal}`)).toEqual([]);
  });

  it('leave nothing written when refused', () => {
    expect(reports.filter((r) => r.partialWrites).map((r) => `${r.operation}: ${r.firstPartialWrite}`)).toEqual([]);
  });
});
