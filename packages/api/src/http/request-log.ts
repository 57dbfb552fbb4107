import type { RequestHandler } from 'express';
import type { Logger } from '../log.js';
import { scopeOf } from './request-scope.js';

/**
 * One JSON line per request once it has been answered (or abandoned): id, user, GraphQL operation,
 * duration, SQL statements, outcome and HTTP status. GraphQL requests log at `info`, server
 * failures at `warn`; the dashboard's files and the health probes only at `debug`.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const scope = scopeOf(res);
    res.once('close', () => {
      const status = res.statusCode;
      const level = status >= 500 ? 'warn' : req.originalUrl.startsWith('/graphql') ? 'info' : 'debug';
      logger[level](
        {
          reqId: scope.id,
          method: req.method,
          path: req.originalUrl.split('?')[0],
          status,
          ms: Math.round(performance.now() - scope.startedAt),
          user: scope.user,
          operation: scope.operation,
          sql: scope.statements,
          outcome: !res.writableFinished ? 'abandoned' : (scope.outcome ?? (status < 400 ? 'ok' : `HTTP_${status}`)),
        },
        'request',
      );
    });
    next();
  };
}
