/**
 * Bench only: one agency subgraph started exactly as its service entry starts
 * it, but with a sink that writes nothing, to price the audit. Usage:
 * <subgraph name>.
 */
import { startSubgraphService } from '@marsoc/platform';
import { PICTURE_SUBGRAPHS } from '../system/pictureSubgraphs';
import { SUBGRAPH_ASSEMBLIES } from '../system/subgraphAssemblies';
import { createNoopAuditSink } from './noopAuditSink';

async function main(name: string | undefined): Promise<void> {
  const entry = PICTURE_SUBGRAPHS.find((subgraph) => subgraph.name === name);
  if (!entry)
    throw new Error(
      `name one subgraph: ${PICTURE_SUBGRAPHS.map((subgraph) => subgraph.name).join(', ')}`,
    );
  const { definition, openRepository, findGrants } =
    SUBGRAPH_ASSEMBLIES[entry.name];
  await startSubgraphService({
    definition,
    openRepository,
    findGrants: findGrants
      ? (repository) => findGrants(repository) ?? (() => [])
      : undefined,
    portVariable: entry.portVariable,
    defaultPort: entry.defaultPort,
    auditSink: createNoopAuditSink(entry.name),
  });
}

main(process.argv[2]).catch((error: unknown) => {
  console.error('bench subgraph without audit could not start:', error);
  process.exit(1);
});
