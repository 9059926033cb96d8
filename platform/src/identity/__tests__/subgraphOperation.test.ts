import {
  hashSubgraphOperation,
  readSubgraphOperation,
} from '../subgraphOperation';

const entities = {
  query:
    'query Q__hmpps__1($representations:[_Any!]!){_entities(representations:$representations){...on Nominal{custody{establishment}}}}',
  operationName: 'Q__hmpps__1',
  variables: {
    representations: [{ __typename: 'Nominal', id: 'NOM-00001' }],
  },
};

describe('the operation a caller context is bound to', () => {
  it('hashes the same as the gateway sent it and as the subgraph parses it off the wire', () => {
    const wire = JSON.parse(JSON.stringify(entities)) as unknown;
    const parsed = readSubgraphOperation(wire);
    expect(parsed).toBeDefined();
    expect(hashSubgraphOperation(parsed ?? { query: '' })).toBe(
      hashSubgraphOperation(entities),
    );
  });

  it.each([
    ['another query', { ...entities, query: '{ __typename }' }],
    ['another operation name', { ...entities, operationName: 'Other' }],
    [
      'other variables (another nominal)',
      {
        ...entities,
        variables: {
          representations: [{ __typename: 'Nominal', id: 'NOM-00002' }],
        },
      },
    ],
  ])('hashes differently for %s', (_label, other) => {
    expect(hashSubgraphOperation(other)).not.toBe(
      hashSubgraphOperation(entities),
    );
  });

  it('treats absent, null and empty variables and names alike, as GraphQL executes them alike', () => {
    const bare = hashSubgraphOperation({ query: '{ me { sub } }' });
    expect(
      hashSubgraphOperation({
        query: '{ me { sub } }',
        operationName: null,
        variables: null,
      }),
    ).toBe(bare);
    expect(
      hashSubgraphOperation({ query: '{ me { sub } }', variables: {} }),
    ).toBe(bare);
  });

  it.each([
    ['not an object', 'query'],
    ['an array', [entities]],
    ['null', null],
    ['without a query', { variables: {} }],
    ['with a numeric operation name', { query: '{a}', operationName: 1 }],
    ['with variables as a string', { query: '{a}', variables: '{}' }],
  ])('reads no operation from a body %s', (_label, body) => {
    expect(readSubgraphOperation(body)).toBeUndefined();
  });
});
