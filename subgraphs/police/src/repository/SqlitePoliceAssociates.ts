import {
  IN_BATCH_KEYS,
  type SqliteDatabase,
  toBatchKeys,
} from '@marsoc/platform/store';
import { type Agency, type HandlingCondition } from '@marsoc/schema';
import {
  type PoliceAssociateLinkRow,
  type PoliceIntelligenceReportRecord,
} from './PoliceRepository';

/** At most this many OCG co-members per nominal: a big group would otherwise list hundreds. */
export const MAX_GROUP_ASSOCIATES = 25;

/** A co-mention as read: the report's grading travels with it as its record marking. */
interface StoredMention {
  nominalId: string;
  associateId: string;
  since: string;
  reportReference: string;
  handlingCode: PoliceIntelligenceReportRecord['handlingCode'];
  handlingConditions: string;
  originatorAgency: Agency;
  consentedAgencies: string;
  classification: PoliceIntelligenceReportRecord['classification'];
}

interface StoredCoMembership {
  nominalId: string;
  associateId: string;
  since: string;
  groupReference: string;
}

const MENTION_COLUMNS = `r.reference AS reportReference, r.date_recorded AS since, r.handling_code AS handlingCode,
  r.handling_conditions AS handlingConditions, r.originator_agency AS originatorAgency,
  r.consented_agencies AS consentedAgencies, r.classification`;

/** A report links the nominal it is recorded against and each nominal it names, both ways. */
const MENTIONS_SQL = `
  SELECT m.nominal_id AS nominalId, m.associate_id AS associateId, ${MENTION_COLUMNS}
  FROM police_intelligence_mention m
  JOIN police_intelligence_report r ON r.nominal_id = m.nominal_id AND r.position = m.report_position
  WHERE m.nominal_id ${IN_BATCH_KEYS}
  UNION ALL
  SELECT m.associate_id AS nominalId, m.nominal_id AS associateId, ${MENTION_COLUMNS}
  FROM police_intelligence_mention m
  JOIN police_intelligence_report r ON r.nominal_id = m.nominal_id AND r.position = m.report_position
  WHERE m.associate_id ${IN_BATCH_KEYS}`;

const CO_MEMBERS_SQL = `
  SELECT nominalId, associateId, since, groupReference FROM (
    SELECT a.nominal_id AS nominalId, b.nominal_id AS associateId, a.group_reference AS groupReference,
      max(a.mapped_on, b.mapped_on) AS since,
      row_number() OVER (PARTITION BY a.nominal_id ORDER BY max(a.mapped_on, b.mapped_on) DESC, b.nominal_id) AS rank
    FROM police_ocg_affiliation a
    JOIN police_ocg_affiliation b ON b.group_reference = a.group_reference AND b.nominal_id <> a.nominal_id
    WHERE a.nominal_id ${IN_BATCH_KEYS}
  ) WHERE rank <= ${MAX_GROUP_ASSOCIATES}`;

function readMention(stored: StoredMention): PoliceAssociateLinkRow {
  const conditions = JSON.parse(
    stored.handlingConditions,
  ) as HandlingCondition[];
  const consentedAgencies = JSON.parse(stored.consentedAgencies) as Agency[];
  return {
    nominalId: stored.nominalId,
    associateId: stored.associateId,
    linkType: 'INTELLIGENCE_CO_MENTION',
    sourceAgency: 'POLICE',
    since: stored.since,
    reportReference: stored.reportReference,
    groupReference: null,
    marking: {
      classification: stored.classification,
      handling: stored.handlingCode,
      conditions,
      originator: stored.originatorAgency,
      consentedAgencies,
    },
  };
}

function readCoMembership(stored: StoredCoMembership): PoliceAssociateLinkRow {
  return {
    ...stored,
    linkType: 'OCG_CO_MEMBER',
    sourceAgency: 'POLICE',
    reportReference: null,
  };
}

/** Newest first within each nominal; ties by associate, then intelligence before groups. */
function compareLinks(
  left: PoliceAssociateLinkRow,
  right: PoliceAssociateLinkRow,
): number {
  return (
    left.nominalId.localeCompare(right.nominalId) ||
    right.since.localeCompare(left.since) ||
    left.associateId.localeCompare(right.associateId) ||
    left.linkType.localeCompare(right.linkType) ||
    (left.reportReference ?? '').localeCompare(right.reportReference ?? '')
  );
}

/** Associate links over the embedded store: one batch reads both kinds. */
export function createSqlitePoliceAssociates(database: SqliteDatabase): {
  findAssociateLinksByNominalIds(
    nominalIds: readonly string[],
  ): PoliceAssociateLinkRow[];
} {
  const mentions = database.prepare<[string, string], StoredMention>(
    MENTIONS_SQL,
  );
  const coMembers = database.prepare<[string], StoredCoMembership>(
    CO_MEMBERS_SQL,
  );
  return {
    findAssociateLinksByNominalIds(nominalIds) {
      if (nominalIds.length === 0) return [];
      const keys = toBatchKeys(nominalIds);
      return [
        ...mentions.all(keys, keys).map(readMention),
        ...coMembers.all(keys).map(readCoMembership),
      ].sort(compareLinks);
    },
  };
}
