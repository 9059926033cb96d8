import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { disclosureRequestTypeResolvers } from '@marsoc/platform/disclosure-requests';
import { type NcaHmrcContext } from '../context';
import { HmrcRecord } from './HmrcRecord';
import { Mutation } from './Mutation';
import { NcaHmrcDisclosureGrant } from './NcaHmrcDisclosureGrant';
import { NcaRecord } from './NcaRecord';
import { Nominal } from './Nominal';
import { Query } from './Query';

/** Every resolver of the subgraph; the shared enforcement wraps each marked one. */
export const resolvers: GraphQLResolverMap<NcaHmrcContext> = {
  Query,
  Mutation,
  Nominal,
  HmrcRecord,
  NcaRecord,
  NcaHmrcDisclosureGrant,
  ...disclosureRequestTypeResolvers,
};
