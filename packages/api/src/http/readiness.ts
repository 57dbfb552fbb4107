import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { query, sql } from '../db/sql.js';

/** A probe answers within this, whatever the database does. */
const PROBE_MS = 2_000;

/**
 * GET /readyz: 200 while the database answers, 503 while it does not, by itself again once it is
 * back (the pool drops broken connections and opens new ones). The cause stays in the server log.
 */
export function readiness(orm: MikroORM): RequestHandler {
  return async (_req, res) => {
    let timer: NodeJS.Timeout | undefined;
    const ready = await Promise.race([
      query(orm.em, sql`select 1`).then(
        () => true,
        () => false,
      ),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_MS))),
    ]);
    clearTimeout(timer);
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable' });
  };
}
