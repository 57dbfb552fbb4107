import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { isAlive, stopPostmaster, waitForExit } from './processes.js';

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A stand-in API process (test/embedded-child.ts) running an embedded PostgreSQL in `dataDir`. */
async function startApiProcess(
  dataDir: string,
  mode: 'wait' | 'crash' = 'wait',
): Promise<{ child: ChildProcess; postmaster: number; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', './src/test/ts-loader.mjs', 'src/test/embedded-child.ts', dataDir, mode], {
    cwd: packageDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let errors = '';
  child.stderr!.on('data', (chunk) => (errors += chunk));
  const line = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).once('line', resolve);
    void exited.then((code) => reject(new Error(`The API stand-in exited (${code}) before its database was up: ${errors}`)));
  });
  return { child, postmaster: JSON.parse(line).postmaster, exited };
}

async function selectOne(url: string) {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query('select 1 as one')).rows[0];
  } finally {
    await client.end();
  }
}

// One data folder for the file: initialised by the first start, reused by the others.
let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-orphan-'));
});
afterAll(() => fs.rm(dataDir, { recursive: true, force: true }));

describe('the embedded PostgreSQL of an API process', () => {
  it('is stopped at the next start when that process was killed (kill -9), and the start succeeds', async () => {
    const api = await startApiProcess(dataDir);
    api.child.kill('SIGKILL');
    await api.exited;
    expect(isAlive(api.postmaster)).toBe(true);

    const db = await startEmbeddedPostgres(dataDir);
    try {
      expect(isAlive(api.postmaster)).toBe(false);
      expect(db.pid).not.toBe(api.postmaster);
      expect(await selectOne(db.url)).toEqual({ one: 1 });
    } finally {
      await db.stop();
    }
  });

  it('is left alone, and the start refused, while that process lives', async () => {
    const api = await startApiProcess(dataDir);
    try {
      await expect(startEmbeddedPostgres(dataDir)).rejects.toThrow(
        `is in use by another running server (process ${api.child.pid}, its PostgreSQL is process ${api.postmaster})`,
      );
      expect(isAlive(api.postmaster)).toBe(true);
    } finally {
      api.child.kill('SIGTERM');
      await api.exited;
      // The stand-in stops its server on exit; this only guards against a failure above.
      await stopPostmaster(api.postmaster);
    }
  });

  it('stops when that process ends on an uncaught error', async () => {
    const api = await startApiProcess(dataDir, 'crash');
    expect(await api.exited).toBe(1);
    expect(await waitForExit(api.postmaster, 10_000)).toBe(true);
  });
});
