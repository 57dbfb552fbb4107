import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Who PostgreSQL runs as: this process's user, or, when we are root (which PostgreSQL refuses),
 * the `postgres` OS user, created on first use.
 */
export async function postgresUserIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const lookup = async () => ({ uid: Number((await run('id', ['-u', 'postgres'])).stdout), gid: Number((await run('id', ['-g', 'postgres'])).stdout) });
  return lookup().catch(async () => {
    await run('groupadd', ['postgres']).catch(() => undefined);
    await run('useradd', ['-g', 'postgres', 'postgres']);
    return lookup();
  });
}

/** Creates the cluster in `clusterDir` with one password-protected superuser. */
export async function initdb(bin: string, clusterDir: string, ids: { uid?: number; gid?: number }, user: string, password: string): Promise<void> {
  await fs.mkdir(clusterDir, { recursive: true });
  if (ids.uid !== undefined) await fs.chown(clusterDir, ids.uid, ids.gid!);
  const passwordFile = path.join(os.tmpdir(), `township-pg-${randomBytes(6).toString('hex')}`);
  await fs.writeFile(passwordFile, `${password}\n`, { mode: 0o644 });
  try {
    const args = [
      `--pgdata=${clusterDir}`,
      '--auth=password',
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      '--encoding=UTF8',
      '--locale=C.UTF-8',
      '--lc-messages=C',
    ];
    const child = spawn(bin, args, { ...ids, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    const code = await new Promise<number | null>((resolve, reject) => {
      child.once('error', reject);
      child.once('exit', resolve);
    });
    if (code !== 0) throw new Error(`initdb failed (code ${code}): ${errors.trim()}`);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
}
