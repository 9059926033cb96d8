/**
 * The subject-profile picture every subject is measured with: fields from all
 * four subgraphs (APMIS, police, HMPPS, NCA/HMRC), as an analyst preparing a
 * Subject Profile would ask for them.
 */
const PICTURE_FIELDS = `
    id
    apmis { apmisReference name dateOfBirth region owningUnit }
    cohort { status region nominatingAgency cycleNominated }
    socThreats { threatType threatArea morileScore tier }
    disruptions { date leadAgency fourP assessment }
    police {
      identity { pncId forename surname dateOfBirth }
      warningMarkers { code description }
      convictions { convictedOn offence disposal }
      intelligenceReports { reference dateRecorded handlingCode }
    }
    custody {
      prisonNumber establishment securityCategory
      movements { movementDate fromLocation toLocation reason }
    }
    probation { crn status offenderManager }
    hmrc { taxReference }
    ncaDeconfliction { contactBeforeAction route }`;

export const SUBJECT_PROFILE_QUERY = `query SubjectProfile($id: ID!) {
  nominal(id: $id) {${PICTURE_FIELDS}
  }
}`;

export const COHORT_PROFILE_QUERY = `query CohortProfile($ids: [ID!]!) {
  nominals(ids: $ids) {${PICTURE_FIELDS}
  }
}`;

/** The well-known nominal every seeded population has. */
export const SUBJECT_ID = 'NOM-00001';

/** NOM-00001 .. NOM-<count>, the ids of the first `count` nominals. */
export function listNominalIds(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
  );
}

/** The JSON body of the single-nominal picture. */
export function createSubjectProfileBody(): string {
  return JSON.stringify({
    query: SUBJECT_PROFILE_QUERY,
    operationName: 'SubjectProfile',
    variables: { id: SUBJECT_ID },
  });
}

/** The JSON body of the picture for `count` nominals at once. */
export function createCohortProfileBody(count: number): string {
  return JSON.stringify({
    query: COHORT_PROFILE_QUERY,
    operationName: 'CohortProfile',
    variables: { ids: listNominalIds(count) },
  });
}
