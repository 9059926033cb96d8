import { type Compilable, sql } from 'kysely';
import {
  inBatchKeys,
  prepareBatchQuery,
  type StoreUpkeep,
} from '@marsoc/platform/store';
import {
  type CohortMovementQuery,
  type CohortMovementRow,
  type HmppsReferenceMatchRow,
  type HmppsRepository,
  type PrisonCustodyRow,
  type PrisonPhoneContactRow,
  type PrisonSeizureRow,
} from './HmppsRepository';
import { type HmppsStore } from './HmppsTables';
import { createCounterCorruptionMarking } from './recordMarkings';

/** The reads of HMPPS's own records; its disclosure desk is beside them. */
export type HmppsRecordReads = Omit<
  HmppsRepository,
  'disclosures' | keyof StoreUpkeep
>;

type StoredCustody = Omit<PrisonCustodyRow, 'sentence'> & {
  offence: string | null;
  lengthInMonths: number | null;
  sentenceDate: string | null;
  sentencingCourt: string | null;
};
type StoredSeizure = Omit<PrisonSeizureRow, 'marking'> & {
  counterCorruption: number;
};
type StoredPhoneContact = Omit<PrisonPhoneContactRow, 'approved'> & {
  approved: number;
};

/**
 * HMPPS's reads over its store, on either dialect, each compiled once. Every
 * list is ordered by nominal and then date (ties in the order written), so
 * list loaders keep the order decided here.
 */
