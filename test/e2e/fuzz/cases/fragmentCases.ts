import { type FuzzCase, gatewayOperation } from '../FuzzCase';

/** Fragment i spreads fragment i+1 twice: 2^levels fields from a few hundred bytes. */
function exponentialFragments(
  levels: number,
  leaf: string,
  type = 'Query',
): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on ${type} { ${leaf} }`
      : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} }`,
  );
  return fragments.join('\n');
}

/** Fragment tricks: cycles, exponential spreads, unknown and misplaced fragments. */
export function createFragmentCases(token: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  const send = (
    family: string,
    query: string,
    operationName?: string,
  ): void => {
    cases.push(
      gatewayOperation(`fragment/${family}`, token, { query, operationName }),
    );
  };
  for (const levels of [8, 16, 24, 32, 40, 50, 64]) {
    send(
      'exponential',
      `{ ...F0 }\n${exponentialFragments(levels, 'me { sub }')}`,
    );
    send(
      'exponential-nominal',
      `{ nominal(id: "NOM-00001") { ...F0 } }\n${exponentialFragments(levels, 'id apmis { name }', 'Nominal')}`,
    );
    send(
      'exponential-associates',
      `{ nominal(id: "NOM-00001") { ...F0 } }\n${exponentialFragments(levels, 'associates { nominal { id } }', 'Nominal')}`,
    );
    send(
      'exponential-aliased',
      `{ ...F0 }\n${Array.from({ length: levels }, (_, i) => (i === levels - 1 ? `fragment F${i} on Query { me { sub } }` : `fragment F${i} on Query { a${i}: __typename ...F${i + 1} b${i}: __typename ...F${i + 1} }`)).join('\n')}`,
    );
    const inline = `${'... on Query { '.repeat(levels)}me { sub }${' }'.repeat(levels)}`;
    send('inline-chain', `{ ${inline} ${inline} }`);
  }
  send('self-cycle', '{ ...A } fragment A on Query { ...A }');
  send(
    'two-cycle',
    '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
  );
  send(
    'long-cycle',
    `{ ...F0 } ${Array.from({ length: 500 }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % 500} }`).join(' ')}`,
  );
  send(
    'cycle-exponential',
    `{ ...F0 } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${(i + 1) % 30} ...F${(i + 1) % 30} }`).join(' ')}`,
  );
  send('unknown', '{ ...Missing }');
  send(
    'unknown',
    '{ me { ...Missing } } fragment Other on Query { me { sub } }',
  );
  send('unknown-type', '{ ...A } fragment A on NoSuchType { x }');
  send('wrong-type', '{ ...A } fragment A on Nominal { id }');
  send('scalar-type', '{ ...A } fragment A on String { x }');
  send('inline-wrong-type', '{ ... on Mutation { __typename } }');
  send('unused', '{ me { sub } } fragment Unused on Query { me { sub } }');
  send(
    'duplicate-name',
    '{ ...A } fragment A on Query { me { sub } } fragment A on Query { me { name } }',
  );
  send('named-on', '{ ...on }  fragment on on Query { me { sub } }');
  send(
    'spread-variable',
    'query ($a: Int) { ...A } fragment A on Query { me(x: $a) { sub } }',
  );
  send(
    'fragment-variables',
    '{ ...A } fragment A($x: Int) on Query { me { sub } }',
  );
  send(
    'conflicting-fields',
    '{ ...A ...B } fragment A on Query { x: me { sub } } fragment B on Query { x: cohort { id } }',
  );
  send(
    'conflicting-exponential',
    `{ ...F0 } ${Array.from({ length: 20 }, (_, i) => `fragment F${i} on Query { x: me { sub } ...F${i + 1} y${i}: me { name } ...F${i + 1} }`).join(' ')} fragment F20 on Query { x: me { name } }`,
  );
  return cases;
}
