import fc from 'fast-check';
import { type FuzzCase, gatewayOperation } from '../FuzzCase';

const BY_ID = 'query ($id: ID!) { nominal(id: $id) { id apmis { name } } }';
const BY_IDS = 'query ($ids: [ID!]!) { nominals(ids: $ids) { id } }';
const SEARCH =
  'query ($name: String, $limit: Int) { searchNominals(name: $name, limit: $limit) { __typename } }';
const CHANGES =
  'query ($region: String!, $since: String!) { cohortChanges(region: $region, since: $since) { __typename } }';
const ACCESSES =
  'query ($id: ID!, $limit: Int) { accessesTo(nominalId: $id, limit: $limit) { requestId } }';

/** Variables of the wrong type, too big, too deep, missing, extra or undeclared. */
export function createVariableCases(token: string, seed: number): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (family: string, query: string, variables: unknown): void => {
    cases.push(
      gatewayOperation(`variables/${family}`, token, { query, variables }),
    );
  };
  const odd: unknown[] = [
    null,
    true,
    0,
    -1,
    2 ** 53,
    1.5,
    1e308,
    '',
    ' ',
    'x'.repeat(100_000),
    [],
    ['NOM-00001'],
    {},
    { id: 'NOM-00001' },
    'NOM-00001\u0000',
    '../../etc/passwd',
    "NOM-00001' OR '1'='1",
    'NOM-%',
    '*',
    '\ud800',
  ];
  for (const value of odd) {
    send('id-wrong', BY_ID, { id: value });
    send('ids-wrong', BY_IDS, { ids: value });
    send('ids-wrong-member', BY_IDS, { ids: [value, 'NOM-00001'] });
    send('search-wrong', SEARCH, { name: value, limit: value });
    send('changes-wrong', CHANGES, { region: value, since: value });
    send('accesses-wrong', ACCESSES, { id: value, limit: value });
  }
  send('missing', BY_ID, {});
  send('missing', BY_ID, undefined);
  send('undeclared', '{ me { sub } }', { id: 'NOM-00001' });
  send('undeclared-used', '{ nominal(id: $id) { id } }', { id: 'NOM-00001' });
  send('unused-declared', 'query ($id: ID!) { me { sub } }', {
    id: 'NOM-00001',
  });
  send('unknown-type', 'query ($id: NoSuchType) { me { sub } }', { id: 1 });
  send('output-type', 'query ($id: Nominal) { me { sub } }', { id: {} });
  send('duplicate', 'query ($id: ID!, $id: ID!) { nominal(id: $id) { id } }', {
    id: 'NOM-00001',
  });
  send('many-ids', BY_IDS, {
    ids: Array.from({ length: 20_000 }, (_, i) => `NOM-${i}`),
  });
  send('limit-extremes', SEARCH, { name: 'Smith', limit: 2 ** 31 });
  for (const since of [
    '1900-01-01',
    '9999-12-31',
    '2026-02-30',
    'yesterday',
    '2026-01-01T00:00:00Z',
    '0',
    '-1',
  ])
    send('changes-dates', CHANGES, { region: 'NORTH_WEST', since });
  const arbitraryVariables = fc.dictionary(
    fc.constantFrom('id', 'ids', 'name', 'limit', 'region', 'since', 'x'),
    fc.jsonValue({ maxDepth: 4 }),
  );
  const queries = [BY_ID, BY_IDS, SEARCH, CHANGES, ACCESSES];
  for (const [index, variables] of fc
    .sample(arbitraryVariables, { seed, numRuns: 600 })
    .entries())
    send('generated', queries[index % queries.length] ?? BY_ID, variables);
  return cases;
}
