import { graphql, type GraphQLError, type GraphQLField, type GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ErrorCode } from '@township/shared';
import { RequestContext } from '../graphql/context.js';
import { formatError } from '../graphql/errors.js';
import type { Viewer } from '../graphql/viewer.js';
import { User, viewerOf } from '../modules/users/index.js';
import { badInputs } from './bad-inputs.js';
import { WriteWatch } from './write-watch.js';

export interface FuzzOptions {
  /** Requests per root field. */
  perOperation: number;
  /** Stops starting new requests after this many milliseconds (each field gets an equal share of what is left). */
  timeBudgetMs: number;
  seed: number;
  /** The users whose roles take turns sending the requests. */
  usernames: readonly string[];
  /** Only fields whose `Query.x` / `Mutation.x` name contains this. */
  only?: string;
}

export interface OperationReport {
  operation: string;
  requests: number;
  accepted: number;
  internalErrors: number;
  /** The first internal error's own message (the client only sees "Internal server error"), with the input that caused it. */
  firstInternal?: string;
  /** Refused requests that left committed changes, with the tables they touched. */
  partialWrites: number;
  firstPartialWrite?: string;
}

/** Rows a refused sign-in is meant to leave (its audit trail); any other table counts as a partial write. */
const WRITTEN_ON_REFUSAL: Record<string, readonly string[]> = { 'Mutation.login': ['audit_record'] };

async function viewerNamed(orm: MikroORM, username: string): Promise<Viewer> {
  return viewerOf(await orm.em.fork().findOneOrFail(User, { username }, { populate: ['scope'] }));
}

const rootFields = (schema: GraphQLSchema) => [
  ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
  ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
];

/** The first error graphql-js reported as an internal one, by its original message. */
function internalError(errors: readonly GraphQLError[] | undefined): string | undefined {
  const error = errors?.find((e) => formatError(e.toJSON(), e).extensions?.code === ErrorCode.Internal);
  return error ? `${error.originalError?.message ?? error.message} at ${error.path?.join('.') ?? '(no path)'}` : undefined;
}

/**
 * Sends generated bad input to every root field in-process (the schema and error shaping the
 * HTTP server uses), as users of several roles in turn, one request at a time, and reports per
 * field the requests, the INTERNAL_SERVER_ERROR answers and the refused requests that still
 * committed a change. Accepted requests may write; that is what valid input is for.
 */
export async function fuzz(orm: MikroORM, schema: GraphQLSchema, options: FuzzOptions): Promise<OperationReport[]> {
  const viewers = await Promise.all(options.usernames.map((username) => viewerNamed(orm, username)));
  const fields = rootFields(schema).filter(
    ([kind, field]) => !options.only || `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`.includes(options.only),
  );
  const watch = new WriteWatch(orm);
  await watch.start();
  const deadline = Date.now() + options.timeBudgetMs;
  const reports: OperationReport[] = [];
  for (const [index, [kind, field]] of fields.entries()) {
    const share = (deadline - Date.now()) / (fields.length - index);
    reports.push(await fuzzField(orm, schema, watch, kind, field, viewers, options, Date.now() + share));
  }
  return reports;
}

async function fuzzField(
  orm: MikroORM,
  schema: GraphQLSchema,
  watch: WriteWatch,
  kind: 'query' | 'mutation',
  field: GraphQLField<unknown, unknown>,
  viewers: Viewer[],
  options: FuzzOptions,
  until: number,
): Promise<OperationReport> {
  const operation = `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`;
  const report: OperationReport = { operation, requests: 0, accepted: 0, internalErrors: 0, partialWrites: 0 };
  for (const [index, fuzzCase] of badInputs(kind, field, options.perOperation, options.seed).entries()) {
    if (Date.now() > until) break;
    const viewer = viewers[index % viewers.length];
    // Through JSON, as a request body arrives: holes become null, a lone surrogate stays.
    const variableValues = JSON.parse(JSON.stringify(fuzzCase.variables)) as Record<string, unknown>;
    const mark = await watch.mark();
    const result = await graphql({ schema, source: fuzzCase.document, variableValues, contextValue: new RequestContext(orm.em.fork(), viewer) });
    report.requests++;
    const internal = internalError(result.errors);
    if (internal) {
      report.internalErrors++;
      report.firstInternal ??= `${internal} — as ${viewer.username}, ${fuzzCase.broken}`;
    }
    // Refused: an error at the field itself (or before execution); errors further down leave the field's own work done.
    const accepted = !result.errors?.some((e) => !e.path || e.path.length === 1);
    if (accepted) report.accepted++;
    if (!(await watch.committedSince(mark))) continue;
    if (accepted) {
      await watch.accept();
      continue;
    }
    const allowed = WRITTEN_ON_REFUSAL[operation] ?? [];
    const changed = (await watch.changedTables()).filter((table) => !allowed.includes(table));
    if (!changed.length) continue;
    report.partialWrites++;
    report.firstPartialWrite ??= `${changed.join(', ')} — as ${viewer.username}, ${fuzzCase.broken}`;
  }
  return report;
}
