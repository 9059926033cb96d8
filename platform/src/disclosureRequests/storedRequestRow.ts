import { type GrantLevel, Region } from '@marsoc/schema';
import { readStoredScope } from '../grants';
import { type DisclosureRequestRecord } from './DisclosureRequestRecord';
import { type DisclosureRequestTables } from './DisclosureRequestTables';

/** A request as its row holds it: the grant's scope lists as JSON text. */
export interface StoredRequestRow extends Omit<
  DisclosureRequestRecord,
  'grantRegions' | 'grantUnits'
> {
  grantRegions: string | null;
  grantUnits: string | null;
}

/** The row's columns, aliased to the record's names. */
export const REQUEST_COLUMNS = [
  'id',
  'owner',
  'nominal_id as nominalId',
  'category',
  'purpose',
  'justification',
  'urgency',
  'urgency_reason as urgencyReason',
  'for_region as forRegion',
  'for_unit as forUnit',
  'requested_by as requestedBy',
  'requester_agency as requesterAgency',
  'client_request_id as clientRequestId',
  'status',
  'raised_at as raisedAt',
  'pending_since as pendingSince',
  'respond_by as respondBy',
  'closed_at as closedAt',
  'closed_by as closedBy',
  'legal_basis as legalBasis',
  'reason',
  'grant_id as grantId',
  'grant_level as grantLevel',
  'grant_expires_at as grantExpiresAt',
  'grant_regions as grantRegions',
  'grant_units as grantUnits',
] as const;

/** Only the stored columns, under their names, so a caller's extra properties never reach SQL. */
export function toStoredRequestRow(
  request: DisclosureRequestRecord,
): DisclosureRequestTables['disclosure_requests'] {
  return {
    id: request.id,
    owner: request.owner,
    nominal_id: request.nominalId,
    category: request.category,
    purpose: request.purpose,
    justification: request.justification,
    urgency: request.urgency,
    urgency_reason: request.urgencyReason,
    for_region: request.forRegion,
    for_unit: request.forUnit,
    requested_by: request.requestedBy,
    requester_agency: request.requesterAgency,
    client_request_id: request.clientRequestId,
    status: request.status,
    raised_at: request.raisedAt,
    pending_since: request.pendingSince,
    respond_by: request.respondBy,
    closed_at: request.closedAt,
    closed_by: request.closedBy,
    legal_basis: request.legalBasis,
    reason: request.reason,
    grant_id: request.grantId,
    grant_level: request.grantLevel,
    grant_expires_at: request.grantExpiresAt,
    grant_regions: toJson(request.grantRegions),
    grant_units: toJson(request.grantUnits),
  };
}

/**
 * The request a row holds. Scope lists read as the grant store reads them: a
 * damaged list reads as empty, never as the whole agency; a level other than
 * the two known ones reads as none.
 */
export function toRequestRecord(row: object): DisclosureRequestRecord {
  return readStoredRequest(row as StoredRequestRow);
}

function readStoredRequest(row: StoredRequestRow): DisclosureRequestRecord {
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

export function toJson(
  list: readonly string[] | null | undefined,
): string | null {
  return list === null || list === undefined ? null : JSON.stringify(list);
}
