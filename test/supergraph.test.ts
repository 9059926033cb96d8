import { loadPersonas } from '@marsoc/platform';
import {
  createInProcessSupergraph,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';

const personas = loadPersonas();
function callerOf(handle: string) {
  const persona = personas.get(handle);
  if (!persona) throw new Error(`no persona ${handle}`);
  return persona.caller;
}
const PURPOSE = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Subject profile for the regional tasking meeting',
} as const;

const PICTURE = `query Picture($id: ID!) {
  nominal(id: $id) {
    id
    apmis { name region }
    cohort { status region }
    police { identity { pncId forename surname } warningMarkers { code } }
    custody { prisonNumber establishment }
    hmrc { taxReference }
    nca { ncaReference }
  }
}`;

describe('the in-process supergraph', () => {
  let system: InProcessSupergraph;
  beforeAll(async () => {
    system = await createInProcessSupergraph();
  }, 120_000);
  afterAll(() => system.stop());

  it('fetches NOM-00001 with fields from all four subgraphs through the real gateway code', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      PURPOSE,
      PICTURE,
      { id: 'NOM-00001' },
    );
    const nominal = (result.data as { nominal: Record<string, unknown> })
      .nominal;
    expect(nominal.id).toBe('NOM-00001');
    expect(nominal.apmis).toMatchObject({ region: 'NORTH_WEST' });
    expect(nominal.cohort).toMatchObject({
      status: 'SELECTED',
      region: 'NORTH_WEST',
    });
    expect(nominal.police).toMatchObject({
      identity: { pncId: expect.any(String) },
      warningMarkers: expect.any(Array),
    });
    expect(nominal.custody).toMatchObject({ establishment: 'HMP Altcourse' });
  });

  it('shows a police analyst HMRC and NCA data only as held while the ISA is draft (docs/policy-model.md; seed 000 E603)', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      PURPOSE,
      PICTURE,
      { id: 'NOM-00001' },
    );
    const nominal = (result.data as { nominal: Record<string, unknown> })
      .nominal;
    expect(nominal.hmrc).toBeNull();
    expect(nominal.nca).toBeNull();
    const withheld = (result.errors ?? []).map((error) => error.extensions);
    expect(withheld).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'HMRC',
          category: 'TAX',
          held: true,
          reason: 'AGREEMENT_NOT_SIGNED',
        }),
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'NCA',
          category: 'NCA_INTEREST',
          held: true,
        }),
      ]),
    );
  });

  it('adds a disclosure summary per nominal and agency to the response', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      PURPOSE,
      PICTURE,
      { id: 'NOM-00001' },
    );
    const disclosure = result.extensions?.disclosure as {
      nominals: {
        nominalId: string;
        agencies: { owner: string; held: string[]; released: string[] }[];
      }[];
    };
    const nominal = disclosure.nominals.find(
      (entry) => entry.nominalId === 'NOM-00001',
    );
    const hmrc = nominal?.agencies.find((agency) => agency.owner === 'HMRC');
    expect(hmrc?.held).toEqual(['TAX']);
    expect(hmrc?.released).toEqual([]);
    const police = nominal?.agencies.find(
      (agency) => agency.owner === 'POLICE',
    );
    expect(police?.released).toEqual(
      expect.arrayContaining(['IDENTITY', 'WARNING_MARKERS']),
    );
  });

  it('refuses a nominal query without a purpose with PURPOSE_REQUIRED and no data', async () => {
    const result = await system.query(
      callerOf('police-analyst'),
      undefined,
      PICTURE,
      { id: 'NOM-00001' },
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('PURPOSE_REQUIRED');
  });

  it('answers `me` without a purpose', async () => {
    const result = await system.query(
      callerOf('nca-officer'),
      undefined,
      '{ me { agency vetting maxClassification } }',
    );
    expect(result).toEqual({
      data: {
        me: { agency: 'NCA', vetting: 'DV', maxClassification: 'TOP_SECRET' },
      },
    });
  });

  it('refuses an aliasing fan-out over thousands of fields before any subgraph is asked', async () => {
    const aliases = Array.from(
      { length: 700 },
      (_, index) => `n${index}: nominal(id: "NOM-00001") { id apmis { name } }`,
    ).join(' ');
    const result = await system.query(
      callerOf('police-analyst'),
      PURPOSE,
      `{ ${aliases} }`,
    );
    expect(result.data ?? null).toBeNull();
    // Refused by the parser's token limit before fields are even counted.
    expect(result.errors?.[0]?.message).toMatch(/more that 1000 tokens/);
  });
});
