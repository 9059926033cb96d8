import {
  createSqliteOwnerDisclosureStore,
  type OwnerDisclosureStore,
} from '@marsoc/platform/disclosure-requests';
import { HMPPS_HOLDINGS } from './hmppsHeldCategories';
import {
  prepareBatchRead,
  type SqliteDatabase,
  toBatchKeys,
} from '@marsoc/platform/store';
import {
  type CohortMovementQuery,
  type CohortMovementRow,
  type HmppsReferenceMatchRow,
  type HmppsRepository,
  type PrisonAssociateLinkRow,
  type NominalReferenceRow,
  type PrisonAdjudicationRow,
  type PrisonCustodyRow,
  type PrisonMovementRow,
  type PrisonPhoneContactRow,
  type PrisonSeizureRow,
  type PrisonVisitRow,
  type ProbationLicenceConditionRow,
  type ProbationRiskRow,
  type ProbationSupervisionRow,
} from './HmppsRepository';
import { HMPPS_QUERIES as SQL } from './queries.sql';
import { createCounterCorruptionMarking } from './recordMarkings';

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

type BatchQuery<Row> = ReturnType<typeof prepareBatchRead<Row>>;

interface Queries {
  custody: BatchQuery<StoredCustody>;
  movements: BatchQuery<PrisonMovementRow>;
  adjudications: BatchQuery<PrisonAdjudicationRow>;
  seizures: BatchQuery<StoredSeizure>;
  visits: BatchQuery<PrisonVisitRow>;
  phoneContacts: BatchQuery<StoredPhoneContact>;
  probation: BatchQuery<ProbationSupervisionRow>;
  licenceConditions: BatchQuery<ProbationLicenceConditionRow>;
  risk: BatchQuery<ProbationRiskRow>;
  byPrisonNumber: BatchQuery<NominalReferenceRow>;
  byCrn: BatchQuery<NominalReferenceRow>;
}

/** Prepares every statement once; any batch size reuses it. */
function prepareQueries(database: SqliteDatabase): Queries {
  const prepare = <Row>(sql: string) => prepareBatchRead<Row>(database, sql);
  return {
    custody: prepare(SQL.custody),
    movements: prepare(SQL.movements),
    adjudications: prepare(SQL.adjudications),
    seizures: prepare(SQL.seizures),
    visits: prepare(SQL.visits),
    phoneContacts: prepare(SQL.phoneContacts),
    probation: prepare(SQL.probation),
    licenceConditions: prepare(SQL.licenceConditions),
    risk: prepare(SQL.risk),
    byPrisonNumber: prepare(SQL.byPrisonNumber),
    byCrn: prepare(SQL.byCrn),
  };
}

/** The HMPPS repository over its embedded SQLite store: one prepared statement per batch method. */
export class SqliteHmppsRepository implements HmppsRepository {
  private readonly queries: Queries;
  private readonly referenceMatches;
  private readonly associateLinks;
  private readonly cohortMovements;
  readonly disclosures: OwnerDisclosureStore;

  constructor(private readonly database: SqliteDatabase) {
    this.queries = prepareQueries(database);
    this.disclosures = createSqliteOwnerDisclosureStore(
      database,
      HMPPS_HOLDINGS,
    );
    this.referenceMatches = database.prepare<
      [string, string],
      HmppsReferenceMatchRow
    >(SQL.referenceMatches);
    this.associateLinks = database.prepare<[string], PrisonAssociateLinkRow>(
      SQL.associateLinks,
    );
    this.cohortMovements = database.prepare<
      [string, string, string],
      PrisonMovementRow
    >(SQL.cohortMovements);
  }

  findCustodyByNominalIds(nominalIds: readonly string[]): PrisonCustodyRow[] {
    return this.queries.custody(nominalIds).map(toCustodyRow);
  }

  findMovementsByNominalIds(
    nominalIds: readonly string[],
  ): PrisonMovementRow[] {
    return this.queries.movements(nominalIds);
  }

  findAdjudicationsByNominalIds(
    nominalIds: readonly string[],
  ): PrisonAdjudicationRow[] {
    return this.queries.adjudications(nominalIds);
  }

  findSeizuresByNominalIds(nominalIds: readonly string[]): PrisonSeizureRow[] {
    return this.queries.seizures(nominalIds).map(toSeizureRow);
  }

  findVisitsByNominalIds(nominalIds: readonly string[]): PrisonVisitRow[] {
    return this.queries.visits(nominalIds);
  }

  findPhoneContactsByNominalIds(
    nominalIds: readonly string[],
  ): PrisonPhoneContactRow[] {
    return this.queries
      .phoneContacts(nominalIds)
      .map((stored) => ({ ...stored, approved: stored.approved === 1 }));
  }

  findProbationByNominalIds(
    nominalIds: readonly string[],
  ): ProbationSupervisionRow[] {
    return this.queries.probation(nominalIds);
  }

  findLicenceConditionsByNominalIds(
    nominalIds: readonly string[],
  ): ProbationLicenceConditionRow[] {
    return this.queries.licenceConditions(nominalIds);
  }

  findRiskByNominalIds(nominalIds: readonly string[]): ProbationRiskRow[] {
    return this.queries.risk(nominalIds);
  }

  findNominalIdsByPrisonNumbers(
    prisonNumbers: readonly string[],
  ): NominalReferenceRow[] {
    return this.queries.byPrisonNumber(prisonNumbers);
  }

  findNominalIdsByCrns(crns: readonly string[]): NominalReferenceRow[] {
    return this.queries.byCrn(crns);
  }

  findReferenceMatches(
    references: readonly string[],
  ): HmppsReferenceMatchRow[] {
    if (references.length === 0) return [];
    const keys = toBatchKeys(references);
    return this.referenceMatches.all(keys, keys);
  }

  findAssociateLinksByNominalIds(
    nominalIds: readonly string[],
  ): PrisonAssociateLinkRow[] {
    return nominalIds.length === 0
      ? []
      : this.associateLinks.all(toBatchKeys(nominalIds));
  }

  findCohortMovements(
    queries: readonly CohortMovementQuery[],
  ): CohortMovementRow[] {
    return queries.flatMap((query) =>
      query.nominalIds.length === 0
        ? []
        : this.cohortMovements
            .all(toBatchKeys(query.nominalIds), query.since, query.until)
            .map((row) => ({ ...row, queryKey: query.key })),
    );
  }

  close(): void {
    this.database.close();
  }
}
