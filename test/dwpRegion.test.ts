import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// marsoc-identity-cohort-to-dwp-in-region through the whole system (issue 16
// point 4): a North West DWP officer sees identity and cohort status only for
// nominals put to a MARSOC forum in the North West, and gets for any other
// nominal exactly the answer a made-up id gets (seed 000 E633-E635 on
// spill-over to non-MARSOC nominals; DPA 2018 s.36-37).

const DWP = callerOf('dwp-officer');
const REGIONAL_LEAD = callerOf('regional-lead');
const PURPOSE = purposeOf('COHORT_MANAGEMENT');
const PICTURE = `query Picture($id: ID!) {
  nominal(id: $id) {
    id
    apmis { name dateOfBirth region }
    cohort { status region }
    police { identity { pncId } }
  }
}`;
const REGIONS = `query Regions($ids: [ID!]!) {
  nominals(ids: $ids) { id cohort { region } }
}`;

/** The answer with the ids blanked, so two nominals' answers can be compared. */
function withoutIds(result: GatewayResult, id: string): string {
  return JSON.stringify({
    data: result.data,
    errors: result.errors,
  }).replaceAll(id, '<id>');
}

describe('DWP sees only nominals put to a forum in its own region (seed 000 E633-E635)', () => {
  let system: InProcessSupergraph;
  let inRegion: string;
  let otherRegion: string;
  let neverNominated: string;

  beforeAll(async () => {
    system = await createInProcessSupergraph();
    const rows: { id: string; region: string | null }[] = [];
    for (let first = 1; first <= 400; first += 40) {
      const ids = Array.from(
        { length: 40 },
        (_, index) => `NOM-${String(first + index).padStart(5, '0')}`,
      );
      const result = await system.query(REGIONAL_LEAD, PURPOSE, REGIONS, {
        ids,
      });
      const found = (result.data?.nominals ?? []) as ({
        id: string;
        cohort: { region: string } | null;
      } | null)[];
      for (const row of found) {
        if (row) rows.push({ id: row.id, region: row.cohort?.region ?? null });
      }
    }
    const find = (test: (region: string | null) => boolean): string => {
      const row = rows.find((each) => test(each.region));
      if (!row)
        throw new Error('the seeded picture lacks a nominal this test needs');
      return row.id;
    };
    inRegion = find((region) => region === 'NORTH_WEST');
    otherRegion = find((region) => region !== null && region !== 'NORTH_WEST');
    neverNominated = find((region) => region === null);
  }, 120_000);
  afterAll(() => system.stop());

  const ask = (id: string) => system.query(DWP, PURPOSE, PICTURE, { id });

  it('gives a North West DWP officer the APMIS identity and cohort status of a North West nominal, never the police record', async () => {
    const result = await ask(inRegion);
    const nominal = result.data?.nominal as {
      apmis: { name: string; region: string } | null;
      cohort: { status: string; region: string } | null;
      police: unknown;
    };
    expect(nominal.apmis?.name).toEqual(expect.any(String));
    expect(nominal.cohort?.region).toBe('NORTH_WEST');
    expect(nominal.police).toBeNull();
    expect(
      (result.errors ?? []).map((error) => error.extensions?.owner),
    ).toEqual(['POLICE']);
  });

  it('answers a nominal nominated in another region exactly as a never-nominated one and a made-up id', async () => {
    const other = await ask(otherRegion);
    const never = await ask(neverNominated);
    const madeUp = await ask('NOM-99999');
    expect(other.data?.nominal ?? null).toBeNull();
    expect(withoutIds(other, otherRegion)).toBe(
      withoutIds(never, neverNominated),
    );
    expect(withoutIds(other, otherRegion)).toBe(
      withoutIds(madeUp, 'NOM-99999'),
    );
  });
});
