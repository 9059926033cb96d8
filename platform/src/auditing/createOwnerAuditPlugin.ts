import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from 'pino';
import { type AuditSink } from '../audit';
import { type SubgraphContext } from '../subgraph';
import { createAuditPlugin } from './createAuditPlugin';
import { readSupergraphVersion } from './supergraphVersion';
import { toAuditDisclosures } from './toAuditDisclosures';

export interface OwnerAuditOptions {
  sink: AuditSink;
  /** The subgraph's name: the service and chain its records go to. */
  service: string;
  registerVersion: string;
  log: Logger;
  collectingMutations?: readonly string[];
  supergraphVersion?: string;
}

/**
 * The owner's own accountability: what this subgraph disclosed and withheld,
 * to whom and why, from the request's disclosure recorder (NCND suppressions
 * included, as withheld; they never reach the caller).
 */
export function createOwnerAuditPlugin(
  options: OwnerAuditOptions,
): ApolloServerPlugin<SubgraphContext<unknown>> {
  return createAuditPlugin<SubgraphContext<unknown>>({
    sink: options.sink,
    service: options.service,
    registerVersion: options.registerVersion,
    supergraphVersion: options.supergraphVersion ?? readSupergraphVersion(),
    log: options.log,
    queryProcessing: 'DISCLOSURE',
    collectingMutations: new Set(options.collectingMutations ?? []),
    describe: (context) => ({
      caller: context.caller,
      purpose: context.purpose,
      requestId: context.requestId,
      nominalIds: context.enforcement.recorder.nominalIds(),
      disclosures: toAuditDisclosures(
        context.enforcement.recorder.toAuditView(),
      ),
    }),
  });
}
