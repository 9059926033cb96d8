/**
 * The owner's store of disclosure requests, idempotent DDL to append to a
 * subgraph's own schema beside DISCLOSURE_GRANTS_SCHEMA_SQL (an approval
 * writes both in one transaction). A requester's client request id is unique
 * to them, so a retried raise can never store a second row. Every state change
 * adds an event, the history the figures are counted from; a grant's uses are
 * kept one row per grant per day (when, never what was shown).
 */
export const DISCLOSURE_REQUESTS_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS disclosure_requests (
  id TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  nominal_id TEXT NOT NULL,
  category TEXT NOT NULL,
  purpose TEXT NOT NULL,
  justification TEXT NOT NULL,
  urgency TEXT NOT NULL,
  urgency_reason TEXT,
  for_region TEXT NOT NULL,
  for_unit TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  requester_agency TEXT NOT NULL,
  client_request_id TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED',
    'PARTIALLY_APPROVED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')),
  raised_at TEXT NOT NULL,
  pending_since TEXT NOT NULL,
  respond_by TEXT NOT NULL,
  closed_at TEXT,
  closed_by TEXT,
  legal_basis TEXT,
  reason TEXT,
  grant_id TEXT,
  grant_level TEXT CHECK (grant_level IS NULL OR grant_level IN ('FULL', 'SUMMARY')),
  grant_expires_at TEXT,
  grant_regions TEXT CHECK (grant_regions IS NULL OR json_valid(grant_regions)),
  grant_units TEXT CHECK (grant_units IS NULL OR json_valid(grant_units)),
  UNIQUE (requested_by, client_request_id),
  CHECK (owner <> requester_agency),
  CHECK ((status = 'PENDING') = (closed_at IS NULL)),
  CHECK ((status IN ('APPROVED', 'PARTIALLY_APPROVED')) = (grant_id IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS disclosure_requests_by_owner
  ON disclosure_requests (owner, status, raised_at);
CREATE INDEX IF NOT EXISTS disclosure_requests_by_requester
  ON disclosure_requests (requested_by, raised_at);
CREATE INDEX IF NOT EXISTS disclosure_requests_pending
  ON disclosure_requests (respond_by) WHERE status = 'PENDING';
CREATE TABLE IF NOT EXISTS disclosure_request_events (
  request_id TEXT NOT NULL REFERENCES disclosure_requests (id),
  sequence INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('RAISED', 'APPROVED',
    'PARTIALLY_APPROVED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'REOPENED')),
  at TEXT NOT NULL,
  actor TEXT,
  pending_since TEXT NOT NULL,
  note TEXT,
  PRIMARY KEY (request_id, sequence)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS disclosure_request_events_by_time
  ON disclosure_request_events (at);
CREATE TABLE IF NOT EXISTS disclosure_grant_uses (
  grant_id TEXT NOT NULL,
  day TEXT NOT NULL,
  PRIMARY KEY (grant_id, day)
) WITHOUT ROWID;
`;
