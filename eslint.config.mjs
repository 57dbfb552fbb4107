// One lint config for the workspace; each package runs `eslint .` and ESLint finds this file from
// the linted file upwards. Type-aware rules read each package's own tsconfig through the project
// service, so what the linter sees is what `tsc`/`vue-tsc` compile.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;
const tsconfigs = ['packages/api/tsconfig.json', 'packages/shared/tsconfig.json', 'packages/dashboard/tsconfig.json'].map((file) => `${root}/${file}`);
const typed = ['packages/*/src/**/*.{ts,vue}', 'packages/dashboard/e2e/**/*.ts', 'packages/dashboard/*.config.ts', 'packages/dashboard/codegen.ts'];

/** Outside a feature folder, the feature is reached only through its index.ts (a test may use its fixtures). */
const throughIndexOnly = (feature, message) => [
  { to: { element: { type: feature } }, disallow: { to: { element: { type: feature } } }, message },
  { to: { element: { type: feature } }, allow: { to: { element: { type: feature, fileInternalPath: ['index.ts', '**/*.fixture.ts'] } } } },
];

export default defineConfig(
  { ignores: ['**/dist/**', '**/node_modules/**', 'packages/dashboard/src/gql/**', '**/test-results/**', '**/.data/**'] },

  js.configs.recommended,
  tseslint.configs.recommended,
  ...vue.configs['flat/essential'].map((config) => ({ ...config, files: config.files ?? ['packages/dashboard/**/*.{ts,vue}'] })),
  { languageOptions: { globals: { ...globals.node } } },
  {
    rules: {
      // tsc's noUnusedLocals/Parameters already accept a leading underscore for "deliberately unused".
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // A `let` that a callback reads before start-up assigns it (main.ts: the signal handler, the router).
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // type-graphql and class-validator type classes as `Function` (resolver lists, metadata targets).
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  // A name that is one word on purpose and clashes with no HTML element.
  { files: ['**/*.vue'], rules: { 'vue/multi-word-component-names': ['error', { ignores: ['Sparkline'] }] } },
  {
    // Tests and load scripts read raw GraphQL JSON; production code keeps `any` out.
    files: ['**/*.test.ts', 'packages/api/src/test/**', 'packages/api/src/bench/**', 'packages/dashboard/e2e/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  { files: ['packages/dashboard/src/**'], languageOptions: { globals: { ...globals.browser } } },

  {
    files: typed,
    languageOptions: {
      // `parser` is for vue-eslint-parser's <script lang="ts">, here and when import-x reads a .vue dependency.
      parserOptions: { parser: tseslint.parser, projectService: true, tsconfigRootDir: root, extraFileExtensions: ['.vue'] },
    },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection ends the API process) and
      // its ordering; `void` marks the few that are deliberately left to run on their own.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },

  {
    files: ['packages/*/src/**/*.{ts,vue}'],
    // Nothing imports a test, so a test is never on a cycle: skip the walk through its imports.
    ignores: ['**/*.test.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: tsconfigs, noWarnOnMultipleProjects: true })],
      'import-x/extensions': ['.ts', '.vue', '.js'],
      // Follow imports into .vue files with the parser that reads them, so cycles through components count.
      'import-x/parsers': { 'vue-eslint-parser': ['.vue'], '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      // Cycles make module evaluation order decide behaviour (a class read before it is defined).
      // A feature's manifest loads its pages with a dynamic import() and those pages use the feature
      // through its index, which exports the manifest: a loop only at run time, when the route opens.
      'import-x/no-cycle': ['error', { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true }],
    },
  },

  {
    files: ['packages/api/src/**/*.ts', 'packages/dashboard/src/**/*.{ts,vue}'],
    plugins: { boundaries },
    settings: {
      'boundaries/root-path': root,
      'import/resolver': { typescript: { project: tsconfigs, noWarnOnMultipleProjects: true } },
      'boundaries/elements': [
        { type: 'api-feature', pattern: 'packages/api/src/modules/*' },
        // Named so that their imports are checked: a file in no element is not (demo/, bench/, test/).
        { type: 'api-low', pattern: 'packages/api/src/(graphql|db|http)' },
        { type: 'ui', pattern: 'packages/dashboard/src/components/ui' },
        { type: 'dashboard-feature', pattern: 'packages/dashboard/src/features/*' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            ...throughIndexOnly('api-feature', 'A feature is reached only through its index.ts (modules/README.md).'),
            // An entity's relation names the other aggregate's entity class; through index.ts it would
            // pull that feature's resolvers and services into the entity graph.
            {
              from: { element: { type: 'api-feature', fileInternalPath: '**/*.entity.ts' } },
              allow: { to: { element: { type: 'api-feature', fileInternalPath: '**/*.entity.ts' } } },
            },
            // A feature's *.sql.ts holds pure SQL fragments (indicator values, overdue) for other
            // features' statements; through index.ts they would pull its resolvers in, and with them
            // an import cycle (org-units ⇄ statistics).
            {
              from: { element: { type: 'api-feature' } },
              allow: { to: { element: { type: 'api-feature', fileInternalPath: '**/*.sql.ts' } } },
            },
            ...throughIndexOnly('dashboard-feature', 'A feature is used only through its index.ts (features/README.md).'),
          ],
        },
      ],
    },
  },

  {
    // components/ui: props in, events out (components/ui/README.md).
    files: ['packages/dashboard/src/components/ui/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            // Types are fine: a link component takes a RouteLocationRaw prop and renders a RouterLink.
            { name: 'vue-router', allowTypeImports: true, message: 'components/ui never reads the router: emit an event, let the caller navigate.' },
            { name: '@vue/apollo-composable', message: 'components/ui runs no GraphQL: take the data as props.' },
            { name: '@apollo/client', message: 'components/ui runs no GraphQL: take the data as props.' },
          ],
          patterns: [
            { group: ['**/*.graphql'], message: 'components/ui runs no GraphQL: take the data as props.' },
            // A prop may be typed by a generated fragment type; the documents themselves stay out.
            { group: ['@/gql/*', '@/gql'], allowTypeImports: true, message: 'components/ui runs no GraphQL: take the data as props.' },
            { group: ['@/features/*', '@/features/**', '@/views/**'], message: 'components/ui does not know which feature uses it.' },
          ],
        },
      ],
    },
  },
);
