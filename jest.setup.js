// A test that writes to the console is a test whose library code logs outside the
// injected logger: fail it (the apollo-server rule).
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
