import { type GraphQLFormattedError, parse } from 'graphql';
import { type OperationDefinitionNode } from 'graphql';
import { DisclosureRecorder } from '../../subgraph/DisclosureRecorder';
import { readAuditOutcome } from '../readAuditOutcome';
import { toAuditDisclosures } from '../toAuditDisclosures';

function operationOf(source: string): OperationDefinitionNode {
  const [definition] = parse(source).definitions;
  if (definition?.kind !== 'OperationDefinition')
    throw new Error('no operation');
  return definition;
}

function errorOf(code: string): GraphQLFormattedError {
  return { message: `refused (${code})`, extensions: { code } };
}

const WITHHELD_TAX = {
  level: 'WITHHELD',
  reason: 'NO_AGREEMENT',
  rules: [],
} as const;
const RELEASED = { level: 'FULL', reason: 'PERMITTED', rules: ['r'] } as const;
const HELD = {
  level: 'EXISTENCE',
  reason: 'AGREEMENT_NOT_SIGNED',
  rules: ['r'],
} as const;
const SUPPRESSED = {
  level: 'NCND',
  reason: 'FORBIDDEN_BY_RULE',
  rules: ['ncnd'],
} as const;

const QUERY = operationOf('query { nominal(id: "NOM-00001") { id } }');
const MUTATION = operationOf(
  'mutation { t: __typename recordDisclosureGrant(input: {}) { id } }',
);

/** The owner's audit view of what a request resolved to. */
function disclosuresOf(
  build: (recorder: DisclosureRecorder) => void,
): ReturnType<typeof toAuditDisclosures> {
  const recorder = new DisclosureRecorder();
  build(recorder);
  return toAuditDisclosures(recorder.toAuditView());
}

describe('readAuditOutcome', () => {
  it('is SUCCESS without errors', () => {
    expect(
      readAuditOutcome({
        operation: QUERY,
        data: { nominal: { id: 'NOM-00001' } },
        errors: undefined,
        disclosures: [],
      }),
    ).toBe('SUCCESS');
  });

  it('is DENIED for a query whose every marked field was withheld, though data holds the key', () => {
    const disclosures = disclosuresOf((recorder) => {
      recorder.record('NOM-00001', 'HMRC', 'TAX', 'Nominal.hmrc', WITHHELD_TAX);
    });
    expect(
      readAuditOutcome({
        operation: QUERY,
        data: { nominal: { id: 'NOM-00001', hmrc: null } },
        errors: [errorOf('WITHHELD')],
        disclosures,
      }),
    ).toBe('DENIED');
  });

  it.each([
    ['released', RELEASED],
    ['shown as held', HELD],
  ])('is PARTIAL when anything was %s beside what was withheld', (_, shown) => {
    const disclosures = disclosuresOf((recorder) => {
      recorder.record('NOM-00001', 'HMRC', 'TAX', 'Nominal.hmrc', WITHHELD_TAX);
      recorder.record(
        'NOM-00001',
        'POLICE',
        'IDENTITY',
        'Nominal.police',
        shown,
      );
    });
    expect(
      readAuditOutcome({
        operation: QUERY,
        data: { nominal: { id: 'NOM-00001' } },
        errors: [errorOf('WITHHELD')],
        disclosures,
      }),
    ).toBe('PARTIAL');
  });

  it('is ERROR when nothing was given and not only because of a refusal', () => {
    expect(
      readAuditOutcome({
        operation: QUERY,
        data: { nominal: null },
        errors: [errorOf('WITHHELD'), errorOf('UPSTREAM_UNAVAILABLE')],
        disclosures: [],
      }),
    ).toBe('ERROR');
  });

  describe('mutations', () => {
    it('is DENIED when the mutation was refused by its authorisation (root field null)', () => {
      expect(
        readAuditOutcome({
          operation: MUTATION,
          data: { t: 'Mutation', recordDisclosureGrant: null },
          errors: [errorOf('FORBIDDEN')],
          disclosures: [],
        }),
      ).toBe('DENIED');
    });

    it('is ERROR when the mutation was refused for bad input', () => {
      expect(
        readAuditOutcome({
          operation: MUTATION,
          data: { recordDisclosureGrant: null },
          errors: [errorOf('BAD_USER_INPUT')],
          disclosures: [],
        }),
      ).toBe('ERROR');
    });

    it('is PARTIAL when the change was made but its answer was withheld from the caller', () => {
      expect(
        readAuditOutcome({
          operation: MUTATION,
          data: { recordDisclosureGrant: { id: null } },
          errors: [errorOf('WITHHELD')],
          disclosures: [],
        }),
      ).toBe('PARTIAL');
    });
  });

  describe('NCND suppressions read exactly as absence', () => {
    const withSuppression = (extra: (recorder: DisclosureRecorder) => void) =>
      disclosuresOf((recorder) => {
        recorder.record(
          'NOM-00001',
          'NCA',
          'NCA_COVERT_INTEREST',
          'Nominal.ncaCovertInterest',
          SUPPRESSED,
        );
        extra(recorder);
      });

    it('keeps SUCCESS when the only thing hidden was NCND (no error reaches the caller)', () => {
      const answer = { operation: QUERY, data: { nominal: null }, errors: [] };
      expect(
        readAuditOutcome({ ...answer, disclosures: withSuppression(() => {}) }),
      ).toBe(readAuditOutcome({ ...answer, disclosures: [] }));
      expect(
        readAuditOutcome({ ...answer, disclosures: withSuppression(() => {}) }),
      ).toBe('SUCCESS');
    });

    it.each([
      ['withheld', [WITHHELD_TAX]],
      ['released and withheld', [RELEASED, WITHHELD_TAX]],
      ['held', [HELD]],
    ] as const)(
      'gives the same outcome with or without a suppression beside a field %s',
      (_, levels) => {
        const record = (recorder: DisclosureRecorder) =>
          levels.forEach((level, index) =>
            recorder.record(
              'NOM-00001',
              'HMRC',
              'TAX',
              `Hmrc.f${index}`,
              level,
            ),
          );
        const answer = {
          operation: QUERY,
          data: { nominal: { id: 'NOM-00001' } },
          errors: [errorOf('WITHHELD')],
        };
        expect(
          readAuditOutcome({ ...answer, disclosures: withSuppression(record) }),
        ).toBe(
          readAuditOutcome({ ...answer, disclosures: disclosuresOf(record) }),
        );
      },
    );
  });
});
