import { readFileSync } from 'node:fs';
import { type DocumentNode, parse } from 'graphql';
import { assembleSubgraphSdl } from '@marsoc/schema';

/**
 * A subgraph's `schema.graphql` with the shared federation links and the one
 * `@marking` definition prepended, so no subgraph keeps its own copy of either.
 */
export function loadSubgraphTypeDefs(schemaPath: string): DocumentNode {
  return parse(assembleSubgraphSdl(readFileSync(schemaPath, 'utf8')));
}
