import { join } from 'node:path';
import {
  loadSubgraphTypeDefs,
  type SubgraphDefinition,
} from '@marsoc/platform';
import { withDisclosureDesk } from '@marsoc/platform/disclosure-requests';
import { MARSOC_DESK } from './disclosureDesk';
import { createLoaders, type ApmisLoaders } from './loaders';
import { type ApmisRepository } from './repository/ApmisRepository';
import { resolvers } from './resolvers';
import { summarisers } from './summarisers';
import { UNMARKED_TYPES } from './unmarkedTypes';

/**
 * The APMIS subgraph: the SOC master list, threats, disruptions and the MARSOC
 * cohort, all owned by MARSOC. The root fields a picture starts from live here.
 */
const apmisOwnDataSubgraph: SubgraphDefinition<ApmisRepository, ApmisLoaders> =
  {
    name: 'apmis',
    typeDefs: loadSubgraphTypeDefs(join(__dirname, '..', 'schema.graphql')),
    resolvers,
    createLoaders,
    summarisers,
    // CallerProfile holds only the caller's own claims and purpose; see unmarkedTypes.ts.
    unmarkedTypes: UNMARKED_TYPES,
    // New information enters the cohort or meeting record: audited as COLLECTION
    // (DPA 2018 s.62(1)); every other mutation alters what is held (ALTERATION).
    collectingMutations: [
      'nominateForCohort',
      'addTpmAction',
      'setFourPPlan',
      'scheduleMeeting',
      'recordAttendance',
      'addAgendaItem',
      'recordDisruption',
      'nominateInEmergency',
      'assignTpmAction',
      'requestCohortTransfer',
      'notifyCustodyMovement',
    ],
  };

/** APMIS with MARSOC's own disclosure desk: its grants and the requests for them. */
export const apmisSubgraph = withDisclosureDesk(
  apmisOwnDataSubgraph,
  MARSOC_DESK,
);
