import { readFileSync } from 'node:fs';
import { type DocumentNode, parse } from 'graphql';
import { MARKING_DIRECTIVE_SDL, SUBGRAPH_LINKS_SDL } from '@marsoc/schema';

/**
 * A subgraph's `schema.graphql` with the shared federation links and the one
 * `@marking` definition prepended, so no subgraph keeps its own copy of either.
 */
export function loadSubgraphTypeDefs(schemaPath: string): DocumentNode {
  return parse(readSubgraphSdl(schemaPath));
}

/** The same SDL as text (composition reads subgraph SDL as text). */
export function readSubgraphSdl(schemaPath: string): string {
  return `${SUBGRAPH_LINKS_SDL}\n${MARKING_DIRECTIVE_SDL}\n${readFileSync(schemaPath, 'utf8')}`;
}
