// ESLint owns bugs and boundaries; Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { boundaries } from './eslint.boundaries.mjs';

const subgraphs = ['police', 'hmpps', 'ncahmrc', 'apmis', 'audit'];

/**
 * no-restricted-imports for one layer: never another package's src/ (its
 * exports map is its face), and never the packages `forbidden` names. Each
 * layer's block repeats the first part, as a later block's options replace
 * an earlier one's.
 */
function restrictImports(...forbidden) {
  return [
    'error',
    {
      patterns: [
        {
          group: ['@marsoc/*/src', '@marsoc/*/src/**'],
          message:
            "Import the package's public face (a subpath of its exports map), not its src/.",
        },
        ...(forbidden.length > 0 ? [{ group: forbidden }] : []),
      ],
    },
  ];
}

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.data/**',
      'coverage/**',
      '*.js',
      '*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { marsoc: boundaries },
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Bugs that type information catches.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Library code logs through the injected pino logger.
      'no-console': 'error',
      // Packages meet only through their exports maps.
      'no-restricted-imports': restrictImports(),
      'marsoc/no-relative-import-across-packages': 'error',
    },
  },
  // Entry points and command-line tools talk to a terminal.
  {
    files: [
      'scripts/**',
      '**/scripts/**',
      '**/src/main.ts',
      'bench/**',
      '**/cli/**',
    ],
    rules: { 'no-console': 'off' },
  },
  // The contract is pure: it may not depend on the runtime or any service.
  {
    files: ['schema/src/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        '@marsoc/platform*',
        '@marsoc/gateway*',
        '@marsoc/subgraph*',
      ),
    },
  },
  {
    files: ['platform/src/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        '@marsoc/gateway*',
        '@marsoc/subgraph*',
      ),
    },
  },
  {
    files: ['gateway/src/**'],
    rules: {
      'no-restricted-imports': restrictImports('@marsoc/subgraph*'),
    },
  },
  // Subgraphs never import each other or the gateway.
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/src/**`],
    rules: {
      'no-restricted-imports': restrictImports(
        '@marsoc/gateway*',
        // The list of every subgraph is for what runs them all, not for one of them.
        '@marsoc/subgraphs',
        ...subgraphs
          .filter((other) => other !== name)
          .map((other) => `@marsoc/subgraph-${other}*`),
      ),
    },
  })),
  prettier,
);
