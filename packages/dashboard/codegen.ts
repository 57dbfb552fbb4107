import type { CodegenConfig } from '@graphql-codegen/cli';

// Types flow one way: the API emits schema.graphql from its code (committed); the dashboard's
// operation types are generated from it and the .graphql files next to the components.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Month: 'string', Date: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        skipTypename: true,
      },
    },
  },
  silent: true,
};

export default config;
