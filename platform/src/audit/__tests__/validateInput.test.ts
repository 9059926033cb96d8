import { AuditValidationError } from '../fields';
import { parseAuditRecordInput } from '../validateInput';
import { createInput } from './fixtures';

/** The input as plain JSON, so a test can add what the type would not allow. */
function createRawInput(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(createInput())) as Record<string, unknown>;
}

function expectRefused(value: unknown, path: string): AuditValidationError {
  let caught: unknown;
  try {
    parseAuditRecordInput(value);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AuditValidationError);
  expect((caught as AuditValidationError).path).toBe(path);
  return caught as AuditValidationError;
}

describe('parseAuditRecordInput', () => {
  it('accepts a complete input and returns an equal copy', () => {
    const input = createInput();
    const parsed = parseAuditRecordInput(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
  });

  it('keeps the limit that refused a request, from the closed list only', () => {
    const refused = { ...createInput(), outcome: 'DENIED' as const };
    expect(
      parseAuditRecordInput({ ...refused, limit: 'NOMINAL_BREADTH' }).limit,
    ).toBe('NOMINAL_BREADTH');
    expect(parseAuditRecordInput(refused)).not.toHaveProperty('limit');
    expectRefused({ ...createRawInput(), limit: 'NOM-00001' }, 'input.limit');
  });

  it('refuses an unexpected top-level property that could carry a value', () => {
    expectRefused(
      { ...createRawInput(), dateOfBirth: '1990-01-01' },
      'input.dateOfBirth',
    );
  });

  it('refuses an unexpected property inside the actor', () => {
    const raw = createRawInput();
    raw.actor = { ...(raw.actor as object), token: 'eyJhbGciOi' };
    expectRefused(raw, 'input.actor.token');
  });

  it('refuses a value smuggled into a disclosure beside the field names', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[0] = {
      ...first,
      values: { name: 'John Smith' },
    };
    expectRefused(raw, 'input.disclosures[0].values');
  });

  it('refuses a field name that looks like a value (spaces are not in GraphQL names)', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[0] = { ...first, released: ['John Smith'] };
    expectRefused(raw, 'input.disclosures[0].released[0]');
  });

  it('never echoes the refused value in its message', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[0] = {
      ...first,
      released: ['John Smith 12 Acacia Ave'],
    };
    const error = expectRefused(raw, 'input.disclosures[0].released[0]');
    expect(error.message).not.toContain('John');
  });

  it('refuses a reason code outside the vocabulary', () => {
    const raw = createRawInput();
    const [, second] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[1] = {
      ...second,
      reasons: ['Subject is John Smith'],
    };
    expectRefused(raw, 'input.disclosures[1].reasons[0]');
  });

  it('accepts a disclosure with a null nominal id, as the subgraph recorder writes it', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[0] = { ...first, nominalId: null };
    expect(parseAuditRecordInput(raw).disclosures[0]?.nominalId).toBeNull();
  });

  it('accepts a disclosure grouped over two or more nominals (a cohort)', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    const grouped: Record<string, unknown> = {
      ...first,
      nominalIds: ['N-000123', 'N-000999'],
    };
    delete grouped.nominalId;
    (raw.disclosures as unknown[])[0] = grouped;
    expect(parseAuditRecordInput(raw).disclosures[0]?.nominalIds).toEqual([
      'N-000123',
      'N-000999',
    ]);
  });

  it.each([
    [
      'beside a nominalId',
      { nominalId: 'N-000123', nominalIds: ['N-000123', 'N-000999'] },
    ],
    ['naming one nominal (that is nominalId)', { nominalIds: ['N-000123'] }],
    ['naming a nominal twice', { nominalIds: ['N-000123', 'N-000123'] }],
    [
      'naming something that is not a nominal id',
      { nominalIds: ['N-000123', 'a value'] },
    ],
  ])(
    'refuses a grouped disclosure %s: one encoding per record',
    (_case, naming) => {
      const raw = createRawInput();
      const [first] = raw.disclosures as Record<string, unknown>[];
      const grouped: Record<string, unknown> = { ...first, ...naming };
      if (!('nominalId' in naming)) delete grouped.nominalId;
      (raw.disclosures as unknown[])[0] = grouped;
      expect(() => parseAuditRecordInput(raw)).toThrow(AuditValidationError);
    },
  );

  it('refuses a missing property rather than guess it', () => {
    const raw = createRawInput();
    delete raw.outcome;
    expectRefused(raw, 'input.outcome');
  });

  it('refuses a purpose outside the vocabulary', () => {
    expectRefused(
      { ...createRawInput(), purpose: 'CURIOSITY' },
      'input.purpose',
    );
  });

  it('refuses a justification carrying control characters (terminal escapes)', () => {
    expectRefused(
      { ...createRawInput(), justification: 'ok\u001b[2J' },
      'input.justification',
    );
  });

  it('refuses a time that is not UTC', () => {
    expectRefused(
      { ...createRawInput(), time: '2026-03-01T09:30:00+01:00' },
      'input.time',
    );
  });

  it('refuses an operation hash that is not SHA-256 hex', () => {
    expectRefused(
      { ...createRawInput(), operationHash: 'query { nominal }' },
      'input.operationHash',
    );
  });

  it('refuses a negative or fractional count', () => {
    const raw = createRawInput();
    const [first] = raw.disclosures as Record<string, unknown>[];
    (raw.disclosures as unknown[])[0] = {
      ...first,
      counts: { released: 1.5, summarised: 0, held: 0, withheld: 0 },
    };
    expectRefused(raw, 'input.disclosures[0].counts.released');
  });

  it('refuses a class instance, whose prototype could add properties', () => {
    class Sneaky {
      readonly extra = 'value';
    }
    expectRefused(new Sneaky(), 'input');
  });

  it('refuses a getter, which could return a different value when encoded', () => {
    const raw = createRawInput();
    Object.defineProperty(raw, 'justification', {
      get: () => 'changes later',
      enumerable: true,
    });
    expectRefused(raw, 'input.justification');
  });

  it('refuses a symbol-keyed property', () => {
    expectRefused(
      { ...createRawInput(), [Symbol('hidden')]: 'value' },
      'input.Symbol(hidden)',
    );
  });

  it('accepts null purpose and justification for a request refused for lacking them', () => {
    const parsed = parseAuditRecordInput({
      ...createRawInput(),
      purpose: null,
      justification: null,
      outcome: 'DENIED',
    });
    expect(parsed.purpose).toBeNull();
  });
});
