// A test that writes to the console is a test whose library code logs outside the
// injected logger: fail it (the apollo-server rule). A process warning fails it too,
// in test/jest/ProcessWarningEnvironment.ts: warnings go to the real process, which
// this file (given jest's copy of it) cannot listen to.
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
  const original = console[method];
  beforeEach(() => {
    console[method] = (...args) => {
      original.apply(console, args);
      throw new Error(`console.${method} was called during a test`);
    };
  });
  afterEach(() => {
    console[method] = original;
  });
}
