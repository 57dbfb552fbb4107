import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isEnumType, isInputObjectType, isIntrospectionType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printSchemaSdl } from './print-schema.js';
import { schema } from './schema.js';

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

describe('schema.graphql', () => {
  it('is the schema the code builds (run `pnpm --filter @township/api schema:emit` after a change)', async () => {
    expect(await fs.readFile(committed, 'utf8')).toBe(await printSchemaSdl());
  });

  it('describes every type, field, argument and enum value (it is the analysts’ manual)', async () => {
    const missing: string[] = [];
    for (const type of Object.values((await schema()).getTypeMap())) {
      if (isIntrospectionType(type) || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
