import { sql } from 'kysely';
import { inBatchKeys, prepareBatchQuery } from '@marsoc/platform/store';
import { type PoliceAssociateLinkRow } from './PoliceRepository';
import { type PoliceStore } from './PoliceTables';
import {
  readReportGrading,
  type StoredReportGrading,
} from './readReportGrading';

/** At most this many OCG co-members per nominal: a big group would otherwise list hundreds. */
export const MAX_GROUP_ASSOCIATES = 25;

/** A co-mention as read: the report's grading travels with it as its record marking. */
interface StoredMention extends StoredReportGrading {
  nominalId: string;
  associateId: string;
  since: string;
  reportReference: string;
}

interface StoredCoMembership {
  nominalId: string;
  associateId: string;
  since: string;
  groupReference: string;
}

/** Associate links over the store, on either dialect: one batch reads both kinds. */
export function createPoliceAssociates(store: PoliceStore): {
  findAssociateLinksByNominalIds(
    nominalIds: readonly string[],
  ): Promise<PoliceAssociateLinkRow[]>;
} {
  const { db, dialect } = store;
  /** A report links the nominal it is recorded against and each nominal it names, both ways. */
  const mentionsFrom = (
    side: 'nominal_id' | 'associate_id',
    ids: readonly string[],
  ) => {
    const other = side === 'nominal_id' ? 'associate_id' : 'nominal_id';
    return db
      .selectFrom('police_intelligence_mention as m')
      .innerJoin('police_intelligence_report as r', (join) =>
        join
          .onRef('r.nominal_id', '=', 'm.nominal_id')
          .onRef('r.position', '=', 'm.report_position'),
      )
      .select([
        `m.${side} as nominalId`,
        `m.${other} as associateId`,
        'r.reference as reportReference',
        'r.date_recorded as since',
        'r.handling_code as handlingCode',
        'r.handling_conditions as handlingConditions',
        'r.originator_agency as originatorAgency',
        'r.consented_agencies as consentedAgencies',
        'r.classification',
      ])
      .where(inBatchKeys(dialect, `m.${side}`, ids));
  };
  const findMentions = prepareBatchQuery(store, (ids) =>
    mentionsFrom('nominal_id', ids).unionAll(mentionsFrom('associate_id', ids)),
  );
  // The later of the two mappings: CASE rather than SQLite's two-argument
  // max() or PostgreSQL's greatest(), so one text serves both dialects.
  const since = sql<string>`case when a.mapped_on > b.mapped_on then a.mapped_on else b.mapped_on end`;
  const findCoMembers = prepareBatchQuery(store, (ids) =>
    db
      .selectFrom((eb) =>
        eb
          .selectFrom('police_ocg_affiliation as a')
          .innerJoin('police_ocg_affiliation as b', (join) =>
            join
              .onRef('b.group_reference', '=', 'a.group_reference')
              .onRef('b.nominal_id', '<>', 'a.nominal_id'),
          )
          .select([
            'a.nominal_id as nominalId',
            'b.nominal_id as associateId',
            'a.group_reference as groupReference',
            since.as('since'),
            sql<number>`row_number() over (partition by a.nominal_id order by ${since} desc, b.nominal_id)`.as(
              'rank',
            ),
          ])
          .where(inBatchKeys(dialect, 'a.nominal_id', ids))
          .as('co_member'),
      )
      .select(['nominalId', 'associateId', 'since', 'groupReference'])
      .where('rank', '<=', MAX_GROUP_ASSOCIATES),
  );
  return {
    async findAssociateLinksByNominalIds(nominalIds) {
      if (nominalIds.length === 0) return [];
      const [mentions, coMembers] = await Promise.all([
        findMentions(nominalIds) as Promise<StoredMention[]>,
        findCoMembers(nominalIds) as Promise<StoredCoMembership[]>,
      ]);
      return [
        ...mentions.map(readMention),
        ...coMembers.map(readCoMembership),
      ].sort(compareLinks);
    },
  };
}

function readMention(stored: StoredMention): PoliceAssociateLinkRow {
  return {
    nominalId: stored.nominalId,
    associateId: stored.associateId,
    linkType: 'INTELLIGENCE_CO_MENTION',
    sourceAgency: 'POLICE',
    since: stored.since,
    reportReference: stored.reportReference,
    groupReference: null,
    marking: readReportGrading(stored).marking,
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
