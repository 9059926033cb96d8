import { Query } from './Query';

/** Every audit resolver; the other types are plain rows read by default resolvers. */
export const resolvers = { Query };
