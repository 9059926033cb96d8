import { type HttpSubject } from '../load/measureHttp';
import {
  type ProcessGroup,
  type RunningService,
} from '../process/ProcessGroup';
import { type SystemSettings } from './serviceEnvironment';
import { startGateway } from './startGateways';
import { startSubgraphs, type SubgraphSet } from './startSubgraphs';
import { createOurSubject } from './subjects';

/** Four subgraphs and our gateway, all with the same data directory, scale and audit sink. */
export interface OurSystem {
  settings: SystemSettings;
  subgraphs: SubgraphSet;
  gateway: RunningService;
  /** An operation as an analyst's client sends it to this system's gateway. */
  subject(body: string): HttpSubject;
  /** Its five processes: the four subgraphs and the gateway. */
  services(): RunningService[];
  stop(): Promise<void>;
}

export async function startOurSystem(
  group: ProcessGroup,
  settings: SystemSettings,
  tag: string,
): Promise<OurSystem> {
  const subgraphs = await startSubgraphs(group, settings, tag);
  try {
    const gateway = await startGateway(group, 'ours', subgraphs, {
      name: `${tag}-gateway`,
    });
    return {
      settings,
      subgraphs,
      gateway,
      subject: (body) =>
        createOurSubject(gateway, settings.data.bearerToken, body),
      services: () => [...subgraphs.services, gateway],
      stop: async () => {
        await gateway.stop();
        await subgraphs.stop();
      },
    };
  } catch (error) {
    await subgraphs.stop();
    throw error;
  }
}
