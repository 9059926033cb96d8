import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type PoliceContext } from '../context';
import { AssociateNetwork, PoliceAssociateLink } from './AssociateNetwork';
import { Nominal } from './Nominal';
import { NominalSearch } from './NominalSearch';
import { PoliceIdentity } from './PoliceIdentity';
import { PoliceIntelligenceReport } from './PoliceIntelligenceReport';
import { PoliceRecord } from './PoliceRecord';
import { Query } from './Query';

/** Types not listed resolve their fields from the repository rows by name. */
export const resolvers: GraphQLResolverMap<PoliceContext> = {
  Query,
  Nominal,
  PoliceRecord,
  PoliceIdentity,
  PoliceIntelligenceReport,
  NominalSearch,
  AssociateNetwork,
  PoliceAssociateLink,
};
