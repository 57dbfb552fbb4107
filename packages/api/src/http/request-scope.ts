import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import { BudgetExceeded } from '../db/failures.js';

/**
 * One HTTP request as the rest of the server sees it, wherever it is down the request's async call
 * chain: the SQL hooks count its statements and cancel them when its time runs out
 * (db/pool-guard.ts), the error mapping and the request log name it by id.
 */
export class RequestScope {
  readonly startedAt = performance.now();
  /** The signed-in user's name, once the session is known. */
  user?: string;
  operation?: string;
  /** SQL statements sent for this request. */
  statements = 0;
  /** `ok`, or the code of the first error answered. */
  outcome?: string;
  /**
   * True for the session lookup every request starts with, and for anonymous requests (the sign-in
   * page): these draw on connections that signed-in work cannot take (db/pool-guard.ts).
   */
  priority = true;
  /** Set once the time budget has run out, or the caller has gone: no more database work. */
  expired?: BudgetExceeded;
  private readonly onExpire = new Set<() => void>();

  constructor(readonly id: string) {}

  /** Records who is asking; signed-in work then competes for the ordinary connections. */
  identify(username: string | undefined) {
    this.user = username;
    this.priority = !username;
  }

  /** Runs `stop` if the request expires before the returned function is called. */
  whenExpired(stop: () => void): () => void {
    this.onExpire.add(stop);
    return () => this.onExpire.delete(stop);
  }

  expire(budgetMs: number) {
    if (this.expired) return;
    this.expired = new BudgetExceeded(budgetMs);
    for (const stop of this.onExpire) stop();
    this.onExpire.clear();
  }
}

const storage = new AsyncLocalStorage<RequestScope>();

/** The request the current code runs for, if any (none at start-up or in background jobs). */
export const currentRequest = (): RequestScope | undefined => storage.getStore();

export const scopeOf = (res: Response): RequestScope => res.locals.requestScope as RequestScope;

/** A caller's own id is kept (to follow a request through a proxy) when it is short and plain. */
const CALLER_ID = /^[\w.:-]{1,64}$/;

/** First middleware: gives the request its id, also returned as `X-Request-Id`. */
export const openRequestScope: RequestHandler = (req, res, next) => {
  const given = req.get('x-request-id');
  const scope = new RequestScope(given && CALLER_ID.test(given) ? given : randomUUID());
  res.locals.requestScope = scope;
  res.setHeader('X-Request-Id', scope.id);
  next();
};

/**
 * Runs the rest of the request inside its scope, with a time budget: when it runs out, or the
 * caller hangs up first, the request's statements are cancelled and its further database work
 * refused, so it answers TIMEOUT instead of holding connections. Placed after the body parser,
 * which would otherwise lose the async context.
 */
export function enterRequestScope(budgetMs: number): RequestHandler {
  return (_req, res, next) => {
    const scope = scopeOf(res);
    const timer = setTimeout(() => scope.expire(budgetMs), budgetMs);
    res.once('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished) scope.expire(budgetMs);
    });
    storage.run(scope, next);
  };
}
