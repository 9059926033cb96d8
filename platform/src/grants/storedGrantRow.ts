import { Region } from '@marsoc/schema';
import { type DisclosureGrantRecord } from './DisclosureGrantRecord';

/** A grant as its SQLite row holds it: the scope lists as JSON text. */
export interface StoredGrantRow extends Omit<
  DisclosureGrantRecord,
  'regions' | 'units'
> {
  regions: string | null;
  units: string | null;
}

/** Only the stored columns, so a caller's extra properties never reach SQL. */
export function toStoredRow(grant: DisclosureGrantRecord): StoredGrantRow {
  return {
    id: grant.id,
    owner: grant.owner,
    nominalId: grant.nominalId,
    category: grant.category,
    recipient: grant.recipient,
    purpose: grant.purpose,
    legalBasis: grant.legalBasis,
    grantedBy: grant.grantedBy,
    grantedAt: grant.grantedAt,
    expiresAt: grant.expiresAt,
    revokedAt: grant.revokedAt ?? null,
    revokedBy: grant.revokedBy ?? null,
    revocationReason: grant.revocationReason ?? null,
    regions: grant.regions === null ? null : JSON.stringify(grant.regions),
    units: grant.units === null ? null : JSON.stringify(grant.units),
    level: grant.level ?? null,
  };
}

/**
 * The grant a row holds. A scope list that does not read back as a list of
 * known values becomes an empty list, which reaches nobody: a damaged row must
 * never widen a grant to the whole agency.
 */
export function toGrantRecord(row: StoredGrantRow): DisclosureGrantRecord {
  return { ...row, ...readStoredScope(row) };
}

/** The scope lists of a stored row (JSON text or NULL), read as toGrantRecord reads them. */
export function readStoredScope(row: {
  regions: string | null;
  units: string | null;
}): Pick<DisclosureGrantRecord, 'regions' | 'units'> {
  return {
    regions: row.regions === null ? null : readList(row.regions, Region.is),
    units: row.units === null ? null : readList(row.units, isText),
  };
}

function readList<Value>(
  json: string,
  isValue: (value: unknown) => value is Value,
): Value[] {
  try {
    const parsed: unknown = JSON.parse(json);
    if (Array.isArray(parsed) && parsed.every(isValue)) return parsed;
  } catch {
    // Falls through to the empty list.
  }
  return [];
}

function isText(value: unknown): value is string {
  return typeof value === 'string';
}
