import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from './page-size.js';
import { countTokens, measureOperation, QUERY_LIMITS } from './limits.js';
import { DEFAULT_RATE_LIMITS } from './rate-limits.js';
import { schema } from './schema.js';

const dashboardSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dashboard/src');

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

const definitions: DefinitionNode[] = graphqlFiles(dashboardSrc).flatMap((file) => parse(fs.readFileSync(file, 'utf8')).definitions);
const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
const fragments = new Map(definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));

/** The operation with the fragments it spreads, as the dashboard's client sends it. */
function documentOf(operation: OperationDefinitionNode) {
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value)!;
        if (!used.has(spread.name.value)) collect(used.set(spread.name.value, fragment).get(spread.name.value)!);
      },
    });
  collect(operation);
  return { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] } as const;
}

const SCALAR_SAMPLES: Record<string, unknown> = {
  Int: MAX_PAGE_SIZE,
  Float: 1,
  Boolean: true,
  String: 'x',
  ID: '1',
  Month: '2026-11',
  Date: '2026-11-23',
  DateTime: '2026-11-23T08:00:00.000Z',
  JSONObject: {},
};

/** A value of the type at its costliest for the limits: every Int (`first`, `top`…) at the page-size cap. */
function largest(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [largest(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    const required = Object.values(nullable.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(required.map((field) => [field.name, largest(field.type)]));
  }
  const name = getNamedType(nullable).name;
  if (!(name in SCALAR_SAMPLES)) throw new Error(`No sample value for scalar ${name}`);
  return SCALAR_SAMPLES[name];
}

describe("the dashboard's operations", async () => {
  const built = await schema();
  /** The operation's verdict with every variable at its largest. */
  const measure = (operation: OperationDefinitionNode) => {
    const document = documentOf(operation);
    const variables = Object.fromEntries(
      (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, largest(typeFromAST(built, v.type) as GraphQLInputType)]),
    );
    return { ...measureOperation(built, document, operation, variables), tokens: countTokens(print(document)) };
  };

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it.each(operations.map((operation) => [operation.name?.value ?? 'anonymous', operation] as const))(
    '%s passes every limit with room to spare, with the largest variables',
    (_name, operation) => {
      const { refusal, cost, tokens } = measure(operation);
      expect(refusal?.message).toBeUndefined();
      expect(cost).toBeLessThan(QUERY_LIMITS.maxCost / 2);
      expect(tokens).not.toBeNull();
      expect(tokens!).toBeLessThan(QUERY_LIMITS.maxTokens / 2);
    },
  );

  it('fit the default rate limits: a user may load the costliest of them 50 times a minute', () => {
    const costliest = Math.max(...operations.map((operation) => measure(operation).cost!));
    expect(DEFAULT_RATE_LIMITS.userCostPerMinute).toBeGreaterThanOrEqual(50 * costliest);
    expect(DEFAULT_RATE_LIMITS.addressCostPerMinute).toBeGreaterThanOrEqual(DEFAULT_RATE_LIMITS.userCostPerMinute);
  });
});
