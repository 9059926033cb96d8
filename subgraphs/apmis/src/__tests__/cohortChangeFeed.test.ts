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
import { findYearsBefore } from '../resolvers/cohortChanges';
import { openTestRepository } from './fixtures';

const FEED = `query Feed($region: String!, $since: String!) {
  cohortChanges(region: $region, since: $since) {
    region since nominalIds
    cohortEvents { nominal { id } change occurredAt detail owningAgency }
    newDisruptions { nominal { id } date owningAgency disruption { id marsocFlag } }
  }
}`;

let repository: ApmisRepository;
beforeAll(async () => {
  repository = await openTestRepository();
});
afterAll(() => repository.close());

function serverAt(
  now: string,
  policy: PolicyEngine = createFixedPolicy(),
  store: ApmisRepository = repository,
) {
  return createSubgraphTestServer(apmisService, {
    repository: store,
    policy,
    clock: () => new Date(now),
  });
}

describe('Query.cohortChanges', () => {
  it("lists the North West cohort and its disruptions since the date, NOM-00001's among them", async () => {
    const result = await serverAt('2024-01-31T12:00:00Z').execute(FEED, {
      region: 'NORTH_WEST',
      since: '2023-03-01',
    });
    expect(result.errors).toBeUndefined();
    const feed = result.data?.cohortChanges as {
      nominalIds: string[];
      newDisruptions: { nominal: { id: string }; date: string }[];
    };
    expect(feed.nominalIds).toContain(WELL_KNOWN_NOMINAL_ID);
    expect(
      feed.newDisruptions
        .filter((entry) => entry.nominal.id === WELL_KNOWN_NOMINAL_ID)
        .map((entry) => entry.date),
    ).toEqual(['2023-07-21', '2023-10-06']);
  });

  it('lists the Early Adopter Phase’s joins and deselections from its cohort event log', async () => {
    const result = await serverAt('2022-03-31T12:00:00Z').execute(FEED, {
      region: 'NORTH_WEST',
      since: '2021-04-01',
    });
    const events = (
      result.data?.cohortChanges as { cohortEvents: { change: string }[] }
    ).cohortEvents;
    const changes = new Set(events.map((event) => event.change));
    expect(changes).toContain('ACCEPT');
    expect(changes).toContain('DESELECT');
    expect(changes).not.toContain('NOMINATE');
  });

  it('refuses a region that is not the caller’s with FORBIDDEN, and a bad region or date with BAD_USER_INPUT', async () => {
    const server = serverAt('2024-01-31T12:00:00Z');
    const codeOf = async (region: string, since: string) =>
      (await server.execute(FEED, { region, since })).errors?.[0]?.extensions
        ?.code;
    expect(await codeOf('LONDON', '2023-03-01')).toBe('FORBIDDEN');
    expect(await codeOf('NOWHERE', '2023-03-01')).toBe('BAD_USER_INPUT');
    expect(await codeOf('NORTH_WEST', '2024-02-01')).toBe('BAD_USER_INPUT');
    expect(await codeOf('NORTH_WEST', '2019-01-30')).toBe('BAD_USER_INPUT');
    expect(await codeOf('NORTH_WEST', '2019-01-31')).toBeUndefined();
    const national = await server.execute(
      FEED,
      { region: 'LONDON', since: '2023-03-01' },
      { caller: { ...TEST_CALLER, regions: ['NORTH_WEST', 'LONDON'] } },
    );
    expect(national.errors).toBeUndefined();
  });

  it('counts years back from 29 February as from 28 February', () => {
    expect(findYearsBefore('2024-02-29', 1)).toBe('2023-02-28');
    expect(findYearsBefore('2024-01-31', 5)).toBe('2019-01-31');
  });

  it('under NCND answers every list as empty, as for a region with no changes', async () => {
    const result = await serverAt(
      '2024-01-31T12:00:00Z',
      createFixedPolicy(() => 'NCND'),
    ).execute(FEED, { region: 'NORTH_WEST', since: '2023-03-01' });
    expect(result).toEqual({
      data: {
        cohortChanges: {
          region: 'NORTH_WEST',
          since: '2023-03-01',
          nominalIds: [],
          cohortEvents: [],
          newDisruptions: [],
        },
      },
      extensions: NOTHING_DISCLOSED,
    });
  });

  it('reads the whole feed with one repository call', async () => {
    const { counted, calls } = countCalls(repository);
    const result = await serverAt(
      '2024-01-31T12:00:00Z',
      createFixedPolicy(),
      counted,
    ).execute(FEED, { region: 'NORTH_WEST', since: '2023-03-01' });
    expect(result.errors).toBeUndefined();
    expect(calls.get('findCohortChanges')).toBe(1);
  });
});
