import { createSilentLogger } from '@marsoc/platform';
import { createGatewayServer } from '../createGatewayServer';

describe('the gateway and Apollo telemetry', () => {
  it("turns off @apollo/gateway's data collection before the gateway is constructed", () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    const server = createGatewayServer({
      supergraphSdl: 'type Query { x: String }',
      subgraphUrls: {},
      signCallerContext: () => Promise.resolve(''),
      registerVersion: 'test',
      log: createSilentLogger(),
    });
    expect(server).toBeDefined();
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true');
  });
});
