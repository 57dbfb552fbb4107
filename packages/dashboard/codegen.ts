import { existsSync } from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

// Types flow one way: the API emits schema.graphql from its code; the dashboard's operation types
// are generated from it. contract.graphql only stands in until the emitted file exists.
const emitted = '../api/schema.graphql';
const schema = existsSync(emitted) ? emitted : './contract.graphql';

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Month: 'string', Date: 'string', DateTime: 'string' },
        skipTypename: true,
      },
    },
  },
  silent: true,
};

export default config;
