import type { MikroORM } from '@mikro-orm/postgresql';
import { currentRequest, type RequestScope } from '../http/request-scope.js';
import { log } from '../log.js';

/**
 * Connections kept out of reach of signed-in work: however many slow reports run, the session
 * lookup every request starts with and the anonymous sign-in page always find one.
 */
export const RESERVED_CONNECTIONS = 2;

interface PgConnection {
  processID: number;
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/** The part of knex's client this guard wraps (not in knex's public types). */
interface KnexClient {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<void>;
  acquireRawConnection(): Promise<PgConnection>;
  destroyRawConnection(connection: PgConnection): Promise<void>;
}

const guarded = new WeakSet<object>();

/**
 * Puts the ORM's connection pool under the requests' rules, at the one place every statement,
 * transaction included, takes its connection:
 * - signed-in requests share `max − RESERVED_CONNECTIONS` connections and queue for them; their
 *   wait counts against their time budget;
 * - a request past its budget gets no connection, and the statements it is running are cancelled;
 * - each request's statements are counted for its log line.
 * Work outside any request (start-up, migrations, demo data) is not limited.
 */
export function guardPool(orm: MikroORM): void {
  const knex = orm.em.getConnection().getKnex();
  const client = knex.client as unknown as KnexClient;
  // Two servers over one ORM (tests) must not count and queue everything twice.
  if (guarded.has(client)) return;
  guarded.add(client);
  const slots = new Slots(Math.max(1, (orm.config.get('pool')?.max ?? 10) - RESERVED_CONNECTIONS));
  const acquire = client.acquireConnection.bind(client);
  const release = client.releaseConnection.bind(client);
  const held = new Map<PgConnection, { scope: RequestScope; gated: boolean; unwatch: () => void }>();

  client.acquireConnection = async () => {
    const scope = currentRequest();
    if (!scope) return acquire();
    if (scope.expired) throw scope.expired;
    const gated = !scope.priority;
    if (gated) await slots.take(scope);
    let connection: PgConnection;
    try {
      connection = await acquire();
    } catch (error) {
      if (gated) slots.give();
      throw error;
    }
    held.set(connection, { scope, gated, unwatch: scope.whenExpired(() => void cancel(connection, scope)) });
    // The budget may have run out while the pool was opening the connection.
    if (scope.expired) {
      await client.releaseConnection(connection);
      throw scope.expired;
    }
    return connection;
  };

  client.releaseConnection = (connection) => {
    const holder = held.get(connection);
    if (holder) {
      held.delete(connection);
      holder.unwatch();
      if (holder.gated) slots.give();
    }
    return release(connection);
  };

  /** Cancels what `connection` runs for `scope`, on a connection of its own (the pool may be full). */
  async function cancel(connection: PgConnection, scope: RequestScope) {
    try {
      const canceller = await client.acquireRawConnection();
      try {
        // Checked again once connected: meanwhile the connection may have gone back to the pool.
        if (held.get(connection)?.scope === scope) await canceller.query('select pg_cancel_backend($1)', [connection.processID]);
      } finally {
        await client.destroyRawConnection(canceller);
      }
    } catch (error) {
      log.debug({ err: error, reqId: scope.id }, 'Could not cancel the statement of an expired request');
    }
  }

  knex.on('query', () => {
    const scope = currentRequest();
    if (scope) scope.statements++;
  });
}

/** A counting semaphore whose waiters leave the queue when their request expires. */
class Slots {
  private readonly waiting: (() => void)[] = [];

  constructor(private free: number) {}

  take(scope: RequestScope): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const grant = () => {
        unwatch();
        resolve();
      };
      const unwatch = scope.whenExpired(() => {
        this.waiting.splice(this.waiting.indexOf(grant), 1);
        reject(scope.expired);
      });
      this.waiting.push(grant);
    });
  }

  give() {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}
