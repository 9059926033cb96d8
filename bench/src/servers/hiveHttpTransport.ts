import { type Transport } from '@graphql-mesh/transport-common';
import {
  type AsyncFetchFn,
  buildHTTPExecutor,
} from '@graphql-tools/executor-http';
import { type DocumentNode, print } from 'graphql';

/**
 * An HTTP transport for Hive Gateway's runtime. The runtime loads
 * `@graphql-mesh/transport-http` for subgraphs of kind "http", and that package
 * is not installed here; this does what it does for plain POST queries: an
 * executor from `@graphql-tools/executor-http` (the library it wraps) over the
 * runtime's own fetch, so the runtime's plugins (header propagation) still apply.
 */
export const hiveHttpTransport: Transport = {
  getSubgraphExecutor({ transportEntry, fetch }) {
    if (!transportEntry.location)
      throw new Error(`subgraph ${transportEntry.subgraph} has no URL`);
    if (!fetch) throw new Error('the runtime gave the transport no fetch');
    // The executor sends its headers as a plain record, which is all MeshFetch accepts.
    return buildHTTPExecutor({
      endpoint: transportEntry.location,
      fetch: fetch as AsyncFetchFn,
      print: printOnce,
      // By default identical in-flight subgraph queries are merged, keyed on URL and
      // body only. Merging would make Hive do less work than a gateway whose every
      // fetch carries its own caller (and would send one context twice).
      deduplicateInflightRequests: false,
    });
  },
};

// Query plans reuse their documents, so print each once (as the real transport does).
const printed = new WeakMap<DocumentNode, string>();
function printOnce(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}
