import { IN_BATCH_KEYS } from '@marsoc/platform/store';

/**
 * The repository's reads: one per batch method, each ordered by nominal and
 * then date so list loaders keep the order decided here.
 */
export const HMPPS_QUERIES = {
  custody: `SELECT nominal_id AS nominalId, prison_number AS prisonNumber, status, establishment,
      establishment_region AS establishmentRegion, security_category AS securityCategory,
      reception_date AS receptionDate, earliest_release_date AS earliestReleaseDate,
      licence_expiry_date AS licenceExpiryDate, offence, sentence_months AS lengthInMonths,
      sentence_date AS sentenceDate, sentencing_court AS sentencingCourt
    FROM prison_custody WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id`,
  movements: `SELECT nominal_id AS nominalId, movement_date AS movementDate, from_location AS fromLocation,
      to_location AS toLocation, reason
    FROM prison_movement WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, movement_date, id`,
  adjudications: `SELECT nominal_id AS nominalId, adjudication_date AS adjudicationDate, establishment, charge,
      finding, punishment
    FROM prison_adjudication WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, adjudication_date, id`,
  seizures: `SELECT nominal_id AS nominalId, seizure_date AS seizureDate, item_type AS itemType, establishment,
      location, description, counter_corruption AS counterCorruption
    FROM prison_seizure WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, seizure_date, id`,
  visits: `SELECT nominal_id AS nominalId, visit_date AS visitDate, visitor_name AS visitorName, relationship,
      visit_type AS visitType
    FROM prison_visit WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, visit_date, id`,
  phoneContacts: `SELECT nominal_id AS nominalId, phone_number AS phoneNumber, contact_name AS contactName,
      relationship, approved
    FROM prison_phone_contact WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, id`,
  probation: `SELECT nominal_id AS nominalId, crn, status, probation_region AS probationRegion,
      offender_manager AS offenderManager, team, supervision_type AS supervisionType, start_date AS startDate,
      end_date AS endDate
    FROM probation_supervision WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id`,
  licenceConditions: `SELECT nominal_id AS nominalId, condition_type AS conditionType, description
    FROM probation_licence_condition WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, id`,
  risk: `SELECT nominal_id AS nominalId, mappa_level AS mappaLevel, mappa_category AS mappaCategory,
      rosh_level AS roshLevel, assessed_on AS assessedOn
    FROM probation_risk WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id`,
  byPrisonNumber: `SELECT prison_number AS reference, nominal_id AS nominalId
    FROM prison_custody WHERE prison_number ${IN_BATCH_KEYS} ORDER BY nominal_id`,
  byCrn: `SELECT crn AS reference, nominal_id AS nominalId
    FROM probation_supervision WHERE crn ${IN_BATCH_KEYS} ORDER BY nominal_id`,
  referenceMatches: `SELECT prison_number AS reference, 'PRISON_NUMBER' AS kind, nominal_id AS nominalId
      FROM prison_custody WHERE prison_number ${IN_BATCH_KEYS}
    UNION ALL SELECT crn AS reference, 'CRN' AS kind, nominal_id AS nominalId
      FROM probation_supervision WHERE crn ${IN_BATCH_KEYS}
    ORDER BY nominalId, kind`,
  associateLinks: `SELECT nominal_id AS nominalId, associate_id AS associateId, link_type AS linkType,
      'HMPPS' AS sourceAgency, since, last_contact AS lastContact, establishment
    FROM prison_associate_link WHERE nominal_id ${IN_BATCH_KEYS} ORDER BY nominal_id, last_contact DESC, id`,
  /** The movements that change where a nominal is held or whether they are held at all. */
  cohortMovements: `SELECT nominal_id AS nominalId, movement_date AS movementDate, from_location AS fromLocation,
      to_location AS toLocation, reason
    FROM prison_movement WHERE nominal_id ${IN_BATCH_KEYS} AND movement_date BETWEEN ? AND ?
      AND reason IN ('TRANSFER', 'RELEASE', 'RECALL')
    ORDER BY movement_date, nominal_id, id`,
} as const;
