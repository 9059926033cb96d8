import { type DisclosureGrantTables } from '../grants';

/** The request tables as their queries see them (buildDisclosureRequestsTables creates them). */
export interface DisclosureRequestTables {
  disclosure_requests: {
    id: string;
    owner: string;
    nominal_id: string;
    category: string;
    purpose: string;
    justification: string;
    urgency: string;
    urgency_reason: string | null;
    for_region: string;
    for_unit: string;
    requested_by: string;
    requester_agency: string;
    client_request_id: string;
    status: string;
    raised_at: string;
    pending_since: string;
    respond_by: string;
    closed_at: string | null;
    closed_by: string | null;
    legal_basis: string | null;
    reason: string | null;
    grant_id: string | null;
    grant_level: string | null;
    grant_expires_at: string | null;
    /** JSON lists. */
    grant_regions: string | null;
    grant_units: string | null;
  };
  disclosure_request_events: {
    request_id: string;
    sequence: number;
    kind: string;
    at: string;
    actor: string | null;
    pending_since: string;
    note: string | null;
  };
  disclosure_grant_uses: { grant_id: string; day: string };
}

/** Every table of an owner's disclosure desk: its grants and the requests for them. */
export type DisclosureDeskTables = DisclosureGrantTables &
  DisclosureRequestTables;
