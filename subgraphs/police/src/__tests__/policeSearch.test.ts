import {
  createPopulation,
  DEFAULT_SEED,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import {
  countCalls,
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import { type PoliceRepository } from '../repository/PoliceRepository';
import { policeService } from '../policeService';

import { criteria } from './fixtures';
const STORE = { dataDirectory: ':memory:', seed: DEFAULT_SEED, size: 400 };
const [WELL_KNOWN] = createPopulation(STORE);

const MATCHES = `query Matches($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on NominalSearch { criteria policeMatches { nominalId score matchedOn } }
  }
}`;

function searches(...keys: string[]) {
  return {
    representations: keys.map((key) => ({
      __typename: 'NominalSearch',
      criteria: key,
    })),
  };
}

let repository: PoliceRepository;
beforeAll(async () => {
  repository = await openPoliceRepository(STORE);
});
afterAll(() => repository.close());

describe("police's part of a cross-agency search", () => {
  const matchesOf = async (
    key: string,
    policy = createFixedPolicy(),
  ): Promise<unknown> => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy,
    }).execute(MATCHES, searches(key));
    const [entity] = result.data?._entities as { policeMatches: unknown }[];
    return entity?.policeMatches;
  };

  it('finds NOM-00001 by name, date of birth, PNC ID and CRO number', async () => {
    const expected = (matchedOn: string) => ({
      nominalId: WELL_KNOWN_NOMINAL_ID,
      score: 1,
      matchedOn: [matchedOn],
    });
    const name = `${WELL_KNOWN?.forename} ${WELL_KNOWN?.surname}`.toLowerCase();
    expect(await matchesOf(criteria({ name }))).toContainEqual(
      expected('NAME'),
    );
    expect(
      await matchesOf(criteria({ dateOfBirth: WELL_KNOWN?.dateOfBirth })),
    ).toContainEqual(expected('DATE_OF_BIRTH'));
    expect(
      await matchesOf(criteria({ identifier: WELL_KNOWN?.pncId })),
    ).toEqual([expected('PNC_ID')]);
    expect(
      await matchesOf(criteria({ identifier: WELL_KNOWN?.croNumber })),
    ).toEqual([expected('CRO_NUMBER')]);
  });

  it('matches nothing for a reference police do not hold, or criteria not in canonical form', async () => {
    expect(await matchesOf(criteria({ identifier: 'NCA/60794' }))).toEqual([]);
    expect(await matchesOf(criteria({ identifier: 'M4729AK' }))).toEqual([]);
    expect(await matchesOf('{"name":"mudlark"}')).toEqual([]);
    expect(await matchesOf('not json')).toEqual([]);
  });

  it('withholds the matches, with an error naming owner and category, from a caller who may not see police identity', async () => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy: createFixedPolicy(() => 'WITHHELD'),
    }).execute(MATCHES, searches(criteria({ identifier: WELL_KNOWN?.pncId })));
    expect(result.data?._entities).toEqual([
      { criteria: expect.any(String), policeMatches: null },
    ]);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'POLICE',
      category: 'IDENTITY',
    });
  });

  it('under NCND answers a search that matches exactly as one that matches no one', async () => {
    const ncnd = createFixedPolicy(() => 'NCND');
    const run = (key: string) =>
      createSubgraphTestServer(policeService, {
        repository,
        policy: ncnd,
      }).execute(MATCHES, searches(key));
    const held = await run(criteria({ identifier: WELL_KNOWN?.pncId }));
    const unknown = await run(criteria({ identifier: '99/9999999Z' }));
    expect(held.errors).toBeUndefined();
    expect(JSON.stringify(held).replace(WELL_KNOWN?.pncId ?? '', 'X')).toBe(
      JSON.stringify(unknown).replace('99/9999999Z', 'X'),
    );
  });

  it('answers several searches in one request with one repository call', async () => {
    const { counted, calls } = countCalls(repository);
    const result = await createSubgraphTestServer(policeService, {
      repository: counted,
    }).execute(
      MATCHES,
      searches(
        criteria({ name: 'mudlark' }),
        criteria({ dateOfBirth: WELL_KNOWN?.dateOfBirth }),
        criteria({ identifier: WELL_KNOWN?.pncId }),
      ),
    );
    expect(result.errors).toBeUndefined();
    expect(Object.fromEntries(calls)).toEqual({ findSearchCandidates: 1 });
  });
});
