import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../http/server.js';
import { seedSmallCounty, type SmallCounty } from '../test/fixtures.js';
import { postGraphQL, signIn, until } from '../test/http.js';
import { openDatabase, type Database } from './database.js';

// An embedded PostgreSQL of this file's own, in a temp folder: the test kills it.
let dataDir: string;
let database: Database;
let ids: SmallCounty;
let server: Awaited<ReturnType<typeof createServer>>;
let base: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-loss-'));
  database = await openDatabase({ dataDir, statementTimeoutMs: 15_000 });
  ids = await seedSmallCounty(database.orm);
  server = await createServer({ orm: database.orm, dashboardDir: '/nonexistent' });
  base = `http://127.0.0.1:${await server.listen(0)}`;
}, 120_000);
afterAll(async () => {
  await server?.close();
  await database?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const postmasterPid = async () => Number((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
const readiness = async () => (await fetch(`${base}/readyz`)).status;

describe('losing the embedded database', () => {
  it('answers DATABASE_UNAVAILABLE (503) while it is down, comes back by itself, and keeps every acknowledged write', async () => {
    const cookie = await signIn(base, 'leader');
    const acknowledged: string[] = [];
    const refusals: { status: number; code?: string; reason?: string }[] = [];
    let next = 0;
    let writing = true;
    const writer = async () => {
      while (writing) {
        const name = `写入${next++}`;
        const { response, body } = await postGraphQL(
          base,
          `mutation { createCadre(input: { name: "${name}", gender: FEMALE, roles: [STATIONED_CADRE], unitId: ${ids.east1Id} }) { id } }`,
          cookie,
        );
        if (body.data?.createCadre?.id) acknowledged.push(name);
        else {
          refusals.push({ status: response.status, code: body.errors?.[0].extensions.code, reason: body.errors?.[0].extensions.reason });
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
    };
    const writers = [writer(), writer(), writer()];

    await until('some writes are acknowledged', () => acknowledged.length >= 15);
    const killed = await postmasterPid();
    process.kill(killed, 'SIGKILL');
    await until('/readyz answers 503', async () => (await readiness()) === 503);
    await until('writes are refused', () => refusals.length >= 3);
    await until('/readyz answers 200 again', async () => (await readiness()) === 200, { tries: 1200 });
    expect(await postmasterPid()).not.toBe(killed);
    const before = acknowledged.length;
    await until('writes are acknowledged again', () => acknowledged.length >= before + 15);
    writing = false;
    await Promise.all(writers);

    expect(refusals.length).toBeGreaterThan(0);
    for (const refusal of refusals) expect(refusal).toEqual({ status: 503, code: 'DATABASE_UNAVAILABLE', reason: 'databaseUnreachable' });
    const rows = await database.orm.em.execute<{ name: string }[]>(`select name from cadre where name like '写入%'`);
    const stored = new Set(rows.map((row) => row.name));
    expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
    expect((await postGraphQL(base, '{ viewer { username } }', cookie)).body.data.viewer).toEqual({ username: 'leader' });
  });
});
