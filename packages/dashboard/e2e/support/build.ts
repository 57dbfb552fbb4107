import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { dashboardDir } from './server';

/**
 * The browser tests must drive the product as built from the current sources: build each package
 * whose dist/ is missing or older than its sources (a stale build would test yesterday's code),
 * and nothing else, with the root scripts' own check (scripts/build-changed.mjs).
 */
export function ensureBuilt(): void {
  execFileSync(process.execPath, [path.resolve(dashboardDir, '../../scripts/build-changed.mjs')], { stdio: 'inherit' });
}
