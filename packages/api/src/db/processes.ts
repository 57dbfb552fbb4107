import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

/** A live process as the process table shows it. */
export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The executable's base name (`postgres`, `node`). */
  command: string;
}

/** True while `pid` runs (a process of another user, e.g. `postgres` when we run as root, counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process `pid` is, or null when none runs. Linux reads /proc; elsewhere `ps`. Undefined when
 * neither can tell (Windows), so callers can keep to what they can prove.
 */
export async function processInfo(pid: number): Promise<ProcessInfo | null | undefined> {
  if (!(pid > 0)) return null;
  const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? '' : undefined));
  if (stat) {
    // "pid (command) state ppid …": the command may itself hold spaces and parentheses.
    const close = stat.lastIndexOf(')');
    return { pid, command: stat.slice(stat.indexOf('(') + 1, close), ppid: Number(stat.slice(close + 2).split(' ')[1]) };
  }
  if (stat === '' && process.platform === 'linux') return null;
  if (process.platform === 'win32') return isAlive(pid) ? undefined : null;
  try {
    const { stdout } = await promisify(execFile)('ps', ['-o', 'ppid=,comm=', '-p', String(pid)]);
    const match = /^\s*(\d+)\s+(.+?)\s*$/.exec(stdout);
    return match ? { pid, ppid: Number(match[1]), command: path.basename(match[2]) } : null;
  } catch {
    return isAlive(pid) ? undefined : null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits up to `ms` for `pid` to end; true when it has. */
export async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(50);
  }
  return true;
}

/**
 * Stops a PostgreSQL postmaster whatever its state, without hanging: a fast shutdown (SIGINT: roll
 * back, disconnect clients, checkpoint), then an immediate one (SIGQUIT: the postmaster takes its
 * backends down and the next start recovers from the WAL), then SIGKILL. SIGTERM is not used: it
 * is PostgreSQL's "smart" shutdown, which waits for every client to disconnect.
 */
export async function stopPostmaster(pid: number, fastMs = 5_000): Promise<void> {
  for (const [signal, wait] of [
    ['SIGINT', fastMs],
    ['SIGQUIT', 3_000],
    ['SIGKILL', 3_000],
  ] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      return; // already gone
    }
    if (await waitForExit(pid, wait)) return;
  }
  throw new Error(`PostgreSQL (process ${pid}) did not stop, even on SIGKILL`);
}
