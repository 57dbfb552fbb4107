// `pnpm --filter @township/api dev`: tsc recompiles src/ into dist/ on every change (tsc, not tsx
// or esbuild: type-graphql and MikroORM need the decorator metadata only tsc emits here), and
// `node --watch` restarts the server whenever a file it runs from dist/ changes. Only Node and the
// workspace's own TypeScript, so nothing new to install.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

const cwd = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const alive = (child) => child != null && child.exitCode === null && child.signalCode === null;
let server = null;
let stopping = false;
let failed = false;

const compiler = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
compiler.on('exit', onChildExit);
readline.createInterface({ input: compiler.stdout }).on('line', (line) => {
  console.log(line);
  // tsc's watch start rewrites every file of dist/: a server started before it has finished would
  // restart at once. Each compilation ends with "Found N errors. Watching for file changes."
  if (!server && line.includes('Watching for file changes')) {
    // --watch-preserve-output: a restart must not wipe the compiler's errors off the terminal.
    server = spawn(process.execPath, ['--enable-source-maps', '--watch', '--watch-preserve-output', 'dist/main.js'], { cwd, stdio: 'inherit' });
    server.on('exit', onChildExit);
  }
});

// Ctrl-C reaches every process of the terminal, but a signal sent to this one alone (a process
// manager, `kill`) must reach the server too, so that it stops its embedded PostgreSQL.
function stop(signal) {
  stopping = true;
  for (const child of [server, compiler]) if (alive(child)) child.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));

/** A child ending on its own (tsc failing) takes the other down; exits 0 only after a stop asked for. */
function onChildExit() {
  if (!stopping) {
    failed = true;
    stop('SIGTERM');
  }
  if (![server, compiler].some(alive)) process.exit(failed ? 1 : 0);
}
