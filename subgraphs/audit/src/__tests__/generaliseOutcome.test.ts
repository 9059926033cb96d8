import { type AuditDisclosure } from '@marsoc/platform';
import { generaliseOutcome } from '../resolvers/generaliseOutcome';

function entry(
  levels: Partial<
    Pick<AuditDisclosure, 'released' | 'summarised' | 'held' | 'withheld'>
  >,
): AuditDisclosure {
  const released = levels.released ?? [];
  const summarised = levels.summarised ?? [];
  const held = levels.held ?? [];
  const withheld = levels.withheld ?? [];
  return {
    owner: 'POLICE',
    category: 'IDENTITY',
    released,
    summarised,
    held,
    withheld,
    counts: {
      released: released.length,
      summarised: summarised.length,
      held: held.length,
      withheld: withheld.length,
    },
    rules: [],
  };
}

describe('the outcome an auditor reads', () => {
  it.each([
    ['PARTIAL', 'SUCCESS', [entry({ released: ['A.a'] })]],
    ['SUCCESS', 'SUCCESS', [entry({ summarised: ['A.a'] })]],
    ['SUCCESS', 'PARTIAL', [entry({ released: ['A.a'], withheld: ['A.b'] })]],
    ['SUCCESS', 'PARTIAL', [entry({ held: ['A.a'] })]],
    ['PARTIAL', 'DENIED', [entry({ withheld: ['A.b'] })]],
    ['DENIED', 'SUCCESS', [entry({ released: ['A.a'] })]],
  ] as const)(
    'reads a recorded %s as %s when the visible entries are %j',
    (recorded, expected, visible) => {
      expect(generaliseOutcome(recorded, visible)).toBe(expected);
    },
  );

  it('keeps ERROR: a fault of the service, not of the data', () => {
    expect(generaliseOutcome('ERROR', [entry({ released: ['A.a'] })])).toBe(
      'ERROR',
    );
  });
});
