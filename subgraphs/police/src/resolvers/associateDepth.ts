import { type GraphQLResolveInfo } from 'graphql';
import { badUserInput } from '@marsoc/platform';

/** How far associates may be followed: a nominal's, and each associate's own. */
export const MAX_ASSOCIATE_DEPTH = 2;

/**
 * The depth of this `associates`: one more than the associate links it was
 * reached through. Counted by the links' type in the path, not by response
 * keys, so an alias cannot hide a hop. Only hops inside this subgraph can be
 * seen here: a chain through HMPPS's links arrives as a fresh entity fetch,
 * which is why the gateway must also bound query depth.
 */
export function measureAssociateDepth(info: GraphQLResolveInfo): number {
  let depth = 1;
  for (let step = info.path.prev; step; step = step.prev) {
    if (step.typename === 'PoliceAssociateLink') depth += 1;
  }
  return depth;
}

export function assertAssociateDepth(info: GraphQLResolveInfo): void {
  const depth = measureAssociateDepth(info);
  if (depth > MAX_ASSOCIATE_DEPTH) {
    throw badUserInput(
      `associates may be followed to a depth of ${MAX_ASSOCIATE_DEPTH}; this asks for depth ${depth}. Ask again from the associate's own id.`,
    );
  }
}
