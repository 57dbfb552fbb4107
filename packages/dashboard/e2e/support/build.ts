import { execSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { dashboardDir } from './server';

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = await fs.stat(path.join(entry.parentPath, entry.name));
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/**
 * The browser tests must drive the dashboard as built from the current sources: rebuild when
 * dist/ is missing or older than src/ (a stale build would test yesterday's code).
 */
export async function ensureDashboardBuilt(): Promise<void> {
  const built = await fs.stat(path.join(dashboardDir, 'dist/index.html')).then((s) => s.mtimeMs, () => 0);
  const sources = Math.max(await newestMtime(path.join(dashboardDir, 'src')), (await fs.stat(path.join(dashboardDir, 'index.html'))).mtimeMs);
  if (built >= sources) return;
  console.log('[e2e] dashboard dist/ is missing or stale: building it…');
  execSync('pnpm run build', { cwd: dashboardDir, stdio: 'inherit' });
}
