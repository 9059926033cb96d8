import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  NOTHING_DISCLOSED,
  TEST_CALLER,
} from '@marsoc/platform/testing';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { openTestRepository, PICTURE_FIELDS } from './fixtures';
import { apmisService } from '../apmisService';

let repository: ApmisRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

const UNKNOWN_ID = 'NOM-99999';

describe('the APMIS root queries', () => {
  it('looks a nominal up on the master list, and answers null for an id not on it', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(
      `query ($known: ID!, $unknown: ID!) { known: nominal(id: $known) { id apmis { name } } unknown: nominal(id: $unknown) { id } }`,
      { known: WELL_KNOWN_NOMINAL_ID, unknown: UNKNOWN_ID },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.known).toMatchObject({
      id: WELL_KNOWN_NOMINAL_ID,
      apmis: { name: expect.stringMatching(/^[A-Z-]+, [A-Z][a-z]+$/) },
    });
    expect(result.data?.unknown).toBeNull();
  });

  it('looks several nominals up in the order asked, with null for unknown ids', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(`query ($ids: [ID!]!) { nominals(ids: $ids) { id } }`, {
      ids: ['NOM-00003', UNKNOWN_ID, WELL_KNOWN_NOMINAL_ID],
    });
    expect(result.data?.nominals).toEqual([
      { id: 'NOM-00003' },
      null,
      { id: WELL_KNOWN_NOMINAL_ID },
    ]);
  });

  it('refuses more than 200 ids in one nominals call as bad input', async () => {
    const ids = Array.from(
      { length: 201 },
      (_, index) => `NOM-${String(index + 1).padStart(5, '0')}`,
    );
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(`query ($ids: [ID!]!) { nominals(ids: $ids) { id } }`, { ids });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers a master-list lookup the same for a listed id as for a made-up one when the master-list entry is NCND (issue 10 point 2)', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'IDENTITY' ? 'NCND' : 'FULL',
      ),
    });
    const ask = (id: string) =>
      server.execute(
        `{ nominal(id: "${id}") { id } nominals(ids: ["${id}"]) { id } }`,
      );
    // The id comes back whoever holds it: each other owner then answers about
    // it under its own rules, and the master list has said nothing.
    expect(await ask(WELL_KNOWN_NOMINAL_ID)).toEqual({
      data: {
        nominal: { id: WELL_KNOWN_NOMINAL_ID },
        nominals: [{ id: WELL_KNOWN_NOMINAL_ID }],
      },
      extensions: NOTHING_DISCLOSED,
    });
    expect(await ask('NOM-98765')).toEqual({
      data: { nominal: { id: 'NOM-98765' }, nominals: [{ id: 'NOM-98765' }] },
      extensions: NOTHING_DISCLOSED,
    });
  });

  it('lists the current cohort of 42 in id order (seed 000 E421), or one region of it', async () => {
    const server = createSubgraphTestServer(apmisService, { repository });
    const result = await server.execute(
      `{ all: cohort { id } northWest: cohort(region: "NORTH_WEST") { id cohort { region status } } }`,
    );
    const all = (result.data?.all as { id: string }[]).map(
      (nominal) => nominal.id,
    );
    expect(all).toHaveLength(42);
    expect(all).toEqual([...all].sort());
    const northWest = result.data?.northWest as {
      id: string;
      cohort: { region: string; status: string };
    }[];
    expect(northWest.map((nominal) => nominal.id)).toContain(
      WELL_KNOWN_NOMINAL_ID,
    );
    expect(
      northWest.every(
        (nominal) =>
          nominal.cohort.region === 'NORTH_WEST' &&
          nominal.cohort.status === 'SELECTED',
      ),
    ).toBe(true);
  });

  it('refuses a region that is not one of the ten MARSOC regions', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(`{ cohort(region: "ATLANTIS") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('withholds the cohort list from a caller whose cohort data is withheld', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'COHORT' ? 'WITHHELD' : 'FULL',
      ),
    });
    const result = await server.execute(`{ cohort { id } }`);
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'MARSOC',
      category: 'COHORT',
    });
  });

  it('answers an empty cohort to a caller for whom cohort data is NCND', async () => {
    const server = createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'COHORT' ? 'NCND' : 'FULL',
      ),
    });
    expect(await server.execute(`{ cohort { id } }`)).toEqual({
      data: { cohort: [] },
      extensions: NOTHING_DISCLOSED,
    });
  });

  it('tells the caller who the gateway says they are, with the classification their vetting reaches', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
      policy: createFixedPolicy(() => 'NCND'),
    }).execute(
      `{ me { sub name agency unit regions roles vetting maxClassification purpose justification } }`,
    );
    expect(result.data?.me).toEqual({
      sub: TEST_CALLER.sub,
      name: TEST_CALLER.name,
      agency: 'POLICE',
      unit: 'NWROCU',
      regions: ['NORTH_WEST'],
      roles: ['ANALYST'],
      vetting: 'NPPV3',
      maxClassification: 'SECRET',
      purpose: 'INTELLIGENCE_DEVELOPMENT',
      justification: 'Unit test of the subgraph picture',
    });
  });

  it('reports no purpose in the caller profile when none was given', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(`{ me { purpose justification } }`, {}, { purpose: null });
    expect(result.data?.me).toEqual({ purpose: null, justification: null });
  });

  it('resolves the whole picture of a nominal looked up by id', async () => {
    const result = await createSubgraphTestServer(apmisService, {
      repository,
    }).execute(
      `{ nominal(id: "${WELL_KNOWN_NOMINAL_ID}") { ${PICTURE_FIELDS} } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.nominal).toMatchObject({
      id: WELL_KNOWN_NOMINAL_ID,
      cohort: { status: 'SELECTED' },
    });
  });
});
