import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

const PICTURE = `{ nominal(id: "NOM-00001") {
  id apmis { name } police { identity { pncId } } custody { establishment } probation { crn }
} }`;

describe('an agency subgraph that is down (docs/targets.md#reliability)', () => {
  let system: InProcessSupergraph;
  beforeAll(async () => {
    system = await createInProcessSupergraph({ unavailable: ['hmpps'] });
  }, 120_000);
  afterAll(() => system.stop());

  it('gives the rest of the picture with an error for that agency, never a gateway failure', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      purposeOf('INTELLIGENCE_DEVELOPMENT'),
      PICTURE,
    );
    const nominal = (result.data as { nominal: Record<string, unknown> })
      .nominal;
    expect(nominal.apmis).toMatchObject({ name: expect.any(String) });
    expect(nominal.police).toMatchObject({
      identity: { pncId: expect.any(String) },
    });
    expect(nominal.custody).toBeNull();
    expect(nominal.probation).toBeNull();
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(result.errors?.map((error) => error.extensions)).toEqual([
      expect.objectContaining({
        code: 'UPSTREAM_UNAVAILABLE',
        subgraph: 'hmpps',
      }),
    ]);
  });
});
