import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { log } from '../log.js';
import { stopPostmaster } from './processes.js';

export interface PostmasterSpec {
  /** The `postgres` executable. */
  bin: string;
  clusterDir: string;
  port: number;
  /** The OS user to run as (`postgres`) when we are root; PostgreSQL refuses to run as root. */
  ids: { uid?: number; gid?: number };
}

const READY = 'database system is ready to accept connections';
const running = new Set<Postmaster>();

/**
 * One run of the PostgreSQL server process; a restart is a new Postmaster. It runs in a process
 * group of its own (`detached`), so a Ctrl-C in the terminal reaches only the API, which drains
 * its requests before it stops the database.
 */
export class Postmaster {
  readonly startedAt = Date.now();
  /** Settles when the process has ended, saying how ("signal SIGKILL", "code 1"). */
  readonly exited: Promise<string>;
  private readonly lastWords: string[] = [];

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        running.delete(this);
        resolve(signal ? `signal ${signal}` : `code ${code}`);
      });
    });
  }

  get pid(): number | undefined {
    return this.alive ? this.child.pid : undefined;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The server's last log lines (a PANIC after a full disk says so here). */
  get tail(): string {
    return this.lastWords.join('\n');
  }

  /** Starts the server and resolves once it accepts connections; rejects if it exits first. */
  static async start({ bin, clusterDir, port, ids }: PostmasterSpec): Promise<Postmaster> {
    const child = spawn(
      bin,
      ['-D', clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'lc_messages=C'],
      {
        ...ids,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, LC_MESSAGES: 'C' },
      },
    );
    const postmaster = new Postmaster(child);
    running.add(postmaster);
    ensureStoppedOnExit();
    await new Promise<void>((resolve, reject) => {
      child.once('error', reject);
      void postmaster.exited.then((how) => reject(new Error(`PostgreSQL exited during start-up (${how}):\n${postmaster.tail}`)));
      for (const stream of [child.stdout!, child.stderr!]) {
        readline.createInterface({ input: stream }).on('line', (line) => {
          postmaster.remember(line);
          if (line.includes(READY)) resolve();
        });
      }
    });
    return postmaster;
  }

  async stop(): Promise<void> {
    if (this.alive) await stopPostmaster(this.child.pid!);
  }

  private remember(line: string) {
    this.lastWords.push(line);
    if (this.lastWords.length > 10) this.lastWords.shift();
    if (/\bPANIC:/.test(line)) log.error({ postgres: line }, 'PostgreSQL panicked');
    else log.debug({ postgres: line }, 'PostgreSQL');
  }
}

let hooked = false;
/**
 * Whenever this process ends with a running database (an uncaught error, process.exit, a stop
 * that took too long), the server is asked for a fast shutdown: it has no owner any more. Only a
 * SIGKILL of this process skips this; the next start then clears the orphan (stale-postmaster.ts).
 */
function ensureStoppedOnExit() {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const postmaster of running) if (postmaster.pid) process.kill(postmaster.pid, 'SIGINT');
  });
}
