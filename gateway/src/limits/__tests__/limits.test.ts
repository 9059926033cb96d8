import { buildSchema, parse, validate } from 'graphql';
import { createDepthLimitRule } from '../createDepthLimitRule';
import { createFieldCountRule } from '../createFieldCountRule';
import { createRepeatedFieldRule } from '../createRepeatedFieldRule';

const schema = buildSchema(`
  type Query { nominal(id: ID!): Nominal }
  type Nominal { id: ID! name: String associates: [Nominal!] }
`);
const codes = (query: string, rule: ReturnType<typeof createDepthLimitRule>) =>
  validate(schema, parse(query), [rule]).map((error) => [
    error.extensions.code,
    error.message,
  ]);

describe('operation limits', () => {
  it('accepts an operation at the depth limit and refuses one deeper, fragments followed', () => {
    const atLimit =
      '{ nominal(id: "1") { associates { associates { name } } } }';
    expect(codes(atLimit, createDepthLimitRule(4))).toEqual([]);
    const viaFragment = `{ nominal(id: "1") { ...Deep } }
      fragment Deep on Nominal { associates { associates { associates { name } } } }`;
    expect(codes(viaFragment, createDepthLimitRule(4))).toEqual([
      [
        'LIMIT_EXCEEDED',
        'The operation is nested 5 fields deep; the limit is 4.',
      ],
    ]);
  });

  it('refuses an aliasing fan-out over more fields than the limit, once', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `n${index}: nominal(id: "${index}") { id name }`,
    );
    const errors = codes(`{ ${aliases.join(' ')} }`, createFieldCountRule(50));
    expect(errors).toEqual([
      [
        'LIMIT_EXCEEDED',
        'The operation selects more than 50 fields; ask in smaller parts.',
      ],
    ]);
    expect(
      codes('{ nominal(id: "1") { id name } }', createFieldCountRule(50)),
    ).toEqual([]);
  });

  it('bounds associates of associates on any path, fragments and inline fragments followed', () => {
    const two = '{ nominal(id: "1") { associates { associates { name } } } }';
    expect(codes(two, createRepeatedFieldRule('associates', 2))).toEqual([]);
    const three = `{ nominal(id: "1") { associates { ... on Nominal { ...Next } } } }
      fragment Next on Nominal { associates { associates { name } } }`;
    expect(codes(three, createRepeatedFieldRule('associates', 2))).toEqual([
      ['LIMIT_EXCEEDED', '`associates` is nested 3 deep; the limit is 2.'],
    ]);
  });
});
