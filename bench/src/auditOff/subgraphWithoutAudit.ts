/**
 * Bench only: one agency subgraph started exactly as its service entry starts
 * it, but with a sink that writes nothing, to price the audit. Usage:
 * <subgraph name>.
 */
import { startSubgraphService } from '@marsoc/platform';
import { PICTURE_SUBGRAPHS } from '../system/pictureSubgraphs';
import { PICTURE_SERVICES } from '../system/pictureServices';
import { createNoopAuditSink } from './noopAuditSink';

async function main(name: string | undefined): Promise<void> {
  const entry = PICTURE_SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!entry)
    throw new Error(
      `name one subgraph: ${PICTURE_SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`,
    );
  await startSubgraphService({
    ...PICTURE_SERVICES[entry.name],
    auditSink: createNoopAuditSink(entry.name),
  });
}

main(process.argv[2]).catch((error: unknown) => {
  console.error('bench subgraph without audit could not start:', error);
  process.exit(1);
});
