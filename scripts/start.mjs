// `pnpm start`: install, build what changed, then run the product (embedded PostgreSQL unless
// DATABASE_URL is set; migrations; demo data when empty; API and dashboard on one port).
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildChanged, must, root } from './lib.mjs';

const started = Date.now();
await must(['install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent'], 'Installing dependencies');

await buildChanged();
console.log(`Ready to serve after ${((Date.now() - started) / 1000).toFixed(1)} s of install and build.`);

// The built server runs as a child of this script, not through `pnpm … serve`: pnpm reports a
// server stopped by Ctrl-C as a failed command. The server stops itself on SIGINT or SIGTERM
// (HTTP, then the embedded database) and exits 0. Ctrl-C reaches both processes; a signal sent to
// this one alone (a process manager, `kill`) is passed on. Either way the server stops once.
const server = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], { cwd: path.join(root, 'packages', 'api'), stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 1));
