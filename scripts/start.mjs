// `pnpm start`: install, build what changed, then run the product (embedded PostgreSQL unless
// DATABASE_URL is set; migrations; demo data when empty; API and dashboard on one port).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { must, newestMtime, packages, root } from './lib.mjs';

const started = Date.now();
await must(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], 'Installing dependencies');

// A build is skipped when its output is newer than every source of the package and of the
// packages it depends on, so the second start takes seconds.
const inputsOf = (name) => Math.max(newestMtime(path.join(root, 'packages', 'shared')), ...(name === 'shared' ? [] : [newestMtime(path.join(root, 'packages', name))]), ...(name === 'dashboard' ? [newestMtime(path.join(root, 'packages', 'api', 'src'))] : []));
const stale = packages.filter(({ name, dir }) => {
  const output = path.join(dir, 'dist');
  return !fs.existsSync(output) || newestMtime(output, new Set()) < inputsOf(name);
});
if (stale.length) {
  console.log(`Building ${stale.map((p) => p.name).join(', ')}…`);
  for (const { name } of stale) await must(['--filter', `@township/${name}`, 'build'], `Building ${name}`);
}
console.log(`Ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s of install and build.`);

// The built server runs as a child of this script, not through `pnpm … serve`: pnpm reports a
// server stopped by Ctrl-C as a failed command. The server stops itself on SIGINT or SIGTERM
// (HTTP, then the embedded database) and exits 0. Ctrl-C reaches both processes; a signal sent to
// this one alone (a process manager, `kill`) is passed on. Either way the server stops once.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: path.join(root, 'packages', 'api'), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
