/** One jest run over every workspace; typechecking is `npm run typecheck`'s job. */
module.exports = {
  // A process warning fails the test, as console output does (jest.setup.js).
  testEnvironment: '<rootDir>/test/jest/ProcessWarningEnvironment.ts',
  roots: [
    '<rootDir>/schema',
    '<rootDir>/platform',
    '<rootDir>/gateway',
    '<rootDir>/subgraphs',
    '<rootDir>/test',
    '<rootDir>/bench',
  ],
  testMatch: ['**/__tests__/**/*.test.ts', '<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/e2e/', '/test/browser/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { tsconfig: 'tsconfig.base.json', diagnostics: false },
    ],
  },
  setupFilesAfterEnv: ['<rootDir>/jest.setup.js'],
  // The run's temporary files go to a directory of its own; anything a test
  // leaves there fails the run.
  globalSetup: '<rootDir>/test/jest/isolateTemporaryDirectory.ts',
  globalTeardown: '<rootDir>/test/jest/assertNoTemporaryLeftovers.ts',
  clearMocks: true,
  testTimeout: 30000,
};
