/**
 * The dashboard's own GraphQL operations (packages/dashboard/src/**\/*.graphql), as the browser
 * sends them, so the proof scripts measure the requests users make and follow them as they change.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

const DASHBOARD_SOURCES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dashboard/src');

export interface DashboardOperation {
  name: string;
  kind: 'query' | 'mutation';
  /** The names of the operation's variables (without `$`). */
  variables: string[];
  /** Those a request must give: non-null and without a default. */
  required: string[];
  /** The request text: the operation and every fragment it reaches. */
  document: string;
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/**
 * Apollo Client's cache asks for `__typename` in every selection set below the root; the server
 * answers the dashboard's requests with it, so the measured ones carry it too.
 */
function withTypename<T extends ASTNode>(node: T): T {
  return visit(node, {
    SelectionSet(set, _key, parent) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (set.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename')) return undefined;
      return { ...set, selections: [...set.selections, TYPENAME] };
    },
  });
}

function spreadsIn(node: ASTNode): string[] {
  const names: string[] = [];
  visit(node, {
    FragmentSpread: (spread) => {
      names.push(spread.name.value);
    },
  });
  return names;
}

/** Every named query and mutation of the sources, with the fragments it uses attached. */
export function collectOperations(sources: readonly string[]): Map<string, DashboardOperation> {
  const definitions: DefinitionNode[] = sources.flatMap((source) => parse(source).definitions);
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, withTypename(f)]),
  );
  const operations = new Map<string, DashboardOperation>();
  for (const definition of definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name || definition.operation === 'subscription') continue;
    const operation: OperationDefinitionNode = withTypename(definition);
    const used = new Set<string>();
    const pending = spreadsIn(operation);
    while (pending.length) {
      const name = pending.pop()!;
      if (used.has(name)) continue;
      const fragment = fragments.get(name);
      if (!fragment) throw new Error(`Operation ${operation.name!.value} uses fragment ${name}, which no .graphql file defines`);
      used.add(name);
      pending.push(...spreadsIn(fragment));
    }
    operations.set(operation.name!.value, {
      name: operation.name!.value,
      kind: operation.operation === 'mutation' ? 'mutation' : 'query',
      variables: (operation.variableDefinitions ?? []).map((v) => v.variable.name.value),
      required: (operation.variableDefinitions ?? []).filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue).map((v) => v.variable.name.value),
      document: [operation, ...[...used].sort().map((name) => fragments.get(name)!)].map((node) => print(node)).join('\n\n'),
    });
  }
  return operations;
}

/** Reads every .graphql file of the dashboard's sources. */
export async function readDashboardOperations(root = DASHBOARD_SOURCES): Promise<Map<string, DashboardOperation>> {
  const files = (await fs.readdir(root, { recursive: true })).filter((file) => file.endsWith('.graphql')).sort();
  return collectOperations(await Promise.all(files.map((file) => fs.readFile(path.join(root, file), 'utf8'))));
}
