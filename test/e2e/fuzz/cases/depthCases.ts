import { type FuzzCase, gatewayOperation, gatewayPost } from '../FuzzCase';

const DEPTHS = [13, 50, 200, 1000, 2000, 5000, 10_000] as const;

function nest(
  depth: number,
  open: string,
  close: string,
  inner: string,
): string {
  return `${open.repeat(depth)}${inner}${close.repeat(depth)}`;
}

/**
 * Documents nested far past the depth limit, in every place the grammar
 * nests: selections, inline fragments, list and object values in arguments,
 * in variable defaults and in the variables themselves.
 */
export function createDepthCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (family: string, request: Record<string, unknown>): void => {
    cases.push(gatewayOperation(`deep/${family}`, token, request));
  };
  for (const depth of DEPTHS) {
    send('selection', { query: `{ ${nest(depth, 'a { ', ' }', 'b')} }` });
    send('associates', {
      query: `{ nominal(id: "NOM-00001") { ${nest(depth, 'associates { nominal { ', ' } }', 'id')} } }`,
    });
    send('inline-fragment', {
      query: `{ ${nest(depth, '... on Query { ', ' }', 'me { sub }')} }`,
    });
    send('list-argument', {
      query: `{ nominals(ids: ${nest(depth, '[', ']', '"NOM-00001"')}) { id } }`,
    });
    send('object-argument', {
      query: `mutation { nominateForCohort(input: ${nest(depth, '{ a: ', ' }', '1')}) { nominalId } }`,
    });
    send('variable-default', {
      query: `query ($ids: [ID!]! = ${nest(depth, '[', ']', '"NOM-00001"')}) { nominals(ids: $ids) { id } }`,
    });
    // Written as text: JSON.stringify itself recurses, and would overflow first.
    const list = nest(depth, '[', ']', '"NOM-00001"');
    const object = nest(depth, '{"a":', '}', '1');
    const sendText = (
      family: string,
      query: string,
      variables: string,
    ): void => {
      cases.push(
        gatewayPost(
          `deep/${family}`,
          token,
          `{"query":${JSON.stringify(query)},"variables":${variables}}`,
        ),
      );
    };
    sendText(
      'list-variable',
      'query ($ids: [ID!]!) { nominals(ids: $ids) { id } }',
      `{"ids":${list}}`,
    );
    sendText(
      'object-variable',
      'mutation ($input: CohortNominationInput!) { nominateForCohort(input: $input) { nominalId } }',
      `{"input":${object}}`,
    );
    sendText('unused-variable', '{ me { sub } }', `{"deep":${list}}`);
    send('parentheses', {
      query: `{ me${nest(Math.min(depth, 2000), '(', ')', '')} { sub } }`,
    });
  }
  send('introspection', {
    query: `{ __schema { types { ${nest(40, 'fields { type { ', ' } }', 'name')} } } }`,
  });
  send('introspection', {
    query: `{ __type(name: "Nominal") { ${nest(60, 'ofType { ', ' }', 'name')} } }`,
  });
  return cases;
}
