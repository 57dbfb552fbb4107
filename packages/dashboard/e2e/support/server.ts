import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const dashboardDir = path.resolve(here, '../..');
export const apiMain = path.resolve(dashboardDir, '../api/dist/main.js');

export interface RunningServer {
  baseURL: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The API exited with code ${child.exitCode} before it was ready:\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not ready within ${timeoutMs / 1000} s:\n${output()}`);
}

/**
 * The real product as users run it: the built API (which serves the built dashboard) on a free
 * port, with a fresh embedded PostgreSQL that loads the demo county on first start.
 */
export async function startServer(timeoutMs = 120_000): Promise<RunningServer> {
  await fs.access(apiMain).catch(() => {
    throw new Error(`${apiMain} is missing: build the API first (cd packages/api && pnpm build).`);
  });
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-e2e-'));
  const port = await freePort();
  const child = spawn(process.execPath, [apiMain], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, DASHBOARD_DIR: path.join(dashboardDir, 'dist'), DEMO: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);

  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // SIGINT lets the API stop its embedded PostgreSQL; SIGKILL only if it hangs.
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await fs.rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForReady(`${baseURL}/readyz`, child, () => log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, stop };
}
