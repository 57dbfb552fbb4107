import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * A piece of SQL and the values it binds, kept apart: `text` holds a `?` where each value goes
 * (and `\?` for a question mark written in the SQL itself, the jsonb operators), and the values
 * travel to PostgreSQL as bind parameters, never spelled into the text. `Row` is the shape the
 * statement's rows have; it is the caller's word, as with any SQL.
 */
export class Sql<Row = Record<string, unknown>> {
  /** Carries the row type; never set. */
  declare readonly row?: Row;

  private constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}

  /** The template tag: literal parts are SQL, `${…}` parts are values unless they are fragments themselves. */
  static tag<Row = Record<string, unknown>>(strings: TemplateStringsArray, ...parts: unknown[]): Sql<Row> {
    let text = escapeMarks(strings[0]);
    const values: unknown[] = [];
    parts.forEach((part, i) => {
      if (part instanceof Sql) {
        text += part.text;
        values.push(...part.values);
      } else {
        text += '?';
        values.push(part);
      }
      text += escapeMarks(strings[i + 1]);
    });
    return new Sql<Row>(text, values);
  }

  /** Fragments written out with `separator` between them (an empty list is the empty fragment). */
  static join(fragments: readonly Sql<unknown>[], separator = ', '): Sql {
    const sep = escapeMarks(separator);
    return new Sql(
      fragments.map((f) => f.text).join(sep),
      fragments.flatMap((f) => f.values),
    );
  }

  /** A quoted identifier (a column or alias chosen by code, e.g. from a whitelist of sort keys). */
  static id(name: string): Sql {
    return new Sql(
      name
        .split('.')
        .map((part) => `"${part.replaceAll('"', '""')}"`)
        .join('.'),
      [],
    );
  }

  /**
   * SQL text built by code from constants (a list of enum literals, an indicator's formula), never
   * from anything a caller sent.
   */
  static raw(text: string): Sql {
    return new Sql(escapeMarks(text), []);
  }
}

const escapeMarks = (text: string) => text.replaceAll('?', '\\?');

type Tag = (<Row = Record<string, unknown>>(strings: TemplateStringsArray, ...parts: unknown[]) => Sql<Row>) & {
  join: typeof Sql.join;
  id: typeof Sql.id;
  raw: typeof Sql.raw;
  empty: Sql;
  and: (conditions: readonly Sql<unknown>[]) => Sql;
  list: (values: readonly unknown[]) => Sql;
  scoped: (scope: ScopePrefix, orgUnitAlias: string) => Sql;
};

/** What the query layer needs to know of a viewer's scope: the path every unit inside it starts with. */
export interface ScopePrefix {
  readonly rootPath: string;
}

/**
 * `sql<Row>\`select … where id = ${id}\``: a parameterised statement or fragment (see Sql). Helpers:
 * `sql.join`, `sql.and` (conditions; `true` when none), `sql.list` (`?, ?, ?` for `in (…)`), `sql.id`, `sql.raw`,
 * `sql.empty`, and `sql.scoped(scope, alias)`, the one spelling of "this org_unit alias lies in
 * the viewer's scope": a prefix match the `org_unit_path_prefix` index serves.
 */
export const sql: Tag = Object.assign(Sql.tag, {
  join: Sql.join,
  id: Sql.id,
  raw: Sql.raw,
  empty: Sql.tag`` as Sql,
  and: (conditions: readonly Sql<unknown>[]) => (conditions.length ? Sql.join(conditions, ' and ') : Sql.tag`true`),
  list: (values: readonly unknown[]) => Sql.join(values.map((v) => Sql.tag`${v}`)),
  scoped: (scope: ScopePrefix, orgUnitAlias: string) => Sql.tag`${Sql.id(orgUnitAlias)}.path like ${`${scope.rootPath}%`}`,
});

/** The `%…%` pattern matching `text` anywhere, with LIKE's own characters in it taken literally. */
export const containing = (text: string) => `%${likeLiteral(text)}%`;

/** The pattern matching values that start with `text`, LIKE's own characters taken literally. */
export const startingWith = (text: string) => `${likeLiteral(text)}%`;

const likeLiteral = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The part of MikroORM's connection that logs a statement (protected in its types). */
interface LoggingConnection {
  ensureConnection(): Promise<void>;
  executeQuery<T>(query: string, run: () => Promise<T>, context?: Record<string, unknown>): Promise<T>;
}

/**
 * Runs a statement through the EntityManager's connection, inside its transaction when it has
 * one, logged like the ORM's own statements (the tests that count statements see it).
 */
export async function query<Row>(em: EntityManager, statement: Sql<Row>): Promise<Row[]> {
  const connection = em.getConnection();
  const logging = connection as unknown as LoggingConnection;
  await logging.ensureConnection();
  const transaction = em.getTransactionContext<Knex.Transaction>();
  const result = await logging.executeQuery(
    statement.text,
    async () => {
      const raw = connection.getKnex().raw(statement.text, statement.values as Knex.RawBinding[]);
      if (transaction) raw.transacting(transaction);
      return (await raw) as { rows: Row[] };
    },
    { query: statement.text, params: statement.values },
  );
  return result.rows;
}

/** The first row of a statement, or undefined when it has none. */
export async function queryOne<Row>(em: EntityManager, statement: Sql<Row>): Promise<Row | undefined> {
  const [row] = await query(em, statement);
  return row;
}
