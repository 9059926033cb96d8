import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type HmppsContext } from '../context';
import { AssociateNetwork, PrisonAssociateLink } from './AssociateNetwork';
import { CohortChangeFeed, PrisonCohortMovement } from './CohortChangeFeed';
import { Nominal } from './Nominal';
import { NominalSearch } from './NominalSearch';
import { PrisonCustody } from './PrisonCustody';
import { ProbationSupervision } from './ProbationSupervision';
import { Query } from './Query';

/**
 * Resolvers for the types that need more than their row: the other HMPPS types
 * (PrisonSentence, PrisonMovement, PrisonAdjudication, PrisonSeizure,
 * PrisonVisit, PrisonPhoneContact, ProbationLicenceCondition,
 * ProbationRiskAssessment, PrisonSearchMatch) resolve each field from the row's
 * property of the same name. The shared enforcement wraps every marked field
 * either way.
 */
export const resolvers: GraphQLResolverMap<HmppsContext> = {
  Query,
  Nominal,
  PrisonCustody,
  ProbationSupervision,
  NominalSearch,
  AssociateNetwork,
  PrisonAssociateLink,
  CohortChangeFeed,
  PrisonCohortMovement,
};
