import { type FuzzCase, gatewayOperation } from '../FuzzCase';

/** Directives that are unknown, repeated, misplaced or given odd arguments. */
export function createDirectiveCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (family: string, query: string, variables?: unknown): void => {
    cases.push(
      gatewayOperation(`directive/${family}`, token, { query, variables }),
    );
  };
  for (const argument of [
    '',
    '(if: "yes")',
    '(if: 1)',
    '(if: null)',
    '(if: $missing)',
    '(if: true, if: false)',
    '(if: [true])',
    '(if: {a: true})',
    '(unless: true)',
    '(if: TRUE)',
  ]) {
    send('include-odd', `{ me @include${argument} { sub } }`);
    send('skip-odd', `{ me @skip${argument} { sub } }`);
  }
  send(
    'include-variable-wrong',
    'query ($b: Boolean!) { me @include(if: $b) { sub } }',
    { b: 'yes' },
  );
  send(
    'include-variable-null',
    'query ($b: Boolean!) { me @include(if: $b) { sub } }',
    { b: null },
  );
  send(
    'include-variable-type',
    'query ($b: String) { me @include(if: $b) { sub } }',
    { b: 'true' },
  );
  for (const count of [10, 100, 1000, 5000]) {
    send('repeated', `{ me ${'@include(if: true) '.repeat(count)}{ sub } }`);
    send('repeated-skip', `{ me ${'@skip(if: false) '.repeat(count)}{ sub } }`);
    send(
      'unknown-many',
      `{ me ${Array.from({ length: count }, (_, i) => `@d${i}`).join(' ')} { sub } }`,
    );
    send(
      'on-every-field',
      `{ me { ${'sub @include(if: true) '.repeat(count)} } }`,
    );
  }
  for (const directive of [
    '@defer',
    '@defer(label: "x")',
    '@defer(if: false)',
    '@stream',
    '@stream(initialCount: -1)',
    '@stream(initialCount: 99999999999)',
    '@live',
    '@export(as: "x")',
    '@deprecated',
    '@specifiedBy(url: "x")',
    '@join__field(graph: POLICE)',
    '@tag(name: "x")',
    '@inaccessible',
    '@key(fields: "id")',
    '@policy',
    '@authenticated',
  ]) {
    send('known-elsewhere', `{ me ${directive} { sub } }`);
    send(
      'known-elsewhere-fragment',
      `{ ... @defer { me { sub } } ...A ${directive} } fragment A on Query { me { name } }`,
    );
    send('on-operation', `query Q ${directive} { me { sub } }`);
    send('on-list', `{ cohort ${directive} { id } }`);
  }
  send('on-variable', 'query ($a: Int @include(if: true)) { me { sub } }');
  send(
    'on-fragment-definition',
    '{ ...A } fragment A on Query @skip(if: true) { me { sub } }',
  );
  send('on-mutation', 'mutation @skip(if: true) { __typename }');
  send('no-name', '{ me @ { sub } }');
  send('no-name', '{ me @(if: true) { sub } }');
  return cases;
}
