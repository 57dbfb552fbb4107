import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { FEATURES, type FeatureManifest } from '../features/index.js';
import { authChecker, requireViewer } from './auth.js';
import { guardInputs } from './input-guard.js';
import { LIMITS_NOTE } from './limits.js';
import { validateInput } from './validate-input.js';

let cached: Promise<GraphQLSchema> | undefined;

/** The schema, built once per process (building validates every resolver and type). */
export function schema(): Promise<GraphQLSchema> {
  cached ??= schemaOf(FEATURES);
  return cached;
}

/** A schema of the given features' resolvers (the app's is `schema()`; a test may add a feature of its own). */
export function schemaOf(features: readonly FeatureManifest[]): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: features.flatMap((feature) => feature.resolvers) as NonEmptyArray<Function>,
    authChecker,
    authMode: 'error',
    validateFn: validateInput,
  })
    .then(describeRoots)
    .then(guardInputs)
    .then(requireViewer);
}

/** type-graphql gives the root types no description; the schema is the analysts' manual, so say what they are. */
function describeRoots(built: GraphQLSchema): GraphQLSchema {
  built.getQueryType()!.description = `Reading the data. Sign in first (mutation \`login\`); every list and figure is cut to your scope (your unit and everything below it). ${LIMITS_NOTE}`;
  built.getMutationType()!.description = 'Changing the data. Every change is checked as a whole, written in one transaction and audited.';
  return built;
}
