import { type ApolloServerPlugin } from '@apollo/server';
import {
  type AuditSink,
  createAuditPlugin,
  type Logger,
  readSupergraphVersion,
  type SubgraphContext,
  toAuditDisclosures,
} from '@marsoc/platform';

/** The owner's audit plugin exactly as `startSubgraphService` builds it, over any sink. */
export function createOwnerAuditPlugin(
  sink: AuditSink,
  service: string,
  registerVersion: string,
  log: Logger,
): ApolloServerPlugin<SubgraphContext<unknown>> {
  return createAuditPlugin<SubgraphContext<unknown>>({
    sink,
    service,
    registerVersion,
    supergraphVersion: readSupergraphVersion(),
    log,
    queryProcessing: 'DISCLOSURE',
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
