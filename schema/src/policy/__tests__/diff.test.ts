import { diffSigning } from '../diff';
import { REGISTER } from './personas';

describe('what signing an agreement would open (policy diff)', () => {
  const changes = diffSigning(REGISTER, 'MARSOC_ISA');

  it('opens HMRC tax to a police analyst when the MARSOC ISA is signed (E603, M219)', () => {
    expect(changes).toContainEqual(
      expect.objectContaining({
        owner: 'HMRC',
        category: 'TAX',
        recipient: 'POLICE',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        before: 'EXISTENCE',
        after: 'FULL',
      }),
    );
  });

  it('lists only rises, and never the covert interest, performance reporting or audit', () => {
    expect(changes.length).toBeGreaterThan(0);
    for (const change of changes) {
      expect(change.after).toBe('FULL');
      expect(change.category).not.toBe('NCA_COVERT_INTEREST');
      expect(['PERFORMANCE_REPORTING', 'AUDIT']).not.toContain(change.purpose);
      expect(change.roles.length).toBeGreaterThan(0);
    }
  });

  it('opens nothing to DWP, which the ISA rules do not name', () => {
    expect(changes.filter((change) => change.recipient === 'DWP')).toEqual([]);
  });

  it('opens nothing for an agreement that is already in force', () => {
    expect(diffSigning(REGISTER, 'POLICE_HMPPS_MOU')).toEqual([]);
  });

  it('refuses an agreement the register does not know', () => {
    expect(() => diffSigning(REGISTER, 'NO_SUCH_AGREEMENT')).toThrow(
      'unknown agreement NO_SUCH_AGREEMENT',
    );
  });
});
