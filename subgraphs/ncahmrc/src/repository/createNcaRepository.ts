import { type Compilable } from 'kysely';
import { inBatchKeys, prepareBatchQuery } from '@marsoc/platform/store';
import { Agency, Classification, type RecordMarking } from '@marsoc/schema';
import { type NcaHmrcStore } from './NcaHmrcTables';
import {
  type NcaRepository,
  type NcaSuspiciousActivityReportRow,
} from './NcaRepository';

type StoredSar = Omit<NcaSuspiciousActivityReportRow, 'marking'> & {
  classification: string;
  restrictedTo: string;
};

/** The NCA's reads over the store, on either dialect, each compiled once. */
export function createNcaRepository(store: NcaHmrcStore): NcaRepository {
  const { db, dialect } = store;
  const of = (ids: readonly string[]) =>
    inBatchKeys(dialect, 'nominal_id', ids);
  const batch = <Row>(build: (ids: readonly string[]) => Compilable<Row>) =>
    prepareBatchQuery(store, build);
  const findTierings = batch((ids) =>
    db
      .selectFrom('nca_ocg_tiering')
      .select([
        'nominal_id as nominalId',
        'group_name as groupName',
        'tier',
        'threat_area as threatArea',
        'assessed_on as assessedOn',
      ])
      .where(of(ids)),
  );
  const findSars = batch((ids) =>
    db
      .selectFrom('nca_suspicious_activity_report')
      .select([
        'nominal_id as nominalId',
        'reference',
        'submitted_on as submittedOn',
        'reporting_sector as reportingSector',
        'amount',
        'reason_code as reasonCode',
        'classification',
        'restricted_to as restrictedTo',
      ])
      .where(of(ids))
      .orderBy('nominal_id')
      .orderBy('submitted_on', 'desc')
      .orderBy('position'),
  );
  const findCovertInterests = batch((ids) =>
    db
      .selectFrom('nca_covert_interest')
      .select([
        'nominal_id as nominalId',
        'operation_name as operationName',
        'interest_type as interestType',
        'owning_command as owningCommand',
        'recorded_on as recordedOn',
      ])
      .where(of(ids)),
  );
  const findDeconflictions = batch((ids) =>
    db
      .selectFrom('nca_deconfliction')
      .select(['nominal_id as nominalId', 'route'])
      .where(of(ids)),
  );
  return {
    findNcaRecordsByNominalIds: batch((ids) =>
      db
        .selectFrom('nca_subject')
        .select(['nominal_id as nominalId', 'nca_reference as ncaReference'])
        .where(of(ids)),
    ),
    findOcgTieringsByNominalIds: async (ids) =>
      (await findTierings(ids)).map((row) => ({
        ...row,
        nationalPriority: row.tier === 'TIER_1',
      })),
    findSuspiciousActivityReportsByNominalIds: async (ids) =>
      (await findSars(ids)).map(toSuspiciousActivityReport),
    findCovertInterestsByNominalIds: async (ids) =>
      (await findCovertInterests(ids)).map((row) => ({
        ...row,
        marking: { covert: true, classification: 'SECRET' } as const,
      })),
    findDeconflictionsByNominalIds: async (ids) =>
      (await findDeconflictions(ids)).map((row) => ({
        ...row,
        contactBeforeAction: true,
      })),
  };
}

function toSuspiciousActivityReport({
  classification,
  restrictedTo,
  ...report
}: StoredSar): NcaSuspiciousActivityReportRow {
  return { ...report, marking: readSarMarking(classification, restrictedTo) };
}

/**
 * A SAR's own marking. A stored value this code does not recognise makes the
 * report TOP_SECRET and NCA-only rather than guessing (fail closed).
 */
function readSarMarking(
  classification: string,
  restrictedTo: string,
): RecordMarking {
  const agencies = restrictedTo.split(',');
  const known = agencies.every((agency) => Agency.is(agency));
  return {
    classification: Classification.is(classification)
      ? classification
      : 'TOP_SECRET',
    conditions: [
      {
        kind: 'RESTRICT_TO_AGENCIES',
        agencies: known ? agencies.filter(Agency.is) : ['NCA'],
      },
    ],
  };
}
