import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { type SubgraphContext, type SubgraphDefinition } from '../subgraph';
import {
  createDisclosureDeskResolvers,
  type DeskNaming,
  nameDeskFields,
} from './createDisclosureDeskResolvers';
import { type DisclosureLoaders } from './createDisclosureLoaders';
import { disclosureRequestTypeResolvers } from './createDisclosureRequestTypeResolvers';
import { createGrantUsePlugin } from './createGrantUsePlugin';

/**
 * A subgraph definition with its owner's disclosure desk added: the desk's
 * root fields beside the subgraph's own, the shared request types' resolvers,
 * a new grant or request audited as COLLECTION (a decision, withdrawal or
 * re-opening alters one: ALTERATION), and the figures' "grants used" noted
 * after each response (which grants released something, never what).
 */
export function withDisclosureDesk<
  Repository,
  Loaders extends DisclosureLoaders,
>(
  definition: SubgraphDefinition<Repository, Loaders>,
  naming: DeskNaming,
): SubgraphDefinition<Repository, Loaders> {
  const names = nameDeskFields(naming);
  const desk = createDisclosureDeskResolvers(naming);
  const own = definition.resolvers as Record<string, object | undefined>;
  const resolvers = {
    ...own,
    ...disclosureRequestTypeResolvers,
    Query: { ...own.Query, ...desk.Query },
    Mutation: { ...own.Mutation, ...desk.Mutation },
  } as GraphQLResolverMap<SubgraphContext<Loaders>>;
  return {
    ...definition,
    resolvers,
    collectingMutations: [
      ...(definition.collectingMutations ?? []),
      names.recordGrant,
      names.raise,
    ],
    plugins: [
      ...(definition.plugins ?? []),
      createGrantUsePlugin<Loaders>((context, grantIds) =>
        context.loaders.requests.noteGrantsUsed(
          grantIds,
          context.enforcement.now,
        ),
      ),
    ],
  };
}
