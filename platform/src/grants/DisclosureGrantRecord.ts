import {
  type DisclosureGrant,
  type GrantLevel,
  type Region,
} from '@marsoc/schema';

/**
 * A case-specific disclosure ("Dare to Share", seed 000 E629) as the owner
 * stores it: the grant the policy engine reads, with where in the recipient
 * agency it reaches, plus who revoked it and why.
 */
export interface DisclosureGrantRecord extends DisclosureGrant {
  /** Null only on a grant recorded before grants were scoped: it reaches every region. */
  regions: readonly Region[] | null;
  /** Null: every unit in the regions. */
  units: readonly string[] | null;
  /** FULL, or SUMMARY for a partial disclosure; null only on a grant recorded before levels: FULL. */
  level: GrantLevel | null;
  revokedAt: string | null;
  revokedBy: string | null;
  revocationReason: string | null;
}

/**
 * What a disclosure officer submits. Every field is `unknown` until validated:
 * the validator is the only thing that turns it into a grant.
 */
export interface DisclosureGrantInput {
  owner?: unknown;
  nominalId?: unknown;
  category?: unknown;
  recipient?: unknown;
  purpose?: unknown;
  legalBasis?: unknown;
  expiresAt?: unknown;
  /** Optional: the recipient's regions reached; the disclosure officer's own when omitted. */
  regions?: unknown;
  /** Optional: the recipient's units reached; every unit in the regions when omitted. */
  units?: unknown;
  /** Optional: FULL (when omitted), or SUMMARY for a partial disclosure. */
  level?: unknown;
}

/** A revocation as a disclosure officer submits it. */
export interface GrantRevocationInput {
  id?: unknown;
  reason?: unknown;
}

/**
 * Why a grant or revocation was refused. CALLER: the caller may not do this at
 * all (FORBIDDEN). INPUT: something submitted is wrong (BAD_USER_INPUT). STATE:
 * the grant is not in a state that allows it (INVALID_TRANSITION).
 */
export interface GrantProblem {
  kind: 'CALLER' | 'INPUT' | 'STATE';
  field: keyof DisclosureGrantInput | keyof GrantRevocationInput | 'caller';
  message: string;
}
