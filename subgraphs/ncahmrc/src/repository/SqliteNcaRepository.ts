import {
  IN_BATCH_KEYS,
  prepareBatchRead,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { Agency, Classification, type RecordMarking } from '@marsoc/schema';
import {
  type NcaCovertInterestRow,
  type NcaDeconflictionRow,
  type NcaOcgTieringRow,
  type NcaRecordRow,
  type NcaRepository,
  type NcaSuspiciousActivityReportRow,
} from './NcaRepository';

type StoredTiering = Omit<NcaOcgTieringRow, 'nationalPriority'> & {
  nationalPriority: number;
};
type StoredSar = Omit<NcaSuspiciousActivityReportRow, 'marking'> & {
  classification: string;
  restrictedTo: string;
};
type StoredCovertInterest = Omit<NcaCovertInterestRow, 'marking'>;
type StoredDeconfliction = Omit<NcaDeconflictionRow, 'contactBeforeAction'>;

/** The NCA's reads over the embedded store. */
export function createSqliteNcaRepository(
  database: SqliteDatabase,
): NcaRepository {
  const findTierings = prepareBatchRead<StoredTiering>(
    database,
    `SELECT nominal_id AS nominalId, group_name AS groupName, tier,
            threat_area AS threatArea, tier = 'TIER_1' AS nationalPriority,
            assessed_on AS assessedOn
     FROM nca_ocg_tiering WHERE nominal_id ${IN_BATCH_KEYS}`,
  );
  const findSars = prepareBatchRead<StoredSar>(
    database,
    `SELECT nominal_id AS nominalId, reference, submitted_on AS submittedOn,
            reporting_sector AS reportingSector, amount, reason_code AS reasonCode,
            classification, restricted_to AS restrictedTo
     FROM nca_suspicious_activity_report WHERE nominal_id ${IN_BATCH_KEYS}
     ORDER BY nominal_id, submitted_on DESC, position`,
  );
  const findCovertInterests = prepareBatchRead<StoredCovertInterest>(
    database,
    `SELECT nominal_id AS nominalId, operation_name AS operationName,
            interest_type AS interestType, owning_command AS owningCommand,
            recorded_on AS recordedOn
     FROM nca_covert_interest WHERE nominal_id ${IN_BATCH_KEYS}`,
  );
  const findDeconflictions = prepareBatchRead<StoredDeconfliction>(
    database,
    `SELECT nominal_id AS nominalId, route
     FROM nca_deconfliction WHERE nominal_id ${IN_BATCH_KEYS}`,
  );
  return {
    findNcaRecordsByNominalIds: prepareBatchRead<NcaRecordRow>(
      database,
      `SELECT nominal_id AS nominalId, nca_reference AS ncaReference
       FROM nca_subject WHERE nominal_id ${IN_BATCH_KEYS}`,
    ),
    findOcgTieringsByNominalIds: (ids) =>
      findTierings(ids).map((row) => ({
        ...row,
        nationalPriority: row.nationalPriority === 1,
      })),
    findSuspiciousActivityReportsByNominalIds: (ids) =>
      findSars(ids).map(toSuspiciousActivityReport),
    findCovertInterestsByNominalIds: (ids) =>
      findCovertInterests(ids).map((row) => ({
        ...row,
        marking: { covert: true, classification: 'SECRET' },
      })),
    findDeconflictionsByNominalIds: (ids) =>
      findDeconflictions(ids).map((row) => ({
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
