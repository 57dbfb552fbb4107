import { graphql, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { OrgUnitKind, Role } from '@township/shared';
import { queryOne, sql } from '../db/sql.js';
import { RequestContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import { schema } from '../graphql/schema.js';
import type { Viewer } from '../graphql/viewer.js';

export type FormattedResult<T> = Omit<ExecutionResult<T>, 'errors'> & { errors?: GraphQLFormattedError[] };

export interface Caller {
  viewer: Viewer | null;
  /** Runs an operation as this caller, with a fresh request context, and returns data and errors. */
  run<T = Record<string, any>>(source: string, variables?: Record<string, unknown>): Promise<FormattedResult<T>>;
  /** Like run, but fails the test on any error. */
  data<T = Record<string, any>>(source: string, variables?: Record<string, unknown>): Promise<T>;
}

/** A caller acting as the named user (their role and scope as stored), or anonymous with null. */
export async function callerFor(orm: MikroORM, username: string | null): Promise<Caller> {
  let viewer: Viewer | null = null;
  if (username) {
    const row = await queryOne(
      orm.em,
      sql<{ id: number; username: string; display_name: string; role: Role; scope_id: number; path: string; name: string; kind: OrgUnitKind }>`
        select u.id, u.username, u.display_name, u.role, ou.id as scope_id, ou.path, ou.name, ou.kind
          from app_user u join org_unit ou on ou.id = u.scope_id where u.username = ${username}`,
    );
    if (!row) throw new Error(`No user ${username} in the test database`);
    viewer = {
      userId: row.id,
      username: row.username,
      displayName: row.display_name,
      role: row.role,
      scope: { id: row.scope_id, path: row.path, name: row.name, kind: row.kind },
    };
  }
  const run = async <T>(source: string, variableValues?: Record<string, unknown>) => {
    const result = await graphql({ schema: await schema(), source, variableValues, contextValue: new RequestContext(orm.em.fork(), viewer) });
    // Errors are shaped exactly as the HTTP server shapes them (codes, fields, no internals).
    const errors = result.errors?.map((error) => formatError(error.toJSON(), error));
    return { ...result, errors } as FormattedResult<T>;
  };
  return {
    viewer,
    run,
    async data<T>(source: string, variables?: Record<string, unknown>) {
      const result = await run<T>(source, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${result.errors.map((e) => `${e.message} [${e.extensions?.code}]`).join('; ')}`);
      return result.data as T;
    },
  };
}

/** The coded error of a result (first error), for asserting refusals. */
export const errorOf = (result: FormattedResult<unknown>) => {
  const error = result.errors?.[0];
  return error ? { code: error.extensions?.code, field: error.extensions?.field, message: error.message } : null;
};

/**
 * A caller for test files whose database is created in a beforeAll hook: the user is looked up
 * on first use, so it can be declared at the top of the file.
 */
export function callerAs(username: string | null, orm: () => MikroORM): Omit<Caller, 'viewer'> {
  let caller: Promise<Caller> | undefined;
  const get = () => (caller ??= callerFor(orm(), username));
  return {
    run: async (source, variables) => (await get()).run(source, variables),
    data: async (source, variables) => (await get()).data(source, variables),
  };
}
