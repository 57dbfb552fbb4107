import fs from 'node:fs/promises';
import path from 'node:path';
import { log } from '../log.js';
import { processInfo, stopPostmaster } from './processes.js';

/**
 * Makes the cluster directory free to start in. PostgreSQL's lock file, postmaster.pid, may name:
 * - no live process (a crash or kill -9 left it behind): the file is removed;
 * - a process that is not PostgreSQL (its number was reused): the file is removed;
 * - a postmaster whose parent is a live Node process: another API server (or this one) runs on
 *   this data directory, and starting is refused with a message that says so;
 * - a postmaster whose parent is gone: the orphan of an API process that was killed (kill -9, an
 *   out-of-memory kill), which is stopped before we start our own.
 */
export async function clearStalePostmaster(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  if (!content) return;
  const pid = Number(content.split('\n')[0]);
  const postmaster = await processInfo(pid);
  // Where the process table cannot be read, PostgreSQL's own lock check decides.
  if (postmaster === undefined) return;
  if (postmaster && postmaster.command === 'postgres') {
    const parent = await processInfo(postmaster.ppid);
    if (parent && postmaster.ppid > 1 && /^node/.test(parent.command)) {
      throw new Error(
        `The data directory ${path.dirname(clusterDir)} is in use by another running server (process ${postmaster.ppid}, ` +
          `its PostgreSQL is process ${pid}). Stop that server, or set DATA_DIR to another folder.`,
      );
    }
    log.warn({ pid }, 'Stopping the PostgreSQL left running by an API process that died');
    await stopPostmaster(pid);
  }
  await fs.rm(pidFile, { force: true });
}
