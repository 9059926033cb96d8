import { type Kysely } from 'kysely';
import { createPopulation, indexByRegion } from '@marsoc/platform';
import {
  createSeedWriter,
  type SeedRow,
  type StoreDialect,
} from '@marsoc/platform/store';
import { createAssociateLinks } from '../synthetic/createAssociateLinks';
import { createHmppsRecords } from '../synthetic/createHmppsRecords';
import { type HmppsRecords } from '../synthetic/HmppsRecords';
import { type PrisonAssociateLinkRow } from './HmppsRepository';
import { type HmppsTable } from './HmppsTables';

export interface HmppsSeedOptions {
  seed: string;
  size: number;
}

/** One row the seed writes: its table, and its values by column. */
export interface HmppsSeededRow {
  table: HmppsTable;
  row: SeedRow;
}

/** The tables the seed writes, in the order the writer flushes them. */
const SEEDED_TABLES: readonly HmppsTable[] = [
  'prison_custody',
  'prison_movement',
  'prison_adjudication',
  'prison_seizure',
  'prison_visit',
  'prison_phone_contact',
  'probation_supervision',
  'probation_licence_condition',
  'probation_risk',
  'prison_associate_link',
];

/**
 * Fills an empty HMPPS store from the shared synthetic population, with the
 * visitors and contacts who are nominals themselves. Runs inside
 * openSubgraphStore's seeding transaction, many rows to an INSERT, on either
 * dialect, so 10^5 nominals seed in seconds.
 */
export async function seedHmpps(
  db: Kysely<unknown>,
  dialect: StoreDialect,
  options: HmppsSeedOptions,
): Promise<void> {
  const writer = createSeedWriter(db, dialect, SEEDED_TABLES);
  for (const { table, row } of generateHmppsRows(options))
    await writer.add(table, row);
  await writer.flush();
}

/**
 * Every row a seeded store holds, in order. A table of many rows per nominal
 * numbers them 1, 2, 3 ... in the order written, as SQLite's rowids did
 * before the store moved (so a store the earlier code seeded reads the same).
 */
export function* generateHmppsRows(
  options: HmppsSeedOptions,
): Generator<HmppsSeededRow> {
  const ids = new Map<HmppsTable, number>();
  const numbered = (table: HmppsTable, row: SeedRow): HmppsSeededRow => {
    const id = (ids.get(table) ?? 0) + 1;
    ids.set(table, id);
    return { table, row: { id, ...row } };
  };
  const population = createPopulation(options);
  const regional = indexByRegion(population);
  for (const nominal of population) {
    const records = createHmppsRecords(options.seed, nominal);
    yield* prisonRows(records, numbered);
    yield* probationRows(records, numbered);
    for (const link of createAssociateLinks(
      options.seed,
      nominal,
      records,
      regional,
    ))
      yield numbered('prison_associate_link', associateLinkRow(link));
  }
}

type Numbered = (table: HmppsTable, row: SeedRow) => HmppsSeededRow;

function* prisonRows(
  records: HmppsRecords,
  numbered: Numbered,
): Generator<HmppsSeededRow> {
  const custody = records.custody;
  if (custody) {
    const { sentence } = custody;
    yield {
      table: 'prison_custody',
      row: {
        nominal_id: custody.nominalId,
        prison_number: custody.prisonNumber,
        status: custody.status,
        establishment: custody.establishment,
        establishment_region: custody.establishmentRegion,
        security_category: custody.securityCategory,
        reception_date: custody.receptionDate,
        earliest_release_date: custody.earliestReleaseDate,
        licence_expiry_date: custody.licenceExpiryDate,
        offence: sentence?.offence ?? null,
        sentence_months: sentence?.lengthInMonths ?? null,
        sentence_date: sentence?.sentenceDate ?? null,
        sentencing_court: sentence?.sentencingCourt ?? null,
      },
    };
  }
  for (const row of records.movements)
    yield numbered('prison_movement', {
      nominal_id: row.nominalId,
      movement_date: row.movementDate,
      from_location: row.fromLocation,
      to_location: row.toLocation,
      reason: row.reason,
    });
  for (const row of records.adjudications)
    yield numbered('prison_adjudication', {
      nominal_id: row.nominalId,
      adjudication_date: row.adjudicationDate,
      establishment: row.establishment,
      charge: row.charge,
      finding: row.finding,
      punishment: row.punishment,
    });
  for (const row of records.seizures)
    yield numbered('prison_seizure', {
      nominal_id: row.nominalId,
      seizure_date: row.seizureDate,
      item_type: row.itemType,
      establishment: row.establishment,
      location: row.location,
      description: row.description,
      // Referred to the Counter-Corruption Unit: the row's own marking (recordMarkings.ts).
      counter_corruption: row.marking ? 1 : 0,
    });
  for (const row of records.visits)
    yield numbered('prison_visit', {
      nominal_id: row.nominalId,
      visit_date: row.visitDate,
      visitor_name: row.visitorName,
      relationship: row.relationship,
      visit_type: row.visitType,
    });
  for (const row of records.phoneContacts)
    yield numbered('prison_phone_contact', {
      nominal_id: row.nominalId,
      phone_number: row.phoneNumber,
      contact_name: row.contactName,
      relationship: row.relationship,
      approved: row.approved ? 1 : 0,
    });
}

function* probationRows(
  records: HmppsRecords,
  numbered: Numbered,
): Generator<HmppsSeededRow> {
  const supervision = records.probation;
  if (supervision)
    yield {
      table: 'probation_supervision',
      row: {
        nominal_id: supervision.nominalId,
        crn: supervision.crn,
        status: supervision.status,
        probation_region: supervision.probationRegion,
        offender_manager: supervision.offenderManager,
        team: supervision.team,
        supervision_type: supervision.supervisionType,
        start_date: supervision.startDate,
        end_date: supervision.endDate,
      },
    };
  for (const row of records.licenceConditions)
    yield numbered('probation_licence_condition', {
      nominal_id: row.nominalId,
      condition_type: row.conditionType,
      description: row.description,
    });
  const risk = records.risk;
  if (risk)
    yield {
      table: 'probation_risk',
      row: {
        nominal_id: risk.nominalId,
        mappa_level: risk.mappaLevel,
        mappa_category: risk.mappaCategory,
        rosh_level: risk.roshLevel,
        assessed_on: risk.assessedOn,
      },
    };
}

function associateLinkRow(link: PrisonAssociateLinkRow): SeedRow {
  return {
    nominal_id: link.nominalId,
    associate_id: link.associateId,
    link_type: link.linkType,
    since: link.since,
    last_contact: link.lastContact,
    establishment: link.establishment,
  };
}
