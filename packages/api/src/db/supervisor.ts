import type { Logger } from '../log.js';

/** A process the supervisor can watch and stop. */
export interface Supervised {
  readonly pid: number | undefined;
  readonly startedAt: number;
  /** Settles when the process has ended, saying how. */
  readonly exited: Promise<string>;
  /** Its last log lines, for the report of an exit. */
  readonly tail: string;
  stop(): Promise<void>;
}

export interface BackOff {
  firstMs: number;
  maxMs: number;
  /** A process that ran this long before it died starts the back-off afresh. */
  stableMs: number;
}

const BACK_OFF: BackOff = { firstMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

/**
 * Keeps one process running: when it ends on its own (kill -9, a PANIC after a full disk), a new
 * one is launched after a pause that doubles with each failure, and every exit and restart is
 * logged. `launch` must bring the replacement up where the old one was (same data, same port), so
 * the clients' connection settings stay valid and their pools reconnect by themselves.
 */
export class Supervisor<T extends Supervised> {
  private current?: T;
  private stopping = false;
  private delay: number;
  private restarting: Promise<void> = Promise.resolve();
  private wake = () => {};

  constructor(
    private readonly name: string,
    private readonly launch: () => Promise<T>,
    private readonly logger: Logger,
    private readonly backOff: BackOff = BACK_OFF,
  ) {
    this.delay = backOff.firstMs;
  }

  /** The running process's id; undefined while it is down. */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  async start(): Promise<void> {
    this.watch(await this.launch());
  }

  /** Stops supervising, then the process; a restart under way is waited for and stopped too. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake();
    await this.restarting;
    await this.current?.stop();
  }

  private watch(process: T) {
    this.current = process;
    void process.exited.then((how) => {
      if (this.stopping) return;
      if (Date.now() - process.startedAt >= this.backOff.stableMs) this.delay = this.backOff.firstMs;
      this.logger.error({ exit: how, lastLines: process.tail }, `${this.name} stopped unexpectedly (${how}); restarting in ${this.delay / 1000} s`);
      this.restarting = this.restart();
    });
  }

  private async restart() {
    while (!this.stopping) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.delay);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (this.stopping) return;
      this.delay = Math.min(this.delay * 2, this.backOff.maxMs);
      try {
        const process = await this.launch();
        this.watch(process);
        if (this.stopping) return;
        this.logger.warn({ pid: process.pid }, `${this.name} restarted`);
        return;
      } catch (error) {
        this.logger.error({ err: error }, `${this.name} did not restart; next try in ${this.delay / 1000} s`);
      }
    }
  }
}
