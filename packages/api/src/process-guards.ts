import { currentRequest } from './http/request-scope.js';
import type { Logger } from './log.js';

/**
 * Once the server is up, no single request's stray error ends the process for everyone: an
 * unhandled rejection or an uncaught exception (a socket's or a driver's 'error' event nobody
 * listened to, a throw in a timer of one request) is logged, with the request id when it happened
 * inside one, and the server keeps serving. These leave no shared state half-changed: requests
 * share only the pool, which drops broken connections itself. Running out of memory is not an
 * exception and still ends the process. Before the server is up, such errors end start-up as usual.
 */
export function keepServingOnStrayErrors(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason, reqId: currentRequest()?.id }, 'Unhandled promise rejection; still serving');
  });
  process.on('uncaughtException', (error) => {
    logger.error({ err: error, reqId: currentRequest()?.id }, 'Uncaught exception; still serving');
  });
}
