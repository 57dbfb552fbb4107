import type { RequestHandler } from 'express';
import { ErrorCode } from '@township/shared';

/**
 * Stopping without dropping work: once `drain()` is called, requests that arrive are refused at
 * once (503, JSON, connection closed) while those already running finish; `drain()` resolves when
 * none is left, or after `graceMs` at the latest.
 */
export class Drain {
  private draining = false;
  private inFlight = 0;
  private idle = () => {};

  readonly middleware: RequestHandler = (_req, res, next) => {
    if (this.draining) {
      res.setHeader('Connection', 'close');
      res.status(503).json({
        errors: [{ message: 'The server is stopping; try again shortly', extensions: { code: ErrorCode.DatabaseUnavailable, reason: 'serverStopping' } }],
      });
      return;
    }
    this.inFlight++;
    res.once('close', () => {
      if (--this.inFlight === 0) this.idle();
    });
    next();
  };

  async drain(graceMs: number): Promise<void> {
    this.draining = true;
    if (this.inFlight === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, graceMs);
      this.idle = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
