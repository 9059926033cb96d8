import { createPopulation, indexByRegion } from '@marsoc/platform';
import {
  type BatchInsert,
  createBatchInsert,
  type SqliteDatabase,
} from '@marsoc/platform/store';
import { createAssociateLinks } from '../synthetic/createAssociateLinks';
import { createHmppsRecords } from '../synthetic/createHmppsRecords';
import { type HmppsRecords } from '../synthetic/HmppsRecords';
import { TABLE_COLUMNS } from './tableColumns';

export interface HmppsSeedOptions {
  seed: string;
  size: number;
}

type Inserts = Record<keyof typeof TABLE_COLUMNS, BatchInsert>;

function writePrisonRecords(inserts: Inserts, records: HmppsRecords): void {
  const custody = records.custody;
  if (custody) {
    const { sentence } = custody;
    inserts.prison_custody.add([
      custody.nominalId,
      custody.prisonNumber,
      custody.status,
      custody.establishment,
      custody.establishmentRegion,
      custody.securityCategory,
      custody.receptionDate,
      custody.earliestReleaseDate,
      custody.licenceExpiryDate,
      sentence?.offence ?? null,
      sentence?.lengthInMonths ?? null,
      sentence?.sentenceDate ?? null,
      sentence?.sentencingCourt ?? null,
    ]);
  }
  for (const row of records.movements) {
    inserts.prison_movement.add([
      row.nominalId,
      row.movementDate,
      row.fromLocation,
      row.toLocation,
      row.reason,
    ]);
  }
  for (const row of records.adjudications) {
    const {
      nominalId,
      adjudicationDate,
      establishment,
      charge,
      finding,
      punishment,
    } = row;
    inserts.prison_adjudication.add([
      nominalId,
      adjudicationDate,
      establishment,
      charge,
      finding,
      punishment,
    ]);
  }
  for (const row of records.seizures) {
    const {
      nominalId,
      seizureDate,
      itemType,
      establishment,
      location,
      description,
    } = row;
    const counterCorruption = row.marking ? 1 : 0;
    inserts.prison_seizure.add([
      nominalId,
      seizureDate,
      itemType,
      establishment,
      location,
      description,
      counterCorruption,
    ]);
  }
  for (const row of records.visits) {
    inserts.prison_visit.add([
      row.nominalId,
      row.visitDate,
      row.visitorName,
      row.relationship,
      row.visitType,
    ]);
  }
  for (const row of records.phoneContacts) {
    const approved = row.approved ? 1 : 0;
    inserts.prison_phone_contact.add([
      row.nominalId,
      row.phoneNumber,
      row.contactName,
      row.relationship,
      approved,
    ]);
  }
}

function writeProbationRecords(inserts: Inserts, records: HmppsRecords): void {
  const supervision = records.probation;
  if (supervision) {
    const { nominalId, crn, status, probationRegion, offenderManager, team } =
      supervision;
    const { supervisionType, startDate, endDate } = supervision;
    inserts.probation_supervision.add([
      nominalId,
      crn,
      status,
      probationRegion,
      offenderManager,
      team,
      supervisionType,
      startDate,
      endDate,
    ]);
  }
  for (const row of records.licenceConditions) {
    inserts.probation_licence_condition.add([
      row.nominalId,
      row.conditionType,
      row.description,
    ]);
  }
  const risk = records.risk;
  if (risk) {
    inserts.probation_risk.add([
      risk.nominalId,
      risk.mappaLevel,
      risk.mappaCategory,
      risk.roshLevel,
      risk.assessedOn,
    ]);
  }
}

/**
 * Fills an empty HMPPS store from the shared synthetic population, with the
 * visitors and contacts who are nominals themselves. Runs inside
 * the one transaction openSubgraphDatabase opens, with prepared multi-row
 * statements, so 10^5 nominals seed in seconds.
 */
export function seedHmppsStore(
  database: SqliteDatabase,
  options: HmppsSeedOptions,
): void {
  const inserts = Object.fromEntries(
    Object.entries(TABLE_COLUMNS).map(([table, columns]) => [
      table,
      createBatchInsert(database, table, columns),
    ]),
  ) as Inserts;
  const links = createBatchInsert(database, 'prison_associate_link', [
    'nominal_id',
    'associate_id',
    'link_type',
    'since',
    'last_contact',
    'establishment',
  ]);
  const population = createPopulation(options);
  const regional = indexByRegion(population);
  for (const nominal of population) {
    const records = createHmppsRecords(options.seed, nominal);
    writePrisonRecords(inserts, records);
    writeProbationRecords(inserts, records);
    for (const link of createAssociateLinks(
      options.seed,
      nominal,
      records,
      regional,
    )) {
      const { nominalId, associateId, linkType } = link;
      const { since, lastContact, establishment } = link;
      links.add([
        nominalId,
        associateId,
        linkType,
        since,
        lastContact,
        establishment,
      ]);
    }
  }
  for (const insert of [...Object.values(inserts), links]) insert.flush();
}
