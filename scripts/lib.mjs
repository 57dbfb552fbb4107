// Helpers for the root scripts: they run on a fresh machine with only Node, npm and the pnpm that
// `npx pnpm@…` put on PATH, so they use nothing outside Node's standard library.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const packages = ['shared', 'api', 'dashboard'].map((name) => ({ name, dir: path.join(root, 'packages', name) }));

/** pnpm as the caller ran it (npm_execpath when started through pnpm), else from PATH. */
const pnpmCommand = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath) ? [process.execPath, process.env.npm_execpath] : ['pnpm'];

/** Runs pnpm with the terminal attached; resolves with the exit code. */
export function pnpm(args, options = {}) {
  const [command, ...prefix] = pnpmCommand;
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...prefix, ...args], { cwd: root, stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs pnpm and stops the script when it fails. */
export async function must(args, what) {
  const code = await pnpm(args);
  if (code !== 0) {
    console.error(`\n✗ ${what} failed (exit ${code}).`);
    process.exit(code);
  }
}

/** Names no build reads: dependencies, outputs, tests (editing a test must not cost a rebuild). */
const notBuilt = (name) => ['node_modules', 'dist', 'test-results', 'e2e', 'test'].includes(name) || name.startsWith('.') || name.endsWith('.test.ts');

/** Newest modification time of a file, or of the files a build reads under a folder. */
export function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target, { withFileTypes: true })) {
    if (!notBuilt(entry.name)) newest = Math.max(newest, newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** What each package's build reads besides its own folder. */
const BUILD_READS = { shared: [], api: ['packages/shared'], dashboard: ['packages/shared', 'packages/api/schema.graphql'] };

/**
 * Builds those of the named packages whose dist/ is missing or older than a source it is built
 * from, in dependency order, so a second start or test run builds nothing.
 */
export async function buildChanged(names = packages.map((p) => p.name)) {
  const stale = packages.filter(({ name, dir }) => {
    if (!names.includes(name)) return false;
    const sources = Math.max(newestMtime(dir), ...BUILD_READS[name].map((p) => newestMtime(path.join(root, p))));
    return newestMtime(path.join(dir, 'dist')) < sources;
  });
  if (stale.length) console.log(`Building ${stale.map((p) => p.name).join(', ')} (changed since the last build)…`);
  for (const { name } of stale) await must(['--filter', `@township/${name}`, 'build'], `Building ${name}`);
}
