import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../config.js';
import { guardPool } from '../db/pool-guard.js';
import { refuseAnonymousIntrospection } from '../graphql/auth.js';
import { RequestContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { queryLimits } from '../graphql/limits.js';
import { CostRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from '../graphql/rate-limits.js';
import { asServiceFailure, requestOutcome } from '../graphql/request-outcome.js';
import { schema } from '../graphql/schema.js';
import { log, type Logger } from '../log.js';
import { SESSION_COOKIE, viewerForToken } from '../modules/users/index.js';
import { dashboardRouter } from './dashboard.js';
import { Drain } from './drain.js';
import { explorerRouter } from './explorer.js';
import { answerErrorsAsJson, jsonBody, notFoundAsJson, refuseBatches, refuseLongDocuments } from './protocol.js';
import { readiness } from './readiness.js';
import { requestLog } from './request-log.js';
import { currentRequest, enterRequestScope, openRequestScope } from './request-scope.js';

export interface ServerOptions {
  orm: MikroORM;
  dashboardDir: string;
  rateLimits?: RateLimits;
  /** Time budget of one request (config REQUEST_TIMEOUT_MS). */
  requestTimeoutMs?: number;
  logger?: Logger;
}

/** How long a stop waits for requests under way before it closes their connections. */
const DRAIN_GRACE_MS = 5_000;

/** One HTTP server: /graphql, /explorer, /healthz, /readyz and the dashboard at /. */
export async function createServer({
  orm,
  dashboardDir,
  rateLimits = DEFAULT_RATE_LIMITS,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  logger = log,
}: ServerOptions) {
  const app = express();
  const httpServer = http.createServer(app);
  const drain = new Drain();
  guardPool(orm);
  app.use(openRequestScope, requestLog(logger), drain.middleware);
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', readiness(orm));

  const apollo = new ApolloServer<RequestContext>({
    schema: await schema(),
    formatError,
    introspection: true,
    // Stack traces are for the server log, never for callers (Apollo shows them unless NODE_ENV=production).
    includeStacktraceInErrorResponses: false,
    // main.ts owns SIGINT/SIGTERM: it drains this server, then stops the database.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      refuseAnonymousIntrospection,
      queryLimits(new CostRateLimiter(rateLimits)),
      requestOutcome,
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    cookieParser(),
    jsonBody(),
    // Right after the body parser, which loses the request's async context.
    enterRequestScope(requestTimeoutMs),
    refuseBatches,
    refuseLongDocuments,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        // One forked EntityManager per request: its identity map never leaks between users.
        const em = orm.em.fork();
        const viewer = await viewerForToken(em, req.cookies?.[SESSION_COOKIE]).catch(asServiceFailure);
        currentRequest()?.identify(viewer?.username);
        return new RequestContext(em, viewer, req, res);
      },
    }),
  );
  app.use('/explorer', explorerRouter());
  app.use('/', dashboardRouter(dashboardDir));
  app.use(notFoundAsJson, answerErrorsAsJson);

  return {
    httpServer,
    listen(port: number) {
      return new Promise<number>((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as { port: number }).port));
      });
    },
    /** Drains: requests under way finish, new ones are refused; then the server closes. */
    async close() {
      await drain.drain(DRAIN_GRACE_MS);
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
