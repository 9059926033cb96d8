import { type FuzzCase, gatewayOperation } from '../FuzzCase';

const TWO = 'query A { me { sub } } query B { me { name } }';

/**
 * Subscriptions, several operations with and without a fitting operationName,
 * mutations with broken input: every one a client mistake, so a 4xx.
 */
export function createOperationCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (family: string, request: Record<string, unknown>): void => {
    cases.push(gatewayOperation(`operation/${family}`, token, request));
  };
  for (const query of [
    'subscription { me { sub } }',
    'subscription S { nominal(id: "NOM-00001") { id } }',
    'subscription { __typename }',
    'subscription { a: me { sub } b: me { sub } }',
    'subscription S ($x: Int) { x }',
  ])
    send('subscription', { query });
  send('subscription-named', {
    query: `${TWO} subscription S { me { sub } }`,
    operationName: 'S',
  });
  for (const operationName of [
    undefined,
    null,
    '',
    'C',
    'a',
    'A B',
    'A',
    'B',
    'query',
    '__proto__',
    'constructor',
    'toString',
    'A'.repeat(5000),
    '💥',
    '$A',
  ])
    send('two-operations', { query: TWO, operationName });
  for (const operationName of ['X', '', 'A'.repeat(1000), 'hasOwnProperty'])
    send('wrong-name', { query: 'query A { me { sub } }', operationName });
  send('anonymous-and-named', {
    query: '{ me { sub } } query A { me { name } }',
  });
  send('anonymous-and-named', {
    query: '{ me { sub } } query A { me { name } }',
    operationName: 'A',
  });
  send('two-anonymous', { query: '{ me { sub } } { me { name } }' });
  send('duplicate-names', {
    query: 'query A { me { sub } } query A { me { name } }',
    operationName: 'A',
  });
  send('mixed-kinds', {
    query: 'query A { me { sub } } mutation A { __typename }',
    operationName: 'A',
  });
  send('only-fragments', { query: 'fragment A on Query { me { sub } }' });
  send('empty', { query: '' });
  send('empty', { query: '   \n\t ' });
  send('empty', { query: '# only a comment' });
  send('empty-selection', { query: '{ }' });
  send('schema-definition', {
    query: 'type Query { x: Int } schema { query: Query }',
  });
  send('extension', { query: 'extend type Query { x: Int }' });
  send('mutation-root-query', {
    query: 'mutation { nominal(id: "NOM-00001") { id } }',
  });
  send('unknown-root', { query: '{ nominalz(id: "NOM-00001") { id } }' });
  send('unknown-root', {
    query:
      '{ _entities(representations: [{__typename: "Nominal", id: "NOM-00001"}]) { __typename } }',
  });
  send('unknown-root', { query: '{ _service { sdl } }' });
  send('missing-argument', { query: '{ nominal { id } }' });
  send('no-selection', { query: '{ nominal(id: "NOM-00001") }' });
  send('selection-on-scalar', { query: '{ me { sub { x } } }' });
  const badInputs = [
    '{}',
    'null',
    '"x"',
    '{ nominalId: 1 }',
    '{ nominalId: "NOM-99999", region: 5, cycle: "x", supervisionStatus: [], mandatoryCriteriaMet: "HIGHEST_HARM" }',
    '{ nominalId: "NOM-99999", extra: true }',
  ];
  for (const input of badInputs) {
    for (const mutation of [
      'nominateForCohort',
      'recordForumDecision',
      'setFourPPlan',
      'deselectFromCohort',
      'recordCohortExit',
      // The cycle's disruptions and hand-offs (docs/marsoc-cycle.md).
      'recordDisruption',
      'nominateInEmergency',
      'requestCohortTransfer',
      'decideCohortTransfer',
      'updateTpmAction',
    ])
      send('mutation-bad-input', {
        query: `mutation { ${mutation}(input: ${input}) { __typename } }`,
      });
  }
  send('mutation-variables', {
    query:
      'mutation ($i: CohortNominationInput!) { nominateForCohort(input: $i) { __typename } }',
    variables: { i: { nominalId: 'NOM-99999' } },
  });
  send('mutation-without-purpose-type', { query: 'mutation { __typename }' });
  return cases;
}
