import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { type GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import DataLoader from 'dataloader';
import { type DocumentNode, type GraphQLSchema } from 'graphql';
import { type Logger } from 'pino';
import {
  type CallerContext,
  type DisclosureGrant,
  type PolicyEngine,
} from '@marsoc/schema';
import { type SubgraphDisclosureReport } from '@marsoc/schema/wire';
import { formatError } from '../errors';
import { applyEnforcement } from './applyEnforcement';
import { createDenyAllTable } from './denyAllTable';
import { DisclosureRecorder } from './DisclosureRecorder';
import {
  collectMarkedFields,
  indexMarkedFields,
  type MarkedField,
} from './markedFields';
import {
  createRequestEnforcement,
  type RequestEnforcement,
  type Summarisers,
} from './RequestEnforcement';

/** What every agency subgraph's resolvers receive: the verified caller context and the request's tools. */
export interface SubgraphContext<Loaders> extends CallerContext {
  loaders: Loaders;
  enforcement: RequestEnforcement;
  log: Logger;
}

/**
 * Reads grants for many nominals at once (one store call per request batch),
 * from a synchronous store or one on the Kysely path (docs/postgres-store.md).
 */
export type FindGrants = (
  nominalIds: readonly string[],
) => readonly DisclosureGrant[] | Promise<readonly DisclosureGrant[]>;

/** One agency subgraph: its schema, resolvers and per-request loaders. */
export interface SubgraphDefinition<Repository, Loaders> {
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<Loaders>>;
  createLoaders(repository: Repository): Loaders;
  summarisers?: Summarisers;
  /** Types holding no agency data, so unmarked; keep the reason beside the list. */
  unmarkedTypes?: readonly string[];
  /** Mutations that add new information, audited as COLLECTION rather than ALTERATION. */
  collectingMutations?: readonly string[];
  /** The subgraph's own plugins (e.g. noting which grants were used), run with the others. */
  plugins?: readonly ApolloServerPlugin<SubgraphContext<Loaders>>[];
}

export interface SubgraphDependencies<Repository> {
  repository: Repository;
  policy: PolicyEngine;
  isKnownCategory(category: string): boolean;
  findGrants?: FindGrants;
  log: Logger;
  clock?: () => Date;
  /** Extra plugins (the owner's audit) run after the disclosure summary is built. */
  plugins?: ApolloServerPlugin<SubgraphContext<unknown>>[];
}

export interface SubgraphServer<Loaders> {
  apollo: ApolloServer<SubgraphContext<Loaders>>;
  schema: GraphQLSchema;
  markedFields: readonly MarkedField[];
  createContext(request: CallerContext): SubgraphContext<Loaders>;
}

/**
 * Builds an agency subgraph that enforces its owner's register on every field:
 * refuses to build if any field is unmarked, wraps every marked resolver, and
 * creates loaders, decisions and grants fresh for each request. No listening
 * here, so tests run it in process.
 */
export function createSubgraphServer<Repository, Loaders>(
  definition: SubgraphDefinition<Repository, Loaders>,
  dependencies: SubgraphDependencies<Repository>,
): SubgraphServer<Loaders> {
  const schema = buildSubgraphSchema([
    {
      typeDefs: definition.typeDefs,
      resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
    },
  ]);
  const markedFields = collectMarkedFields(schema, {
    isKnownCategory: dependencies.isKnownCategory,
    unmarkedTypes: definition.unmarkedTypes,
  });
  applyEnforcement(schema, markedFields, definition.summarisers ?? {});
  // Frozen, so the engine can share one decision array among callers with the same attributes.
  const markings = Object.freeze(
    markedFields.map((field) => Object.freeze(field.marking)),
  );
  const markedByCoordinate = indexMarkedFields(markedFields);
  const clock = dependencies.clock ?? (() => new Date());
  const log = dependencies.log;

  const apollo = new ApolloServer<SubgraphContext<Loaders>>({
    schema,
    includeStacktraceInErrorResponses: false,
    logger: log,
    formatError: (formatted, error) => formatError(formatted, error, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Field traces would tell any caller which resolvers ran and for how long.
      ApolloServerPluginInlineTraceDisabled(),
      // Cache hints ran a hook (and built a policy) for every field of every
      // record, about a fifth of the police fetch of a 100-nominal cohort, to
      // compute a Cache-Control that could only be no-store, which the HTTP
      // server sends on every answer itself.
      ApolloServerPluginCacheControlDisabled(),
      createDisclosureExtensionPlugin<Loaders>(
        dependencies.policy.registerVersion,
      ),
      ...((dependencies.plugins ?? []) as ApolloServerPlugin<
        SubgraphContext<Loaders>
      >[]),
      ...(definition.plugins ?? []),
    ],
  });

  function createContext(request: CallerContext): SubgraphContext<Loaders> {
    const table = request.purpose
      ? dependencies.policy.precompute(
          request.caller,
          request.purpose,
          markings,
        )
      : createDenyAllTable(request.caller);
    const findGrants = dependencies.findGrants ?? (() => []);
    const grants = new DataLoader<string, readonly DisclosureGrant[]>(
      async (ids) => {
        const found = await findGrants(ids);
        return ids.map((id) => found.filter((grant) => grant.nominalId === id));
      },
    );
    return {
      ...request,
      loaders: definition.createLoaders(dependencies.repository),
      enforcement: createRequestEnforcement({
        table,
        markedFields: markedByCoordinate,
        recorder: new DisclosureRecorder(),
        grantsFor: (nominalId) => grants.load(nominalId),
        now: clock().toISOString(),
      }),
      log: log.child({ requestId: request.requestId }),
    };
  }

  return { apollo, schema, markedFields, createContext };
}

/** Adds `extensions.disclosure` (the caller's view: never NCND) to each response. */
function createDisclosureExtensionPlugin<Loaders>(
  registerVersion: string,
): ApolloServerPlugin<SubgraphContext<Loaders>> {
  return {
    requestDidStart() {
      return Promise.resolve({
        willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return Promise.resolve();
          const disclosure: SubgraphDisclosureReport = {
            registerVersion,
            entries: contextValue.enforcement.recorder.toCallerView(),
          };
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            disclosure,
          };
          return Promise.resolve();
        },
      });
    },
  };
}
