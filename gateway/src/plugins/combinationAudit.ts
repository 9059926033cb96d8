import {
  type AuditSink,
  createAuditPlugin,
  readSupergraphVersion,
  toAuditDisclosures,
} from '@marsoc/platform';
import { type ApolloServerPlugin } from '@apollo/server';
import { type Logger } from 'pino';
import { type GatewayContext } from '../GatewayContext';
import { listOpenedNominals } from '../limits/listOpenedNominals';

/**
 * The gateway's own audit record: the COMBINATION of the owners' disclosures
 * into one picture (DPA 2018 s.62(1)(e)), sharing the request id with every
 * owner's record of what it disclosed.
 */
export function createCombinationAuditPlugin(
  sink: AuditSink,
  registerVersion: string,
  log: Logger,
  /** The served supergraph's version (a reload changes it); else the committed file's. */
  readVersion?: () => string,
): ApolloServerPlugin<GatewayContext> {
  const startVersion = readVersion ? '' : readSupergraphVersion();
  return createAuditPlugin<GatewayContext>({
    sink,
    service: 'gateway',
    registerVersion,
    // Read as each record is written, so a record names the supergraph
    // served then, not the one the gateway started with.
    get supergraphVersion() {
      return readVersion ? readVersion() : startVersion;
    },
    log,
    queryProcessing: 'COMBINATION',
    describe: (context) => {
      const entries = context.disclosures.flatMap(
        (disclosure) => disclosure.entries,
      );
      return {
        caller: context.caller,
        purpose: context.purpose,
        requestId: context.requestId,
        // A refused attempt names the nominals it asked for, as any attempt does.
        nominalIds:
          context.limitRefusal?.nominalIds ??
          listOpenedNominals(context.disclosures),
        disclosures: toAuditDisclosures(entries),
      };
    },
  });
}
