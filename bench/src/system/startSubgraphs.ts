import { relative } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import { findFreePort } from '../process/findFreePort';
import {
  type ProcessGroup,
  type RunningService,
} from '../process/ProcessGroup';
import { PICTURE_SERVICES } from './pictureServices';
import { PICTURE_SUBGRAPHS, type PictureSubgraph } from './pictureSubgraphs';
import {
  createServiceEnvironment,
  type SystemSettings,
} from './serviceEnvironment';

/** The four agency subgraphs of one system, each its own process. */
export interface SubgraphSet {
  settings: SystemSettings;
  urls: Readonly<Record<PictureSubgraph, string>>;
  /** `<NAME>_URL` variables pointing a gateway at these subgraphs. */
  urlEnvironment: Readonly<Record<string, string>>;
  services: readonly RunningService[];
  stop(): Promise<void>;
}

/**
 * Starts the four subgraphs as `npm start` does, on free ports: the real
 * service entries, or (audit off) the bench's entry with a sink that writes
 * nothing. A store is seeded on first start, so a large DATA_SCALE takes a while.
 */
export async function startSubgraphs(
  group: ProcessGroup,
  settings: SystemSettings,
  tag: string,
): Promise<SubgraphSet> {
  const started = await Promise.all(
    PICTURE_SUBGRAPHS.map(async ({ name, portVariable }) => {
      const port = await findFreePort();
      const entry =
        settings.audit === 'off'
          ? 'bench/src/auditOff/subgraphWithoutAudit.ts'
          : relative(PROJECT_ROOT, PICTURE_SERVICES[name].entry);
      return group.start({
        name: `${tag}-${name}`,
        entry,
        args: settings.audit === 'off' ? [name] : [],
        env: createServiceEnvironment(settings, {
          [portVariable]: String(port),
        }),
        port,
        probe: 'health',
        readyTimeoutMs: 600_000,
      });
    }),
  );
  const urls = Object.fromEntries(
    PICTURE_SUBGRAPHS.map(({ name }, index) => [
      name,
      serviceAt(started, index).url,
    ]),
  ) as Record<PictureSubgraph, string>;
  return {
    settings,
    urls,
    services: started,
    urlEnvironment: Object.fromEntries(
      PICTURE_SUBGRAPHS.map(({ name }) => [
        `${name.toUpperCase()}_URL`,
        urls[name],
      ]),
    ),
    stop: async () => {
      await Promise.all(started.map((service) => service.stop()));
    },
  };
}

function serviceAt(
  services: readonly RunningService[],
  index: number,
): RunningService {
  const service = services[index];
  if (!service) throw new Error(`no subgraph service at ${index}`);
  return service;
}
