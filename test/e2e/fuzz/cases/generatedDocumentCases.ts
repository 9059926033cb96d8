import fc from 'fast-check';
import { type FuzzCase, gatewayOperation } from '../FuzzCase';

/** Well-formed operations the mutations below start from. */
const SEEDS = [
  '{ nominal(id: "NOM-00001") { id apmis { name region } police { identity { pncId } } } }',
  'query Q($id: ID!) { nominal(id: $id) { id custody { establishment } } }',
  '{ nominals(ids: ["NOM-00001", "NOM-00002"]) { id associates { nominal { id } } } }',
  '{ cohort(region: "NORTH_WEST") { id } me { sub agency roles } }',
  '{ ...F } fragment F on Query { me { sub } }',
  '{ nominalByPncId(pncId: "2001/0000001A") { id } }',
  'mutation { nominateForCohort(input: { nominalId: "NOM-99999" }) { nominalId } }',
];

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '!',
  '=',
  '$',
  '@',
  '...',
  '|',
  '&',
  ',',
  '"',
  '"""',
  '#',
  '\n',
  ' ',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'me',
  'sub',
  'nominal',
  'id',
  'associates',
  'nominals',
  '__typename',
  '__schema',
  'true',
  'null',
  '1',
  '-0',
  '1e999',
  '0x1',
  '"\\u{110000}"',
  '"\\uD800"',
  '"\\x"',
  '\u0000',
  '\u00a0',
  '\ufeff',
  '"NOM-00001"',
  '$id',
  'ID!',
  '[ID!]!',
  'F',
  '@include',
  '@skip',
  'if',
];

/**
 * Seeded generated documents: token soup from GraphQL's own punctuation and
 * this schema's names, and well-formed operations with bytes cut, duplicated
 * or swapped, so the lexer, parser and validation meet near-misses.
 */
export function createGeneratedDocumentCases(
  token: string,
  seed: number,
  count: number,
): FuzzCase[] {
  const soup = fc
    .array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 80 })
    .map((parts) => parts.join(' '));
  const edit = fc.record({
    source: fc.constantFrom(...SEEDS),
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.nat({ max: 12 }),
    kind: fc.constantFrom('cut', 'duplicate', 'insert', 'swap'),
    insert: fc.oneof(
      fc.constantFrom(...TOKENS),
      fc.string({ maxLength: 6, unit: 'binary' }),
    ),
  });
  const half = Math.ceil(count / 2);
  const cases = fc
    .sample(soup, { seed, numRuns: half })
    .map((query) => gatewayOperation('generated/soup', token, { query }));
  for (const { source, at, length, kind, insert } of fc.sample(edit, {
    seed: seed + 1,
    numRuns: count - half,
  })) {
    const start = Math.floor(source.length * at);
    const piece = source.slice(start, start + length);
    const query =
      kind === 'cut'
        ? source.slice(0, start) + source.slice(start + length)
        : kind === 'duplicate'
          ? source.slice(0, start) + piece.repeat(50) + source.slice(start)
          : kind === 'insert'
            ? source.slice(0, start) + insert + source.slice(start)
            : source.slice(start) + source.slice(0, start);
    cases.push(
      gatewayOperation(`generated/${kind}`, token, {
        query,
        variables: { id: 'NOM-00001' },
      }),
    );
  }
  return cases;
}
