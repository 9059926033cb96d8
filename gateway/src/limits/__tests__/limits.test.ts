import { buildSchema, parse, validate, ValidationContext } from 'graphql';
import { createExpandedMeasure } from '../createExpandedMeasure';
import { createFieldCountRule } from '../createFieldCountRule';
import { createRepeatedFieldRule } from '../createRepeatedFieldRule';
import {
  createOperationLimitRules,
  OPERATION_LIMITS,
  type OperationLimits,
} from '../operationLimits';
import { createFragmentBomb } from '../../testing/fragmentBomb';

const schema = buildSchema(`
  type Query { nominal(id: ID!): Nominal }
  type Nominal { id: ID! name: String associates: [Nominal!] }
`);
type Rule = ReturnType<typeof createFieldCountRule>;
const refusals = (query: string, rules: Rule[]) =>
  validate(schema, parse(query), rules).map((error) => [
    error.extensions.code,
    error.message,
  ]);
const limits = (overrides: Partial<OperationLimits>) =>
  createOperationLimitRules({ ...OPERATION_LIMITS, ...overrides });
const bomb = (levels: number, aliased = false) =>
  createFragmentBomb({
    levels,
    aliased,
    typeName: 'Nominal',
    leaf: 'name',
    operation: '{ nominal(id: "1") { ... } }',
  });

describe('operation limits', () => {
  it('accepts an operation at the depth limit and refuses one deeper, fragments followed', () => {
    const atLimit =
      '{ nominal(id: "1") { associates { associates { name } } } }';
    expect(refusals(atLimit, limits({ maxDepth: 4 }))).toEqual([]);
    const viaFragment = `{ nominal(id: "1") { ...Deep } }
      fragment Deep on Nominal { associates { associates { associates { name } } } }`;
    expect(refusals(viaFragment, limits({ maxDepth: 4 }))).toContainEqual([
      'LIMIT_EXCEEDED',
      'The operation is refused: Query depth limit of 4 exceeded, found 5.',
    ]);
  });

  it('refuses an aliasing fan-out over more fields than the limit, once', () => {
    const aliases = Array.from(
      { length: 30 },
      (_, index) => `n${index}: nominal(id: "${index}") { id name }`,
    );
    expect(
      refusals(`{ ${aliases.join(' ')} }`, [createFieldCountRule(50)]),
    ).toEqual([
      [
        'LIMIT_EXCEEDED',
        'The operation selects more than 50 fields once its fragments are expanded; ask in smaller parts.',
      ],
    ]);
    expect(
      refusals('{ nominal(id: "1") { id name } }', [createFieldCountRule(50)]),
    ).toEqual([]);
    expect(
      refusals(`{ ${aliases.join(' ')} }`, limits({ maxAliases: 20 })),
    ).toContainEqual([
      'LIMIT_EXCEEDED',
      'The operation is refused: Aliases limit of 20 exceeded, found 30.',
    ]);
  });

  it('counts fields as they would be written out, not as written', () => {
    // 8 fields as written, 2^10 once the fragments are expanded.
    expect(refusals(bomb(10), [createFieldCountRule(1000)])).toHaveLength(1);
    expect(refusals(bomb(9), [createFieldCountRule(1000)])).toEqual([]);
  });

  it('bounds associates of associates on any path, fragments and inline fragments followed', () => {
    const two = '{ nominal(id: "1") { associates { associates { name } } } }';
    expect(refusals(two, [createRepeatedFieldRule('associates', 2)])).toEqual(
      [],
    );
    const three = `{ nominal(id: "1") { associates { ... on Nominal { ...Next } } } }
      fragment Next on Nominal { associates { associates { name } } }`;
    expect(refusals(three, [createRepeatedFieldRule('associates', 2)])).toEqual(
      [['LIMIT_EXCEEDED', '`associates` is nested 3 deep; the limit is 2.']],
    );
  });

  it('refuses more directives than the limit', () => {
    const directives = '@include(if: true) @skip(if: false) '.repeat(3);
    expect(
      refusals(`{ nominal(id: "1") { id ${directives} } }`, [
        ...limits({ maxDirectives: 4 }),
      ]),
    ).toContainEqual([
      'LIMIT_EXCEEDED',
      'The operation is refused: Directives limit of 4 exceeded, found 6.',
    ]);
  });

  it('refuses a fragment bomb on cost, fields and aliases after expansion', () => {
    const codes = refusals(bomb(30, true), createOperationLimitRules());
    expect(codes.map(([code]) => code)).toEqual(
      Array(codes.length).fill('LIMIT_EXCEEDED'),
    );
    const messages = codes.map(([, message]) => String(message)).join('\n');
    expect(messages).toMatch(/Query Cost limit of 20000 exceeded/);
    expect(messages).toMatch(/Aliases limit of 100 exceeded/);
    expect(messages).toMatch(/more than 2000 fields/);
  });
});

describe('the cost of measuring an operation', () => {
  it('walks each fragment once however often it is spread', () => {
    const document = parse(bomb(30));
    let fieldsWalked = 0;
    const countFields = createExpandedMeasure(document, {
      empty: 0,
      field: (_node, below) => {
        fieldsWalked += 1;
        return 1 + below;
      },
      combine: (left, right) => left + right,
    });
    const [operation] = document.definitions;
    if (operation?.kind !== 'OperationDefinition') throw new Error('no op');
    expect(countFields(operation.selectionSet)).toBe(2 ** 30 + 1);
    // One walk of `nominal` and one of the last fragment's `name`.
    expect(fieldsWalked).toBe(2);
  });

  it('looks each fragment up a bounded number of times in every rule, armor included', () => {
    const levels = 16;
    const getFragment = jest.spyOn(ValidationContext.prototype, 'getFragment');
    try {
      validate(schema, parse(bomb(levels, true)), createOperationLimitRules());
      // Unmemoised, each armor rule alone would look fragments up 2^17 times.
      const rules = createOperationLimitRules().length;
      expect(getFragment).toHaveBeenCalled();
      expect(getFragment.mock.calls.length).toBeLessThanOrEqual(
        rules * (levels + 1),
      );
    } finally {
      getFragment.mockRestore();
    }
  });
});
