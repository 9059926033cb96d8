// ESLint owns bugs and boundaries; Prettier owns formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

const subgraphs = ['police', 'hmpps', 'ncahmrc', 'apmis'];

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
    },
  },
  // Entry points and command-line tools talk to a terminal.
  {
    files: [
      'scripts/**',
      '**/scripts/**',
      '**/src/index.ts',
      'bench/**',
      '**/cli/**',
    ],
    rules: { 'no-console': 'off' },
  },
  // The contract is pure: it may not depend on the runtime or any service.
  {
    files: ['schema/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@marsoc/platform*',
            '@marsoc/gateway*',
            '@marsoc/subgraph-*',
          ],
        },
      ],
    },
  },
  {
    files: ['platform/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@marsoc/gateway*', '@marsoc/subgraph-*'] },
      ],
    },
  },
  {
    files: ['gateway/src/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@marsoc/subgraph-*'] }],
    },
  },
  // Subgraphs never import each other or the gateway.
  ...subgraphs.map((name) => ({
    files: [`subgraphs/${name}/src/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '@marsoc/gateway*',
            ...subgraphs
              .filter((other) => other !== name)
              .map((other) => `@marsoc/subgraph-${other}*`),
          ],
        },
      ],
    },
  })),
  prettier,
);
