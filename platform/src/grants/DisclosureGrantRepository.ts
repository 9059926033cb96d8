import { type DisclosureGrantRecord } from './DisclosureGrantRecord';

/** A revocation as the store records it. */
export interface GrantRevocation {
  id: string;
  revokedAt: string;
  revokedBy: string;
  reason: string;
}

/**
 * The owner's grant store. Reads are batched by nominal for the enforcement's
 * per-request loader; writes take rows the validator has already accepted.
 */
export interface DisclosureGrantRepository {
  /** Every grant recorded for these nominals (revoked and expired included), by nominal then id. */
  findGrantsByNominalIds(
    ids: readonly string[],
  ): Promise<DisclosureGrantRecord[]>;
  findGrantById(id: string): Promise<DisclosureGrantRecord | null>;
  /** Stores a validated grant in one transaction. */
  recordGrant(grant: DisclosureGrantRecord): Promise<DisclosureGrantRecord>;
  /**
   * Marks a grant revoked, only if it is not already: returns the revoked grant,
   * or null (and changes nothing) when there is no unrevoked grant with that id.
   */
  revokeGrant(
    revocation: GrantRevocation,
  ): Promise<DisclosureGrantRecord | null>;
}
