import { getNamedType, getNullableType, isListType, isObjectType, type DocumentNode, type GraphQLField, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { MAX_PAGE_SIZE } from './page-size.js';

/**
 * Weights for the `complexity` option of fields computed from many rows (aggregates, reports),
 * against a plain field's 1. An aggregate reads a unit's whole history in one SQL statement; a
 * report runs several of them.
 */
export const Cost = { aggregate: 500, report: 5_000 } as const;

/** What a list without a page size (a village's assignments, a report's rows) is taken to hold. */
export const UNPAGED_LIST_SIZE = 5;

/** At most this many field evaluations per operation: fragments spread inside fragments multiply. */
const MAX_EVALUATED_NODES = 10_000;

/**
 * The cost of an operation before it runs: every field costs its weight (1 unless its
 * `complexity` says otherwise), and a field's `first` (capped at the page size) multiplies the
 * cost of everything selected inside it; a list without `first` counts as UNPAGED_LIST_SIZE
 * items, except the lists of a page (`nodes`, `edges`) that `first` already sized.
 * Introspection has a flat cost (INTROSPECTION_COST). Throws when the operation is too
 * tangled to count (more than MAX_EVALUATED_NODES evaluations).
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown> | undefined,
): number {
  return getComplexity({ schema, query: document, operationName, variables, estimators: [estimatorFor(schema)], maxQueryNodes: MAX_EVALUATED_NODES });
}

const estimators = new WeakMap<GraphQLSchema, ComplexityEstimator>();

function estimatorFor(schema: GraphQLSchema): ComplexityEstimator {
  let estimator = estimators.get(schema);
  if (!estimator) {
    estimator = fieldCost(pageTypes(schema));
    estimators.set(schema, estimator);
  }
  return estimator;
}

/** Reading the schema costs what a report does, whatever is selected inside it: its size is the schema's, not the data's. */
const INTROSPECTION_COST: Record<string, number> = { __schema: Cost.report, __type: Cost.aggregate };

const fieldCost =
  (pages: Set<string>): ComplexityEstimator =>
  ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith('__') || field.name.startsWith('__')) return INTROSPECTION_COST[field.name] ?? 0;
    const complexity: unknown = field.extensions?.complexity;
    const weight = typeof complexity === 'number' ? complexity : 1;
    return weight + itemsOf(field, args, pages.has(type.name)) * childComplexity;
  };

function itemsOf(field: GraphQLField<unknown, unknown>, args: Record<string, unknown>, insidePage: boolean): number {
  if (typeof args.first === 'number') return Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
  return isListType(getNullableType(field.type)) && !insidePage ? UNPAGED_LIST_SIZE : 1;
}

/** Object types answered by a field with `first` (connections, rankings): their lists are the page. */
function pageTypes(schema: GraphQLSchema): Set<string> {
  const pages = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => arg.name === 'first') && !isListType(getNullableType(field.type))) pages.add(getNamedType(field.type).name);
    }
  }
  return pages;
}
