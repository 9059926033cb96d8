import { type AuditDisclosure } from '@marsoc/platform';
import { generaliseOutcome } from '../resolvers/generaliseOutcome';
import { disclosure } from './auditLogFixtures';

/** A police identity entry at the given levels; the outcome reads only the levels. */
function entry(levels: Parameters<typeof disclosure>[3]): AuditDisclosure {
  return disclosure(null, 'POLICE', 'IDENTITY', levels);
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
