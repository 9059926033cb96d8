import {
  createSilentLogger,
  createSubgraphServer,
  WELL_KNOWN_NOMINAL_ID,
} from '@marsoc/platform';
import { createFixedPolicy, TEST_CALLER } from '@marsoc/platform/testing';
import { type PolicyEngine } from '@marsoc/schema';
import { apmisSubgraph } from '../definition';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { SqliteApmisRepository } from '../repository/SqliteApmisRepository';
import { openApmisDatabase } from '../repository/openApmisRepository';
import { createInMemorySearchRateLimiter } from '../search/SearchRateLimiter';
import { execute } from './testServer';

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

let database: ReturnType<typeof openApmisDatabase>;
beforeAll(() => {
  database = openApmisDatabase({
    dataDirectory: ':memory:',
    seed: 'search-test',
    size: 200,
  });
});
afterAll(() => database.close());

/** A fresh repository (and allowance) over the shared store, counting its search calls. */
function openCounted(perMinute = 30) {
  const inner = new SqliteApmisRepository(
    database,
    createInMemorySearchRateLimiter({ perMinute }),
  );
  const calls: unknown[] = [];
  const repository = Object.create(inner) as ApmisRepository;
  repository.findSearchCandidates = (queries) => {
    calls.push(queries);
    return inner.findSearchCandidates(queries);
  };
  return { repository, calls };
}

function serverFor(
  repository: ApmisRepository,
  policy: PolicyEngine = createFixedPolicy(),
) {
  return createSubgraphServer(apmisSubgraph, {
    repository,
    policy,
    isKnownCategory: () => true,
    log: createSilentLogger(),
    clock: () => new Date('2024-01-31T12:00:00Z'),
  });
}

describe('Query.searchNominals', () => {
  it('returns the canonical criteria and the master list’s own matches', async () => {
    const { repository } = openCounted();
    const result = await execute(serverFor(repository), ROOT, {
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
    const { repository, calls } = openCounted(1);
    const server = serverFor(repository);
    const bad = await execute(server, ROOT, { limit: 5 });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const good = await execute(server, ROOT, { name: 'Mudlark' });
    expect(good.errors).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('refuses a search beyond the allowance with LIMIT_EXCEEDED, reading nothing', async () => {
    const { repository, calls } = openCounted(2);
    const server = serverFor(repository);
    for (const name of ['Mudlark', 'Fernhollow'])
      expect((await execute(server, ROOT, { name })).errors).toBeUndefined();
    const refused = await execute(server, ROOT, { name: 'Hazelmere' });
    expect(refused).toEqual({
      data: { searchNominals: null },
      errors: [
        expect.objectContaining({
          extensions: { code: 'LIMIT_EXCEEDED' },
          path: ['searchNominals'],
        }),
      ],
    });
    expect(calls).toHaveLength(2);
    // Another caller has an allowance of their own.
    const other = await execute(
      server,
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
    const result = await execute(
      serverFor(repository),
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
    const result = await execute(
      serverFor(repository, policeHidden),
      CANDIDATES,
      representation({ policeMatches: police, hmppsMatches: [] }),
    );
    expect(JSON.stringify(result.data)).not.toContain('NOM-00150');
    expect(JSON.stringify(result.data)).not.toContain('POLICE');
  });

  it('answers several searches in one request with one repository call', async () => {
    const { repository, calls } = openCounted();
    const result = await execute(serverFor(repository), CANDIDATES, {
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
    expect(calls).toHaveLength(1);
  });
});
