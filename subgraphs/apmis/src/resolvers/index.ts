import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { Alert } from '../alerts/alertResolvers';
import { type ApmisContext } from '../context';
import { ApmisPerformance } from './ApmisPerformance';
import {
  CohortChangeFeed,
  CohortFeedDisruption,
  CohortFeedEvent,
} from './CohortChangeFeed';
import { CohortMembership } from './CohortMembership';
import { Mutation } from './Mutation';
import { Nominal } from './Nominal';
import { NominalSearch, NominalSearchCandidate } from './NominalSearch';
import { Query } from './Query';
import {
  ApmisDisruption,
  CohortTpmAction,
  CohortTransfer,
  DisruptionRecord,
} from './cycleTypes';

/** Every APMIS resolver; the other types are plain rows read by default resolvers. */
export const resolvers: GraphQLResolverMap<ApmisContext> = {
  Query,
  Mutation,
  Nominal,
  CohortMembership,
  ApmisPerformance,
  NominalSearch,
  NominalSearchCandidate,
  CohortChangeFeed,
  CohortFeedEvent,
  CohortFeedDisruption,
  ApmisDisruption,
  DisruptionRecord,
  CohortTransfer,
  CohortTpmAction,
  Alert,
};
