import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type NcaHmrcContext } from '../context';
import { HmrcRecord } from './HmrcRecord';
import { NcaRecord } from './NcaRecord';
import { Nominal } from './Nominal';

/** Every resolver of the subgraph; the shared enforcement wraps each marked one. */
export const resolvers: GraphQLResolverMap<NcaHmrcContext> = {
  Nominal,
  HmrcRecord,
  NcaRecord,
};
