import fc from 'fast-check';
import { parseCallerClaims } from '../../identity/claims';
import { parseAuditRecordInput } from '../validateInput';
import { createInput } from './fixtures';

// Every caller the gateway admits must be one the consultation log can hold:
// a token whose claims pass parseCallerClaims but whose actor the log refuses
// would answer 503 (AUDIT_UNAVAILABLE) for the caller's own input, a server
// fault caused by the client. The fuzz tier found one (a subject with a space).
const RUNS = 3000;

const valid = {
  sub: 'dev-0001-police-analyst',
  name: 'Ada Madeup',
  agency: 'POLICE',
  unit: 'North West ROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};

function admitted(claims: Record<string, unknown>) {
  try {
    return parseCallerClaims(claims);
  } catch {
    return undefined;
  }
}

describe('every caller the gateway admits can be audited', () => {
  it(`holds for ${RUNS} generated values of each text claim`, () => {
    let admittedCount = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('sub', 'name', 'unit'),
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: 'grapheme', maxLength: 300 }),
          fc.string({ maxLength: 300 }),
        ),
        (claim, value) => {
          const caller = admitted({ ...valid, [claim]: value });
          if (caller === undefined) return;
          admittedCount += 1;
          const actor = {
            ...caller,
            regions: [...caller.regions],
            roles: [...caller.roles],
          };
          expect(() =>
            parseAuditRecordInput({ ...createInput(), actor }),
          ).not.toThrow();
        },
      ),
      { seed: 1003, numRuns: RUNS },
    );
    process.stdout.write(
      `admitted callers audited: ${admittedCount} of ${RUNS} generated claims admitted, every one auditable\n`,
    );
    expect(admittedCount).toBeGreaterThan(RUNS / 4);
  });
});
