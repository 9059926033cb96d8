import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  countCalls,
  createFixedPolicy,
  createSubgraphTestServer,
  NOTHING_DISCLOSED,
  TEST_CALLER,
} from '@marsoc/platform/testing';
import { type PolicyEngine } from '@marsoc/schema';
import { apmisService } from '../apmisService';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { createApmisRepository } from '../repository/createApmisRepository';
import {
  type ApmisSqliteStore,
  openApmisSqliteStore,
} from '../repository/openApmisRepository';
import { createInMemorySearchRateLimiter } from '../search/SearchRateLimiter';

const START = '{"name":null,"dateOfBirth":null,"identifier":';
const criteria = (identifier: string | null, name: string | null = null) =>
  JSON.stringify({ name, dateOfBirth: null, identifier, limit: 20 });

const ROOT = `query Search($name: String, $identifier: String, $limit: Int) {
  searchNominals(name: $name, identifier: $identifier, limit: $limit) {
    criteria apmisMatches { nominalId score matchedOn }
  }
}`;
const CANDIDATES = `query Candidates($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on NominalSearch { candidates { nominal { id } score matchedAgencies matchedOn } }
  }
}`;

let store: ApmisSqliteStore;
beforeAll(async () => {
  store = await openApmisSqliteStore({
    dataDirectory: ':memory:',
    seed: 'search-test',
    size: 200,
  });
});
afterAll(() => store.close());

/** A fresh repository (and allowance) over the shared store, counting its search calls. */
function openCounted(perMinute = 30) {
  const inner = createApmisRepository(
    store,
    createInMemorySearchRateLimiter({ perMinute }),
  );
  const { counted, calls } = countCalls(inner);
  return {
    repository: counted,
    searches: () => calls.get('findSearchCandidates') ?? 0,
  };
}

function serverFor(
  repository: ApmisRepository,
  policy: PolicyEngine = createFixedPolicy(),
) {
  return createSubgraphTestServer(apmisService, {
    repository,
    policy,
    clock: () => new Date('2024-01-31T12:00:00Z'),
  });
}

describe('Query.searchNominals', () => {
  it('returns the canonical criteria and the master list’s own matches', async () => {
    const { repository } = openCounted();
    const result = await serverFor(repository).execute(ROOT, {
      identifier: 'apmis/nw/00001',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.searchNominals).toEqual({
      criteria: `${START}"APMIS/NW/00001","limit":20}`,
      apmisMatches: [
        {
          nominalId: WELL_KNOWN_NOMINAL_ID,
          score: 1,
          matchedOn: ['APMIS_REFERENCE'],
        },
      ],
    });
  });

  it('refuses bad input with BAD_USER_INPUT, taking nothing from the allowance', async () => {
    const { repository, searches } = openCounted(1);
    const server = serverFor(repository);
    const bad = await server.execute(ROOT, { limit: 5 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const good = await server.execute(ROOT, { name: 'Mudlark' });
    expect(good.errors).toBeUndefined();
    expect(searches()).toBe(1);
  });

  it('refuses a search beyond the allowance with RATE_LIMITED and the seconds to wait, reading nothing', async () => {
    const { repository, searches } = openCounted(2);
    const server = serverFor(repository);
    for (const name of ['Mudlark', 'Fernhollow'])
      expect((await server.execute(ROOT, { name })).errors).toBeUndefined();
    const refused = await server.execute(ROOT, { name: 'Hazelmere' });
    expect(refused).toEqual({
      data: { searchNominals: null },
      errors: [
        expect.objectContaining({
          message:
            'At most 2 searches a minute per caller; nothing was searched. Try again in 60 s.',
          // The server's clock reads 12:00:00: the whole minute is left.
          extensions: {
            code: 'RATE_LIMITED',
            limit: 'SEARCH_RATE',
            retryAfter: 60,
          },
          path: ['searchNominals'],
        }),
      ],
      extensions: NOTHING_DISCLOSED,
    });
    expect(searches()).toBe(2);
    // Another caller has an allowance of their own.
    const other = await server.execute(
      ROOT,
      { name: 'Hazelmere' },
      { caller: { ...TEST_CALLER, sub: 'another-analyst' } },
    );
    expect(other.errors).toBeUndefined();
  });
});

describe('NominalSearch.candidates', () => {
  const representation = (extra: Record<string, unknown>) => ({
    representations: [
      {
        __typename: 'NominalSearch',
        criteria: criteria(null, 'mudlark'),
        ...extra,
      },
    ],
  });
  const police = [{ nominalId: 'NOM-00150', score: 0.9, matchedOn: ['ALIAS'] }];

  it("merges police's and HMPPS's matches, as the gateway passed them, with the master list's", async () => {
    const { repository } = openCounted();
    const result = await serverFor(repository).execute(
      CANDIDATES,
      representation({ policeMatches: police, hmppsMatches: null }),
    );
    const [entity] = result.data?._entities as {
      candidates: { nominal: { id: string }; matchedAgencies: string[] }[];
    }[];
    expect(entity?.candidates).toContainEqual({
      nominal: { id: 'NOM-00150' },
      score: 0.9,
      matchedAgencies: ['POLICE'],
      matchedOn: ['ALIAS'],
    });
    expect(
      entity?.candidates.some((candidate) =>
        candidate.matchedAgencies.includes('MARSOC'),
      ),
    ).toBe(true);
  });

  it('ignores a list the caller may not see, even if it reached APMIS', async () => {
    const { repository } = openCounted();
    const policeHidden = createFixedPolicy((marking) =>
      marking.owner === 'POLICE' ? 'WITHHELD' : 'FULL',
    );
    const result = await serverFor(repository, policeHidden).execute(
      CANDIDATES,
      representation({ policeMatches: police, hmppsMatches: [] }),
    );
    expect(JSON.stringify(result.data)).not.toContain('NOM-00150');
    expect(JSON.stringify(result.data)).not.toContain('POLICE');
  });

  it('answers several searches in one request with one repository call', async () => {
    const { repository, searches } = openCounted();
    const result = await serverFor(repository).execute(CANDIDATES, {
      representations: [
        criteria(null, 'mudlark'),
        criteria('APMIS/NW/00001'),
        criteria('NCA/60794'),
      ].map((key) => ({
        __typename: 'NominalSearch',
        criteria: key,
        policeMatches: [],
        hmppsMatches: [],
      })),
    });
    expect(result.errors).toBeUndefined();
    expect(searches()).toBe(1);
  });
});
