/** Writes the schema as SDL to packages/api/schema.graphql: the analysts' manual and the dashboard's codegen input. */
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchemaSdl } from './print-schema.js';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
await fs.writeFile(target, await printSchemaSdl());
console.log(`Wrote ${target}`);
