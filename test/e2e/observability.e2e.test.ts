import { readSamples, valueOf } from '../observability/readMetrics';
import { readBasePort } from './readBasePort';
import { postGraphQL, type StartedSystem, startSystem } from './startSystem';

const BASE_PORT = readBasePort('OBSERVABILITY_E2E_BASE_PORT', 16320, 6);

let system: StartedSystem;

beforeAll(async () => {
  system = await startSystem(BASE_PORT);
});

afterAll(async () => {
  await system?.stop();
});

it('npm start: every service answers /metrics on its own port, counting a picture', async () => {
  const token = await system.token('police-analyst');
  const answer = await postGraphQL(
    system.gatewayUrl,
    '{ nominal(id: "NOM-00001") { id police { identity { pncId } } custody { establishment } hmrc { taxReference } } }',
    {
      token,
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: 'Observability end-to-end check',
    },
  );
  expect(answer.status).toBe(200);
  for (const [service, port] of Object.entries(system.ports)) {
    const response = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(response.status).toBe(200);
    const samples = readSamples(await response.text());
    expect(valueOf(samples, 'process_cpu_seconds_total')).toBeGreaterThan(0);
    if (service !== 'audit')
      expect(
        valueOf(samples, 'marsoc_requests_total', { service }),
      ).toBeGreaterThanOrEqual(1);
  }
});
