import { type DisclosureGrantRecord } from '../grants';

/**
 * A grant as an owner's desk stores it: HMRC tax to the police, North West,
 * in full, unless `changes` say otherwise. For tests that write a grant
 * straight to a store (a restart, a second replica, the policy CLI).
 */
export function storedGrant(
  id: string,
  nominalId: string,
  changes: Partial<DisclosureGrantRecord> = {},
): DisclosureGrantRecord {
  return {
    id,
    owner: 'HMRC',
    nominalId,
    category: 'TAX',
    recipient: 'POLICE',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legalBasis: 'CRCA 2005 s.18(2)(d)',
    grantedBy: 'test-hmrc-disclosure-officer',
    grantedAt: '2026-03-02T09:00:00.000Z',
    expiresAt: '2026-06-30T23:59:59.000Z',
    regions: ['NORTH_WEST'],
    units: null,
    level: 'FULL',
    revokedAt: null,
    revokedBy: null,
    revocationReason: null,
    ...changes,
  };
}
