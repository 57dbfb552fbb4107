import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import {
  getVariableValues,
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ErrorCode } from '@township/shared';
import type { RequestContext } from './context.js';
import { Cost, operationCost, UNPAGED_LIST_SIZE } from './cost.js';
import type { CostRateLimiter } from './rate-limits.js';

/** What one operation may ask for (the analysts' manual in README and the Query description says the same). */
export const QUERY_LIMITS = {
  maxTokens: 2_000,
  maxDepth: 10,
  maxAliases: 30,
  maxRootFields: 100,
  /** See cost.ts; every operation the dashboard sends costs under half of it (dashboard-operations.unit.test.ts). */
  maxCost: 50_000,
} as const;

export type QueryLimit = keyof typeof QUERY_LIMITS;

/** Tokens are counted up to here: past it the figure helps nobody, and a body of one-character tokens would hold the event loop. */
export const TOKENS_COUNTED = 10 * QUERY_LIMITS.maxTokens;

const figure = (n: number) => n.toLocaleString('en');

/** The limits in a few sentences, for the schema (the analysts' manual). */
export const LIMITS_NOTE =
  `One operation may have at most ${figure(QUERY_LIMITS.maxTokens)} tokens, ${QUERY_LIMITS.maxDepth} levels of nesting, ${QUERY_LIMITS.maxAliases} aliases, ` +
  `${QUERY_LIMITS.maxRootFields} root fields and a cost of ${figure(QUERY_LIMITS.maxCost)} (each field 1, aggregates ${figure(Cost.aggregate)} or ${figure(Cost.report)}, ` +
  `multiplied by the \`first\` of every page it sits in; a list without \`first\` counts as ${UNPAGED_LIST_SIZE} items). Over a limit it is refused with ` +
  'QUERY_TOO_COMPLEX before anything runs: page with `first`/`after`, use fewer aliases or split the request. Costs are also charged to a budget per minute ' +
  'per user and per address (RATE_LIMITED, with Retry-After).';

const WHAT: Record<QueryLimit, string> = {
  maxTokens: 'The document has {actual} tokens (names, punctuation, values)',
  maxDepth: 'The operation nests fields {actual} deep',
  maxAliases: 'The operation uses {actual} aliases',
  maxRootFields: 'The operation selects {actual} root fields',
  maxCost: 'The operation would cost {actual} (each `first` multiplies the cost of what is selected inside it)',
};

/** When the figure is not known: counting stopped (tokens) or fragments spread inside fragments multiply past counting (cost). */
const UNCOUNTED: Record<QueryLimit, string> = {
  ...WHAT,
  maxTokens: `The document has more than ${figure(TOKENS_COUNTED)} tokens`,
  maxCost: 'The operation is too tangled to price (fragments spread inside fragments)',
};

/** Why an operation over `reason` is refused: an English sentence naming the limit and the figure, and the machine parts. */
export function overLimit(reason: QueryLimit, actual: number | null) {
  const limit = QUERY_LIMITS[reason];
  const what = actual === null ? UNCOUNTED[reason] : WHAT[reason].replace('{actual}', figure(actual));
  return {
    message: `${what}; the limit is ${figure(limit)}. Page with first/after, use fewer aliases or split the request.`,
    code: ErrorCode.QueryTooComplex,
    reason,
    params: { limit, actual },
  };
}

/** QUERY_TOO_COMPLEX (HTTP 400), naming the limit (`reason`) and the figures (`params`). */
function tooComplex(reason: QueryLimit, actual: number | null): GraphQLError {
  const { message, ...extensions } = overLimit(reason, actual);
  return new GraphQLError(message, { extensions: { ...extensions, http: { status: 400 } } });
}

/**
 * Apollo plugin: refuses, before anything runs, an operation over the limits on its shape and
 * cost, measured on the parsed, validated operation with the request's variables (a `first: $n`
 * counts as sent), then charges its cost to the caller's rate limits. Tokens are counted earlier,
 * on the raw text (http/protocol.ts), so a huge document is never parsed.
 */
export function queryLimits(rates: CostRateLimiter): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          // No such operation in the document: Apollo refuses it next, before anything runs.
          if (!operation) return;
          const { refusal, cost } = measureOperation(schema, document, operation, request.variables);
          if (refusal) throw refusal;
          if (cost !== undefined) await rates.charge(cost, contextValue.viewer?.userId, contextValue.req?.ip);
        },
      };
    },
  };
}

/**
 * An operation against the limits on its shape and cost: the first limit it goes over, or its
 * cost (undefined when the variables are wrong: the execution refuses them with BAD_USER_INPUT
 * before anything runs).
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): { refusal?: GraphQLError; cost?: number } {
  const refusal = shapeRefusal(schema, document, operation);
  if (refusal) return { refusal };
  if (getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).errors) return {};
  const cost = costOf(schema, document, operation, variables);
  return cost === null || cost > QUERY_LIMITS.maxCost ? { refusal: tooComplex('maxCost', cost) } : { cost };
}

/**
 * Tokens of a document as GraphQL's lexer reads them; null past TOKENS_COUNTED. Text it cannot
 * read ends the count: the parser reports the syntax error if the document is within the limit.
 */
export function countTokens(source: string): number | null {
  const lexer = new Lexer(new Source(source));
  let tokens = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) if (++tokens > TOKENS_COUNTED) return null;
  } catch {
    // A syntax error: counted so far.
  }
  return tokens;
}

/** The first limit on the operation's shape (depth, aliases, root fields) it goes over, if any. */
function shapeRefusal(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | undefined {
  const refusals: GraphQLError[] = [];
  // graphql-armor's rules report the figure only inside their message ("…, found 14.").
  const armor = (reason: QueryLimit) => ({
    n: QUERY_LIMITS[reason],
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [(_context: unknown, error: GraphQLError) => refusals.push(tooComplex(reason, Number(/found (\d+)/.exec(error.message)?.[1])))],
  });
  const rules: ValidationRule[] = [
    maxDepthRule({ ...armor('maxDepth'), flattenFragments: true, ignoreIntrospection: true }),
    // Aliased __typename counts too: 56,000 of them blocked the event loop for seconds.
    maxAliasesRule({ ...armor('maxAliases'), allowList: [] }),
  ];
  validate(schema, { ...document, definitions: [operation, ...document.definitions.filter(isFragment)] }, rules);
  if (refusals.length) return refusals[0];
  const rootFields = countRootFields(operation.selectionSet, new Map(document.definitions.filter(isFragment).map((f) => [f.name.value, f])));
  return rootFields > QUERY_LIMITS.maxRootFields ? tooComplex('maxRootFields', rootFields) : undefined;
}

const isFragment = (definition: DocumentNode['definitions'][number]): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION;

/** Fields selected on the root type, through fragments; a fragment spread twice is counted once (its fields merge). */
function countRootFields(selectionSet: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, spread = new Set<string>()): number {
  let fields = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) fields++;
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields += countRootFields(selection.selectionSet, fragments, spread);
    else if (!spread.has(selection.name.value) && fragments.has(selection.name.value)) {
      spread.add(selection.name.value);
      fields += countRootFields(fragments.get(selection.name.value)!.selectionSet, fragments, spread);
    }
  }
  return fields;
}

/** The operation's cost with the request's variables; null when it is too tangled to price. */
function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): number | null {
  try {
    return operationCost(schema, document, operation.name?.value, variables);
  } catch {
    return null;
  }
}
