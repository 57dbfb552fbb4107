import fs from 'node:fs';
import 'reflect-metadata';
import { graphql } from 'graphql';
import { Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../graphql/errors.js';
import { schema, schemaOf } from '../graphql/schema.js';
import { FEATURES, type FeatureManifest } from './index.js';

/** A throwaway feature that exists only in this file: one resolver, one root field. */
@Resolver()
class GreetingResolver {
  @Query(() => String, { description: 'A greeting from a feature defined in a test.' })
  greeting(): string {
    return 'hello';
  }
}

const greetingFeature: FeatureManifest = { name: 'greeting', resolvers: [GreetingResolver] };

describe('features register themselves', () => {
  it('puts a new feature in the schema from its manifest alone, no shared list edited', async () => {
    const built = await schemaOf([...FEATURES, greetingFeature]);
    expect(built.getQueryType()!.getFields().greeting?.description).toBe('A greeting from a feature defined in a test.');
    expect((await schema()).getQueryType()!.getFields().greeting).toBeUndefined();
  });

  it('gives the new feature the house rules: its fields ask for a signed-in viewer like every other', async () => {
    const built = await schemaOf([...FEATURES, greetingFeature]);
    const anonymous = await graphql({ schema: built, source: '{ greeting }', contextValue: { viewer: null } });
    const [refusal] = anonymous.errors!;
    expect(formatError(refusal.toJSON(), refusal).extensions?.code).toBe('UNAUTHENTICATED');
    const signedIn = await graphql({ schema: built, source: '{ greeting }', contextValue: { viewer: { id: 1 } } });
    expect(signedIn).toEqual({ data: { greeting: 'hello' } });
  });

  it('finds every folder under modules/ by itself, demos after the features they read', () => {
    const folders = fs.readdirSync(new URL('../modules/', import.meta.url), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(FEATURES.map((feature) => feature.name).sort()).toEqual(folders.map((d) => d.name).sort());
    const demos = FEATURES.filter((feature) => feature.demo).map((feature) => feature.name);
    expect(demos).toEqual(['surveys', 'evaluations', 'complaints', 'assessments', 'meetings']);
  });

  it('lists each feature once and each resolver in one feature only', () => {
    const names = FEATURES.map((feature) => feature.name);
    expect(new Set(names).size).toBe(names.length);
    const resolvers = FEATURES.flatMap((feature) => feature.resolvers);
    expect(new Set(resolvers).size).toBe(resolvers.length);
  });
});
