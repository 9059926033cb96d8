import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  countCalls,
  createFixedPolicy,
  createSubgraphTestServer,
} from '@marsoc/platform/testing';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { openTestRepository } from './fixtures';
import { hmppsService } from '../hmppsService';

const MOVEMENTS = `query Movements($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on CohortChangeFeed {
      prisonMovements { nominal { id } change movementDate fromLocation toLocation owningAgency }
    }
  }
}`;

/** The feed as the gateway sends it: its key and the cohort APMIS released. */
function feed(since: string, nominalIds: unknown) {
  return {
    representations: [
      {
        __typename: 'CohortChangeFeed',
        region: 'NORTH_WEST',
        since,
        nominalIds,
      },
    ],
  };
}

let repository: HmppsRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

describe('prison movements of a cohort since a date (seed 000 E567)', () => {
  const movementsOf = async (
    representations: ReturnType<typeof feed>,
    server = createSubgraphTestServer(hmppsService, { repository }),
  ) => {
    const result = await server.execute(MOVEMENTS, representations);
    return (result.data?._entities as { prisonMovements: unknown }[])[0]
      ?.prisonMovements;
  };

  it("lists NOM-00001's transfers since the date, owned by HMPPS, and not its admission or court trips", async () => {
    expect(
      await movementsOf(feed('2022-01-01', [WELL_KNOWN_NOMINAL_ID])),
    ).toEqual([
      {
        nominal: { id: WELL_KNOWN_NOMINAL_ID },
        change: 'TRANSFER',
        movementDate: '2022-01-24',
        fromLocation: 'HMP Liverpool',
        toLocation: 'HMP Manchester',
        owningAgency: 'HMPPS',
      },
      {
        nominal: { id: WELL_KNOWN_NOMINAL_ID },
        change: 'TRANSFER',
        movementDate: '2023-04-03',
        fromLocation: 'HMP Manchester',
        toLocation: 'HMP Altcourse',
        owningAgency: 'HMPPS',
      },
    ]);
  });

  it('asks about no one when APMIS released no cohort (withheld) or something malformed arrived', async () => {
    expect(await movementsOf(feed('2020-01-01', null))).toEqual([]);
    expect(
      await movementsOf(feed('2020-01-01', ["NOM-00001' OR 1=1"])),
    ).toEqual([]);
    expect(
      await movementsOf(feed('not a date', [WELL_KNOWN_NOMINAL_ID])),
    ).toEqual([]);
  });

  it('shows the movements only as held at EXISTENCE', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'EXISTENCE'),
    }).execute(MOVEMENTS, feed('2020-01-01', [WELL_KNOWN_NOMINAL_ID]));
    expect(result.data?._entities).toEqual([{ prisonMovements: null }]);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      owner: 'HMPPS',
      category: 'MOVEMENTS',
      held: true,
    });
  });

  it('reads every feed of a request with one repository call', async () => {
    const { counted, calls } = countCalls(repository);
    const result = await createSubgraphTestServer(hmppsService, {
      repository: counted,
    }).execute(MOVEMENTS, {
      representations: [
        ...feed('2020-01-01', ['NOM-00001', 'NOM-00003']).representations,
        ...feed('2023-01-01', ['NOM-00026']).representations,
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(calls.get('findCohortMovements')).toBe(1);
  });
});
