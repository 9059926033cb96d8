import { type GrantLevel, Region } from '@marsoc/schema';
import { readStoredScope } from '../grants';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';

/** A request as its SQLite row holds it: the grant's scope lists as JSON text. */
export interface StoredRequestRow extends Omit<
  DisclosureRequestRecord,
  'grantRegions' | 'grantUnits'
> {
  grantRegions: string | null;
  grantUnits: string | null;
}

/** The row's columns, aliased to the record's names. */
export const REQUEST_COLUMNS = `id, owner, nominal_id AS nominalId, category,
  purpose, justification, urgency, urgency_reason AS urgencyReason,
  for_region AS forRegion, for_unit AS forUnit, requested_by AS requestedBy,
  requester_agency AS requesterAgency, client_request_id AS clientRequestId,
  status, raised_at AS raisedAt, pending_since AS pendingSince,
  respond_by AS respondBy, closed_at AS closedAt, closed_by AS closedBy,
  legal_basis AS legalBasis, reason, grant_id AS grantId,
  grant_level AS grantLevel, grant_expires_at AS grantExpiresAt,
  grant_regions AS grantRegions, grant_units AS grantUnits`;

/** Only the stored columns, so a caller's extra properties never reach SQL. */
export function toStoredRequestRow(
  request: DisclosureRequestRecord,
): StoredRequestRow {
  return {
    id: request.id,
    owner: request.owner,
    nominalId: request.nominalId,
    category: request.category,
    purpose: request.purpose,
    justification: request.justification,
    urgency: request.urgency,
    urgencyReason: request.urgencyReason,
    forRegion: request.forRegion,
    forUnit: request.forUnit,
    requestedBy: request.requestedBy,
    requesterAgency: request.requesterAgency,
    clientRequestId: request.clientRequestId,
    status: request.status,
    raisedAt: request.raisedAt,
    pendingSince: request.pendingSince,
    respondBy: request.respondBy,
    closedAt: request.closedAt,
    closedBy: request.closedBy,
    legalBasis: request.legalBasis,
    reason: request.reason,
    grantId: request.grantId,
    grantLevel: request.grantLevel,
    grantExpiresAt: request.grantExpiresAt,
    grantRegions: toJson(request.grantRegions),
    grantUnits: toJson(request.grantUnits),
  };
}

/**
 * The request a row holds. Scope lists read as the grant store reads them: a
 * damaged list reads as empty, never as the whole agency; a level other than
 * the two known ones reads as none.
 */
export function toRequestRecord(
  row: StoredRequestRow,
): DisclosureRequestRecord {
  const scope = readStoredScope({
    regions: row.grantRegions,
    units: row.grantUnits,
  });
  return {
    ...row,
    grantLevel: readLevel(row.grantLevel),
    grantRegions: scope.regions?.filter(Region.is) ?? null,
    grantUnits: scope.units,
  };
}

function readLevel(level: unknown): GrantLevel | null {
  return level === 'FULL' || level === 'SUMMARY' ? level : null;
}

function toJson(list: readonly string[] | null): string | null {
  return list === null ? null : JSON.stringify(list);
}
