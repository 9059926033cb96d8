/**
 * What the subgraph tools here send and how they start a subgraph: one
 * subgraph's fetch of the subject-profile picture, as the gateway's plan
 * makes it, and the environment the bench starts services with.
 */
import { listNominalIds } from '../query/subjectProfile';

/** Each subgraph's part of the subject-profile picture, as the gateway's plan asks for it. */
const SELECTIONS: Readonly<Record<string, string>> = {
  police:
    'police { identity { pncId forename surname dateOfBirth } warningMarkers { code description } ' +
    'convictions { convictedOn offence disposal } intelligenceReports { reference dateRecorded handlingCode } }',
  hmpps:
    'custody { prisonNumber establishment securityCategory movements { movementDate fromLocation toLocation reason } } ' +
    'probation { crn status offenderManager }',
  ncahmrc:
    'hmrc { taxReference } ncaDeconfliction { contactBeforeAction route }',
};
const APMIS_SELECTION =
  '__typename id apmis { apmisReference name dateOfBirth region owningUnit } ' +
  'cohort { status region nominatingAgency cycleNominated } socThreats { threatType threatArea morileScore tier } ' +
  'disruptions { date leadAgency fourP assessment }';

/** One subgraph's fetch of the picture for the first `count` nominals, as a JSON body. */
export function createPictureFetchBody(
  subgraph: string,
  count: number,
): string {
  const ids = listNominalIds(count);
  if (subgraph === 'apmis')
    return JSON.stringify({
      query: `query CohortProfile__apmis__0($ids: [ID!]!) { nominals(ids: $ids) { ${APMIS_SELECTION} } }`,
      operationName: 'CohortProfile__apmis__0',
      variables: { ids },
    });
  const selection = SELECTIONS[subgraph];
  if (!selection) throw new Error(`no picture selection for ${subgraph}`);
  return JSON.stringify({
    query: `query CohortProfile__${subgraph}__1($representations: [_Any!]!) { _entities(representations: $representations) { ... on Nominal { ${selection} } } }`,
    operationName: `CohortProfile__${subgraph}__1`,
    variables: {
      representations: ids.map((id) => ({ __typename: 'Nominal', id })),
    },
  });
}

/** A subgraph's environment over a data directory of its own, seeded with DATA_SCALE 1000 on first start. */
export function createSubgraphEnvironment(
  data: string,
  portVariable: string,
  port: number,
): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: data,
    DATA_SCALE: '1000',
    SEED_SYNTHETIC: 'true',
    LOG_LEVEL: 'warn',
    AUDIT_SINK: 'file',
    REDIS_URL: '',
    [portVariable]: String(port),
  };
}
