import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import { type CallerContext } from '@marsoc/schema/caller';
import { BENCH_PURPOSE, loadBenchCaller } from '../query/benchCaller';
import { PICTURE_SUBGRAPHS } from '../system/pictureSubgraphs';

/** What a comparison gateway needs: where to listen, the subgraphs, and the static caller. */
export interface ServerSettings {
  port: number;
  dataDirectory: string;
  subgraphUrls: Readonly<Record<string, string>>;
  /** The committed supergraph with each picture subgraph's URL set to where it runs now. */
  supergraphSdl: string;
  callerContext: CallerContext;
}

/** Reads BENCH_PORT, DATA_DIR and <NAME>_URL as the harness sets them. */
export function readServerSettings(
  env: NodeJS.ProcessEnv,
  service: string,
): ServerSettings {
  const port = Number(env.BENCH_PORT);
  const dataDirectory = env.DATA_DIR;
  if (!Number.isInteger(port) || port <= 0)
    throw new Error(`BENCH_PORT=${String(env.BENCH_PORT)} is not a port`);
  if (!dataDirectory) throw new Error('DATA_DIR is not set');
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of PICTURE_SUBGRAPHS) {
    const url = env[`${name.toUpperCase()}_URL`];
    if (!url) throw new Error(`${name.toUpperCase()}_URL is not set`);
    subgraphUrls[name] = url;
  }
  const committed = readFileSync(
    join(PROJECT_ROOT, 'schema', 'supergraph.graphql'),
    'utf8',
  );
  return {
    port,
    dataDirectory,
    subgraphUrls,
    supergraphSdl: replaceSubgraphUrls(committed, subgraphUrls),
    callerContext: {
      caller: loadBenchCaller(),
      purpose: BENCH_PURPOSE,
      requestId: `bench-${service}`,
    },
  };
}

/** Rewrites `@join__graph(name: "x", url: "...")` to the URL each subgraph runs at. */
export function replaceSubgraphUrls(
  supergraphSdl: string,
  urls: Readonly<Record<string, string>>,
): string {
  return supergraphSdl.replace(
    /@join__graph\(name: "([a-z]+)", url: "[^"]*"\)/g,
    (whole, name: string) => {
      const url = urls[name];
      return url === undefined
        ? whole
        : `@join__graph(name: "${name}", url: "${url}")`;
    },
  );
}
