import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { ENTITIES_QUERY, openTestRepository } from './fixtures';
import { apmisService } from '../apmisService';

let repository: ApmisRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

const UNKNOWN_ID = 'NOM-99999';

describe('the APMIS subgraph as a federated entity', () => {
  it('starts: every field of every APMIS type is marked and nullable', () => {
    const server = createSubgraphTestServer(apmisService, { repository });
    const coordinates = server.markedFields.map((field) => field.coordinate);
    expect(coordinates).toEqual(
      expect.arrayContaining([
        'Nominal.apmis',
        'ApmisDisruption.marsocFlag',
        'CohortMembership.status',
      ]),
    );
    // The search's candidates require police's and HMPPS's match lists
    // (@external), which keep their owners' markings; APMIS resolves none of them.
    const required = server.markedFields.filter((field) =>
      /^(PoliceSearchMatch\.|PrisonSearchMatch\.|NominalSearch\.(police|hmpps)Matches$)/.test(
        field.coordinate,
      ),
    );
    expect(new Set(required.map((field) => field.marking.owner))).toEqual(
      new Set(['POLICE', 'HMPPS']),
    );
    // HMPPS's custody notices, held for alerts, stay HMPPS's: its rules judge them.
    const notified = server.markedFields.filter((field) =>
      /^(CustodyMovementNotice\.|Alert\.movement$)/.test(field.coordinate),
    );
    expect(new Set(notified.map((field) => field.marking.category))).toEqual(
      new Set(['MOVEMENTS']),
    );
    expect(new Set(notified.map((field) => field.marking.owner))).toEqual(
      new Set(['HMPPS']),
    );
    expect(
      new Set(
        server.markedFields
          .filter(
            (field) => !required.includes(field) && !notified.includes(field),
          )
          .map((field) => field.marking.owner),
      ),
    ).toEqual(new Set(['MARSOC']));
  });

  it("returns NOM-00001's APMIS picture through _entities", async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(WELL_KNOWN_NOMINAL_ID));
    expect(result.errors).toBeUndefined();
    const [nominal] = result.data?._entities as Record<string, unknown>[];
    expect(nominal).toMatchObject({
      id: WELL_KNOWN_NOMINAL_ID,
      apmis: {
        apmisReference: 'APMIS/NW/00001',
        region: 'NORTH_WEST',
        // The North West ROCU's public name, TITAN (seed 003 A:845-860; issue 16 point 7).
        owningUnit: 'TITAN (North West ROCU)',
      },
      socThreats: expect.arrayContaining([
        expect.objectContaining({ threatType: 'PRIORITY_INDIVIDUAL', tier: 1 }),
      ]),
      cohort: {
        status: 'SELECTED',
        region: 'NORTH_WEST',
        nominatingAgency: 'POLICE',
        supervisionAtNomination: 'CUSTODY',
        cycleNominated: 1,
        cycleDeselected: null,
      },
    });
    expect((nominal?.disruptions as unknown[]).length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it('answers an unknown nominal with nulls and empty lists, not errors', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(UNKNOWN_ID));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: UNKNOWN_ID,
        apmis: null,
        socThreats: [],
        disruptions: [],
        cohort: null,
      },
    ]);
  });

  it('withholds every APMIS field with a WITHHELD error naming MARSOC and the category', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy(() => 'WITHHELD'),
    });
    const result = await server.execute(
      ENTITIES_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    expect(result.data?._entities).toEqual([
      {
        id: WELL_KNOWN_NOMINAL_ID,
        apmis: null,
        socThreats: null,
        disruptions: null,
        cohort: null,
      },
    ]);
    const withheld = (result.errors ?? []).map((error) => [
      error.extensions?.code,
      error.extensions?.owner,
      error.extensions?.category,
    ]);
    expect(withheld).toEqual(
      expect.arrayContaining([
        ['WITHHELD', 'MARSOC', 'IDENTITY'],
        ['WITHHELD', 'MARSOC', 'SOC_THREAT'],
        ['WITHHELD', 'MARSOC', 'DISRUPTION'],
        ['WITHHELD', 'MARSOC', 'COHORT'],
      ]),
    );
  });

  it('answers NCND for a known nominal exactly as for an unknown one', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy(() => 'NCND'),
    });
    const known = await server.execute(
      ENTITIES_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    const unknown = await server.execute(
      ENTITIES_QUERY,
      representationsOf(UNKNOWN_ID),
    );
    const withoutId = (result: typeof known) =>
      JSON.stringify({
        ...result,
        data: {
          _entities: (result.data?._entities as { id: string }[]).map(
            ({ id: _id, ...rest }) => rest,
          ),
        },
      });
    expect(withoutId(known)).toBe(withoutId(unknown));
    expect(known.errors).toBeUndefined();
  });
});