export function createHmppsRecordReads(store: HmppsStore): HmppsRecordReads {
  const { db, dialect } = store;
  const of = (column: string, keys: readonly string[]) =>
    inBatchKeys(dialect, column, keys);
  const batch = <Row>(build: (keys: readonly string[]) => Compilable<Row>) =>
    prepareBatchQuery(store, build);
  const findCustody = batch<StoredCustody>((ids) =>
    db
      .selectFrom('prison_custody')
      .select([
        'nominal_id as nominalId',
        'prison_number as prisonNumber',
        'status',
        'establishment',
        'establishment_region as establishmentRegion',
        'security_category as securityCategory',
        'reception_date as receptionDate',
        'earliest_release_date as earliestReleaseDate',
        'licence_expiry_date as licenceExpiryDate',
        'offence',
        'sentence_months as lengthInMonths',
        'sentence_date as sentenceDate',
        'sentencing_court as sentencingCourt',
      ])
      .where(of('nominal_id', ids))
      .orderBy('nominal_id'),
  );
  const findSeizures = batch<StoredSeizure>((ids) =>
    db
      .selectFrom('prison_seizure')
      .select([
        'nominal_id as nominalId',
        'seizure_date as seizureDate',
        'item_type as itemType',
        'establishment',
        'location',
        'description',
        'counter_corruption as counterCorruption',
      ])
      .where(of('nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('seizure_date')
      .orderBy('id'),
  );
  const findPhoneContacts = batch<StoredPhoneContact>((ids) =>
    db
      .selectFrom('prison_phone_contact')
      .select([
        'nominal_id as nominalId',
        'phone_number as phoneNumber',
        'contact_name as contactName',
        'relationship',
        'approved',
      ])
      .where(of('nominal_id', ids))
      .orderBy('nominal_id')
      .orderBy('id'),
  );
  const referenceMatches = batch<HmppsReferenceMatchRow>((references) =>
    db
      .selectFrom('prison_custody')
      .select([
        'prison_number as reference',
        sql<HmppsReferenceMatchRow['kind']>`'PRISON_NUMBER'`.as('kind'),
        'nominal_id as nominalId',
      ])
      .where(of('prison_number', references))
      .unionAll(
        db
          .selectFrom('probation_supervision')
          .select([
            'crn as reference',
            sql<HmppsReferenceMatchRow['kind']>`'CRN'`.as('kind'),
            'nominal_id as nominalId',
          ])
          .where(of('crn', references)),
      )
      .orderBy('nominalId')
      .orderBy('kind'),
  );
  return {
    findCustodyByNominalIds: async (ids) =>
      (await findCustody(ids)).map(toCustodyRow),
    findMovementsByNominalIds: batch((ids) =>
      db
        .selectFrom('prison_movement')
        .select([
          'nominal_id as nominalId',
          'movement_date as movementDate',
          'from_location as fromLocation',
          'to_location as toLocation',
          'reason',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('movement_date')
        .orderBy('id'),
    ),
    findAdjudicationsByNominalIds: batch((ids) =>
      db
        .selectFrom('prison_adjudication')
        .select([
          'nominal_id as nominalId',
          'adjudication_date as adjudicationDate',
          'establishment',
          'charge',
          'finding',
          'punishment',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('adjudication_date')
        .orderBy('id'),
    ),
    findSeizuresByNominalIds: async (ids) =>
      (await findSeizures(ids)).map(toSeizureRow),
    findVisitsByNominalIds: batch((ids) =>
      db
        .selectFrom('prison_visit')
        .select([
          'nominal_id as nominalId',
          'visit_date as visitDate',
          'visitor_name as visitorName',
          'relationship',
          'visit_type as visitType',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('visit_date')
        .orderBy('id'),
    ),
    findPhoneContactsByNominalIds: async (ids) =>
      (await findPhoneContacts(ids)).map((stored) => ({
        ...stored,
        approved: stored.approved === 1,
      })),
    findProbationByNominalIds: batch((ids) =>
      db
        .selectFrom('probation_supervision')
        .select([
          'nominal_id as nominalId',
          'crn',
          'status',
          'probation_region as probationRegion',
          'offender_manager as offenderManager',
          'team',
          'supervision_type as supervisionType',
          'start_date as startDate',
          'end_date as endDate',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id'),
    ),
    findLicenceConditionsByNominalIds: batch((ids) =>
      db
        .selectFrom('probation_licence_condition')
        .select([
          'nominal_id as nominalId',
          'condition_type as conditionType',
          'description',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('id'),
    ),
    findRiskByNominalIds: batch((ids) =>
      db
        .selectFrom('probation_risk')
        .select([
          'nominal_id as nominalId',
          'mappa_level as mappaLevel',
          'mappa_category as mappaCategory',
          'rosh_level as roshLevel',
          'assessed_on as assessedOn',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id'),
    ),
    findNominalIdsByPrisonNumbers: batch((numbers) =>
      db
        .selectFrom('prison_custody')
        .select(['prison_number as reference', 'nominal_id as nominalId'])
        .where(of('prison_number', numbers))
        .orderBy('nominal_id'),
    ),
    findNominalIdsByCrns: batch((crns) =>
      db
        .selectFrom('probation_supervision')
        .select(['crn as reference', 'nominal_id as nominalId'])
        .where(of('crn', crns))
        .orderBy('nominal_id'),
    ),
    findReferenceMatches: referenceMatches,
    findAssociateLinksByNominalIds: batch((ids) =>
      db
        .selectFrom('prison_associate_link')
        .select([
          'nominal_id as nominalId',
          'associate_id as associateId',
          'link_type as linkType',
          sql<'HMPPS'>`'HMPPS'`.as('sourceAgency'),
          'since',
          'last_contact as lastContact',
          'establishment',
        ])
        .where(of('nominal_id', ids))
        .orderBy('nominal_id')
        .orderBy('last_contact', 'desc')
        .orderBy('id'),
    ),
    findCohortMovements: async (queries) =>
      (
        await Promise.all(
          queries.map((query) => findCohortMovements(store, query)),
        )
      ).flat(),
  };
}

/**
 * The movements that change where a nominal is held or whether they are held
 * at all, in one feed's window, oldest first. Built per feed: its window is
 * bound with its nominals, and a request asks for few feeds.
 */
async function findCohortMovements(
  { db, dialect }: HmppsStore,
  query: CohortMovementQuery,
): Promise<CohortMovementRow[]> {
  if (query.nominalIds.length === 0) return [];
  const rows = await db
    .selectFrom('prison_movement')
    .select([
      'nominal_id as nominalId',
      'movement_date as movementDate',
      'from_location as fromLocation',
      'to_location as toLocation',
      'reason',
    ])
    .where(inBatchKeys(dialect, 'nominal_id', query.nominalIds))
    .where('movement_date', '>=', query.since)
    .where('movement_date', '<=', query.until)
    .where('reason', 'in', ['TRANSFER', 'RELEASE', 'RECALL'])
    .orderBy('movement_date')
    .orderBy('nominal_id')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, queryKey: query.key }));
}

function toCustodyRow(stored: StoredCustody): PrisonCustodyRow {
  const { offence, lengthInMonths, sentenceDate, sentencingCourt, ...custody } =
    stored;
  const sentenced =
    offence !== null &&
    lengthInMonths !== null &&
    sentenceDate !== null &&
    sentencingCourt !== null;
  return {
    ...custody,
    sentence: sentenced
      ? {
          nominalId: custody.nominalId,
          offence,
          lengthInMonths,
          sentenceDate,
          sentencingCourt,
        }
      : null,
  };
}

function toSeizureRow(stored: StoredSeizure): PrisonSeizureRow {
  const { counterCorruption, ...seizure } = stored;
  return counterCorruption === 1
    ? { ...seizure, marking: createCounterCorruptionMarking() }
    : seizure;
}
