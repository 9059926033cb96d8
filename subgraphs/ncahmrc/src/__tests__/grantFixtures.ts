import { type Caller } from '@marsoc/schema';

/** Callers and purpose for the grant tests (fictional). */
export const HMRC_DISCLOSURE_OFFICER: Caller = {
  sub: 'test-hmrc-disclosure-officer',
  name: 'Casey Madeup',
  agency: 'HMRC',
  unit: 'HMRC Fraud Investigation Service - Disclosure Team',
  regions: ['NORTH_WEST'],
  roles: ['DISCLOSURE_OFFICER'],
  vetting: 'SC',
};
export const NCA_DISCLOSURE_OFFICER: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-nca-disclosure-officer',
  agency: 'NCA',
  unit: 'NCA Intelligence Directorate - Disclosure',
};
export const POLICE_ANALYST: Caller = {
  ...HMRC_DISCLOSURE_OFFICER,
  sub: 'test-police-analyst',
  agency: 'POLICE',
  unit: 'NWROCU',
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};
export const PURPOSE = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Case-specific disclosure for Operation Madeup',
} as const;

/** Every field of a grant, and the operations the tests send. */
const GRANT_FIELDS = `__typename id owner nominalId category recipient purpose
  legalBasis grantedBy grantedAt expiresAt revokedAt revokedBy revocationReason
  regions units`;
export const RECORD = `mutation ($input: NcaHmrcDisclosureGrantInput!) {
  recordDisclosureGrant(input: $input) { ${GRANT_FIELDS} }
}`;
export const REVOKE = `mutation ($id: ID!, $reason: String!) {
  revokeDisclosureGrant(id: $id, reason: $reason) { id revokedAt revocationReason }
}`;
export const LIST = `query ($nominalId: ID!) {
  disclosureGrants(nominalId: $nominalId) { __typename id owner category }
}`;

/** Variables for a valid HMRC grant of NOM-00001's tax to the police, changed by `changes`. */
export function hmrcGrant(changes: Record<string, unknown> = {}) {
  const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString();
  return {
    input: {
      owner: 'HMRC',
      nominalId: 'NOM-00001',
      category: 'TAX',
      recipient: 'POLICE',
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      legalBasis: 'CRCA 2005 s.18(2)(d) (criminal investigation)',
      expiresAt: inAMonth,
      ...changes,
    },
  };
}

export function codesOf(result: {
  errors?: readonly { extensions?: Record<string, unknown> }[];
}): unknown[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}
