// Helpers for the root scripts: they run on a fresh machine with only Node, npm and the pnpm that
// `npx pnpm@…` put on PATH, so they use nothing outside Node's standard library.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const packages = ['shared', 'api', 'dashboard'].map((name) => ({ name, dir: path.join(root, 'packages', name) }));

/** pnpm as the caller ran it (npm_execpath when started through pnpm), else from PATH. */
const pnpmCommand = process.env.npm_execpath && /pnpm/.test(process.env.npm_execpath)
  ? [process.execPath, process.env.npm_execpath]
  : ['pnpm'];

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

/** Newest modification time of the files under `dir` (ignoring node_modules and outputs). */
export function newestMtime(dir, skip = new Set(['node_modules', 'dist', 'test-results'])) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full, skip) : fs.statSync(full).mtimeMs);
  }
  return newest;
}
