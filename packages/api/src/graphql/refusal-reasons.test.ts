import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMetadataStorage as validationMetadata } from 'class-validator';
import { describe, expect, it } from 'vitest';
import { badInput, forbidden, isRefusalReason, REFUSALS } from '@township/shared';
import { withSmallCounty } from '../test/fixtures.js';
import { callerAs } from '../test/graphql.js';
import { schema } from './schema.js';

// A refusal without a catalogued rule, or with other figures than the catalogue names, does not compile:
// @ts-expect-error no rule
badInput('input.x', 'refused');
// @ts-expect-error a rule the catalogue does not know
badInput('input.x', 'refused', 'noSuchRule');
// @ts-expect-error a rule without its figures
badInput('input.x', 'refused', 'dateInFuture');
// @ts-expect-error a figure the catalogue does not name
badInput('input.x', 'refused', 'dateInFuture', { date: '2030-01-01', today: '2026-12-04', year: 2030 });
// @ts-expect-error forbidden needs its rule too
forbidden('refused');

const SOURCES = [join(import.meta.dirname, '..'), join(import.meta.dirname, '../../../shared/src')];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('refusal reasons', () => {
  it('written as literals anywhere (GraphQL errors built by hand, HTTP refusals) are all in the catalogue', () => {
    const found = sourceFiles(SOURCES[0])
      .concat(sourceFiles(SOURCES[1]))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\breason: '(\w+)'/g)].map((match) => ({ file, reason: match[1] })));
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter(({ reason }) => !isRefusalReason(reason))).toEqual([]);
  });

  it('of class-validator (the rules on every input class) are all in the catalogue', async () => {
    await schema();
    const rules = new Set<string>();
    const storage = validationMetadata() as unknown as { validationMetadatas: Map<Function, { name?: string; type: string }[]> };
    for (const metadatas of storage.validationMetadatas.values()) {
      for (const metadata of metadatas) if (metadata.type !== 'conditionalValidation') rules.add(metadata.name ?? metadata.type);
    }
    expect(rules.size).toBeGreaterThan(5);
    expect([...rules].filter((rule) => !isRefusalReason(rule))).toEqual([]);
  });
});

describe('a refusal over GraphQL', () => {
  const county = withSmallCounty();
  const leader = callerAs('leader', () => county.db.orm);
  const extensionsOf = async (source: string, variables: Record<string, unknown>) => (await leader.run(source, variables)).errors?.[0]?.extensions;

  it('names its rule and the figures the catalogue lists for it', async () => {
    const future = `${new Date().getUTCFullYear() + 1}-01-02`;
    const paid = await extensionsOf(`mutation($paidOn: Date!) { markRewardPaid(id: 1, paidOn: $paidOn) }`, { paidOn: future });
    expect(paid).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'paidOn',
      reason: 'dateInFuture',
      params: { date: future, today: new Date().toISOString().slice(0, 10) },
    });
    expect(Object.keys(paid!.params as object).sort()).toEqual([...REFUSALS.dateInFuture].sort());
  });

  it('carries class-validator’s figures under the catalogue’s names', async () => {
    const update = `mutation($id: ID!, $input: UpdateVillageInput!) { updateVillage(id: $id, input: $input) { id } }`;
    expect(await extensionsOf(update, { id: county.ids.east1Id, input: { name: '村'.repeat(51) } })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.name',
      reason: 'isLength',
      params: { min: 1, max: 50 },
    });
  });

  it('of a record that is not there names the id', async () => {
    expect(await extensionsOf(`query($id: ID!) { orgUnit(id: $id) { id } }`, { id: 999_999 })).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'notFound',
      params: { id: 999_999 },
    });
  });
});
