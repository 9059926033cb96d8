/** The grant table as its queries see it (buildDisclosureGrantsTables creates it). */
export interface DisclosureGrantTables {
  disclosure_grants: {
    id: string;
    owner: string;
    nominal_id: string;
    category: string;
    recipient: string;
    purpose: string;
    legal_basis: string;
    granted_by: string;
    granted_at: string;
    expires_at: string;
    revoked_at: string | null;
    revoked_by: string | null;
    revocation_reason: string | null;
    /** JSON lists, or NULL on a grant from before scoping. */
    regions: string | null;
    units: string | null;
    level: string | null;
  };
}
