/**
 * The product as its users run it, for the proof scripts: `node dist/main.js` in a child process
 * on a loopback port, with the embedded PostgreSQL in a data directory, so that the scripts can
 * measure it from outside and kill either process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MAIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.js');
const OUTPUT_LINES = 200;
const UNEXPECTED_LINES = 5;

export interface Product {
  /** http://127.0.0.1:PORT */
  origin: string;
  pid: number;
  /** Milliseconds from spawning to the ready banner. */
  startMs: number;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<string>;
  alive(): boolean;
  /** The last lines the process printed, for a report or a failure. */
  output(): string[];
  /** The first log lines of unexpected errors (INTERNAL_SERVER_ERROR answers), with their causes. */
  unexpectedErrors(): string[];
}

/**
 * The running postmaster of `dataDir`'s embedded PostgreSQL, by its postmaster.pid; null when none
 * runs. The process's command line must name the cluster, so a stale file whose PID now belongs
 * to another process never gets that process killed.
 */
export async function livePostmaster(dataDir: string): Promise<number | null> {
  const clusterDir = path.join(dataDir, 'pg');
  const content = await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null);
  const pid = Number(content?.split('\n')[0]);
  if (!(pid > 0)) return null;
  const commandLine = await fs.readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  return commandLine.includes(clusterDir) ? pid : null;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(done: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!done() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  return done();
}

/**
 * Starts the product on `dataDir` (loading the demo county into an empty one, ~15 s) and resolves
 * once it prints its ready banner; rejects with its last words if it exits or takes over `timeoutMs`.
 */
export async function startProduct(dataDir: string, timeoutMs = 300_000, extraEnv: NodeJS.ProcessEnv = {}): Promise<Product> {
  const started = performance.now();
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv, DATA_DIR: dataDir, PORT: '0', DEMO: '1' };
  delete env.DATABASE_URL;
  const child: ChildProcess = spawn(process.execPath, ['--enable-source-maps', MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  // The server logs each unexpected error once with its cause; kept apart from the tail, which an
  // outage's warnings would push them out of.
  const unexpected: string[] = [];
  let status: string | null = null;
  const exited = new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve((status = signal ?? `exit ${code}`))));
  let announce: (port: number) => void;
  const ready = new Promise<number>((resolve) => {
    announce = resolve;
  });
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      lines.push(line);
      if (lines.length > OUTPUT_LINES) lines.shift();
      if (line.includes('Unexpected error') && unexpected.length < UNEXPECTED_LINES) unexpected.push(line);
      const port = /GraphQL:\s+http:\/\/localhost:(\d+)\//.exec(line)?.[1];
      if (port) announce(Number(port));
    }
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  let timer: NodeJS.Timeout | undefined;
  const port = await Promise.race([
    ready,
    exited.then((how) => {
      throw new Error(`The product exited (${how}) before it was ready:\n${lines.slice(-20).join('\n')}`);
    }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`The product was not ready within ${timeoutMs / 1000} s:\n${lines.slice(-20).join('\n')}`)), timeoutMs);
    }),
  ])
    .catch((error: Error) => {
      child.kill('SIGKILL');
      throw error;
    })
    .finally(() => clearTimeout(timer));
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    startMs: performance.now() - started,
    exited,
    alive: () => status === null,
    output: () => [...lines],
    unexpectedErrors: () => [...unexpected],
  };
}

/**
 * Stops what a script started: the product with SIGTERM (SIGKILL if it is still there after
 * 15 s), then the embedded PostgreSQL of `dataDir` if it outlived the product. Says what it took.
 */
export async function stopProduct(product: Product, dataDir: string): Promise<string> {
  const steps: string[] = [];
  if (product.alive()) {
    process.kill(product.pid, 'SIGTERM');
    if (await waitUntil(() => !product.alive(), 15_000)) steps.push(`product stopped on SIGTERM (${await product.exited})`);
    else {
      process.kill(product.pid, 'SIGKILL');
      await product.exited;
      steps.push('product still running 15 s after SIGTERM: killed');
    }
  }
  const orphan = await stopOrphanPostgres(dataDir);
  return [...steps, ...(orphan ? [orphan] : [])].join('; ') || 'nothing left running';
}

/** Stops the embedded PostgreSQL of `dataDir` when it runs without its product; says what it did, or null. */
export async function stopOrphanPostgres(dataDir: string): Promise<string | null> {
  const pid = await livePostmaster(dataDir);
  if (!pid) return null;
  // SIGINT is PostgreSQL's fast shutdown: sessions cut, data flushed.
  process.kill(pid, 'SIGINT');
  if (await waitUntil(() => !isAlive(pid), 10_000)) return `its PostgreSQL (pid ${pid}) was left running: stopped`;
  process.kill(pid, 'SIGKILL');
  return `its PostgreSQL (pid ${pid}) was left running and ignored a fast shutdown: killed`;
}

/** The data directory given, or a fresh one removed by the returned `dispose`. */
export async function dataDirectory(given: string | undefined): Promise<{ dir: string; dispose(): Promise<void> }> {
  if (given) return { dir: path.resolve(given), dispose: async () => undefined };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'township-proof-'));
  return { dir, dispose: () => fs.rm(dir, { recursive: true, force: true }) };
}
