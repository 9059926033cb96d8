import { sql } from 'kysely';
import { buildDisclosureGrantsTables } from '../grants';
import { type BuildDdl, isJsonText, withoutRowId } from '../store';

/**
 * The owner's store of disclosure requests, to add to a subgraph's own tables
 * beside the grants (an approval writes both in one transaction). A
 * requester's client request id is unique to them, so a retried raise can
 * never store a second row. Every state change adds an event, the history the
 * figures are counted from; a grant's uses are kept one row per grant per day
 * (when, never what was shown). Written once, for either dialect.
 */
export const buildDisclosureRequestsTables: BuildDdl = (db, dialect) => [
  db.schema
    .createTable('disclosure_requests')
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('owner', 'text', (column) => column.notNull())
    .addColumn('nominal_id', 'text', (column) => column.notNull())
    .addColumn('category', 'text', (column) => column.notNull())
    .addColumn('purpose', 'text', (column) => column.notNull())
    .addColumn('justification', 'text', (column) => column.notNull())
    .addColumn('urgency', 'text', (column) => column.notNull())
    .addColumn('urgency_reason', 'text')
    .addColumn('for_region', 'text', (column) => column.notNull())
    .addColumn('for_unit', 'text', (column) => column.notNull())
    .addColumn('requested_by', 'text', (column) => column.notNull())
    .addColumn('requester_agency', 'text', (column) => column.notNull())
    .addColumn('client_request_id', 'text', (column) => column.notNull())
    .addColumn('status', 'text', (column) =>
      column
        .notNull()
        .check(
          sql`status in ('PENDING', 'APPROVED', 'PARTIALLY_APPROVED', 'DECLINED', 'WITHDRAWN', 'EXPIRED')`,
        ),
    )
    .addColumn('raised_at', 'text', (column) => column.notNull())
    .addColumn('pending_since', 'text', (column) => column.notNull())
    .addColumn('respond_by', 'text', (column) => column.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('closed_by', 'text')
    .addColumn('legal_basis', 'text')
    .addColumn('reason', 'text')
    .addColumn('grant_id', 'text')
    .addColumn('grant_level', 'text', (column) =>
      column.check(
        sql`grant_level is null or grant_level in ('FULL', 'SUMMARY')`,
      ),
    )
    .addColumn('grant_expires_at', 'text')
    .addColumn('grant_regions', 'text', (column) =>
      column.check(isJsonText(dialect, 'grant_regions')),
    )
    .addColumn('grant_units', 'text', (column) =>
      column.check(isJsonText(dialect, 'grant_units')),
    )
    .addUniqueConstraint('disclosure_requests_client_request', [
      'requested_by',
      'client_request_id',
    ])
    .addCheckConstraint(
      'disclosure_requests_not_to_owner',
      sql`owner <> requester_agency`,
    )
    .addCheckConstraint(
      'disclosure_requests_closed',
      sql`(status = 'PENDING') = (closed_at is null)`,
    )
    .addCheckConstraint(
      'disclosure_requests_granted',
      sql`(status in ('APPROVED', 'PARTIALLY_APPROVED')) = (grant_id is not null)`,
    )
    .modifyEnd(withoutRowId(dialect)),
  db.schema
    .createIndex('disclosure_requests_by_owner')
    .ifNotExists()
    .on('disclosure_requests')
    .columns(['owner', 'status', 'raised_at']),
  db.schema
    .createIndex('disclosure_requests_by_requester')
    .ifNotExists()
    .on('disclosure_requests')
    .columns(['requested_by', 'raised_at']),
  db.schema
    .createIndex('disclosure_requests_pending')
    .ifNotExists()
    .on('disclosure_requests')
    .column('respond_by')
    .where(sql.ref('status'), '=', sql.lit('PENDING')),
  db.schema
    .createTable('disclosure_request_events')
    .ifNotExists()
    .addColumn('request_id', 'text', (column) =>
      column.notNull().references('disclosure_requests.id'),
    )
    .addColumn('sequence', 'integer', (column) => column.notNull())
    .addColumn('kind', 'text', (column) =>
      column
        .notNull()
        .check(
          sql`kind in ('RAISED', 'APPROVED', 'PARTIALLY_APPROVED', 'DECLINED', 'WITHDRAWN', 'EXPIRED', 'REOPENED')`,
        ),
    )
    .addColumn('at', 'text', (column) => column.notNull())
    .addColumn('actor', 'text')
    .addColumn('pending_since', 'text', (column) => column.notNull())
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('disclosure_request_events_pk', [
      'request_id',
      'sequence',
    ])
    .modifyEnd(withoutRowId(dialect)),
  db.schema
    .createIndex('disclosure_request_events_by_time')
    .ifNotExists()
    .on('disclosure_request_events')
    .column('at'),
  db.schema
    .createTable('disclosure_grant_uses')
    .ifNotExists()
    .addColumn('grant_id', 'text', (column) => column.notNull())
    .addColumn('day', 'text', (column) => column.notNull())
    .addPrimaryKeyConstraint('disclosure_grant_uses_pk', ['grant_id', 'day'])
    .modifyEnd(withoutRowId(dialect)),
];

/** The whole disclosure desk's tables, grants first, for a subgraph's migration. */
export const buildDisclosureDeskTables: BuildDdl = (db, dialect) => [
  ...buildDisclosureGrantsTables(db, dialect),
  ...buildDisclosureRequestsTables(db, dialect),
];
