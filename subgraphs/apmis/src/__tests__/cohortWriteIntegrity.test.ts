import { type SqliteDatabase } from '@marsoc/platform/store';
import { type ApmisRepository } from '../repository/ApmisRepository';
import { type ApmisWrites } from '../repository/ApmisWrites';
import {
  COHORT_MANAGEMENT,
  dumpCohort,
  FRESH_NOMINAL,
  MUTATIONS,
  NOMINATOR,
  nominationOf,
  openCohortStore,
} from './cohortTestKit';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { apmisService } from '../apmisService';

let database: SqliteDatabase;
let repository: ApmisRepository;
beforeEach(async () => {
  ({ database, repository } = await openCohortStore());
});
afterEach(() => repository.close());

/** `target` with one member replaced; its own methods stay bound to it. */
function replacing<T extends object>(
  target: T,
  member: PropertyKey,
  replacement: unknown,
): T {
  return new Proxy(target, {
    get(inner, property) {
      if (property === member) return replacement;
      const value: unknown = Reflect.get(inner, property, inner);
      return typeof value === 'function' ? value.bind(inner) : value;
    },
  });
}

describe('cohort writes', () => {
  it('write the state change and its event together or not at all', async () => {
    // The event's write fails inside the nomination's transaction.
    const writes: ApmisWrites = {
      reads: repository.writes.reads,
      transaction: (work) =>
        repository.writes.transaction((stores) =>
          work({
            ...stores,
            cohort: replacing(stores.cohort, 'appendEvent', () =>
              Promise.reject(new Error('the disk is full')),
            ),
          }),
        ),
    };
    const failing = replacing(repository, 'writes', writes);
    const before = dumpCohort(database);
    const result = await createSubgraphTestServer(apmisService, {
      repository: failing,
    }).execute(
      MUTATIONS.nominate,
      { input: nominationOf(FRESH_NOMINAL) },
      { caller: NOMINATOR, purpose: COHORT_MANAGEMENT },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(result.errors?.[0]?.message).toBe('Internal server error');
    expect(dumpCohort(database)).toEqual(before);
  });

  it('name the changed nominal in what the owner audits for the ALTERATION', async () => {
    const server = createSubgraphTestServer(apmisService, { repository });
    const context = server.createContext({
      caller: NOMINATOR,
      purpose: COHORT_MANAGEMENT,
      requestId: 'test',
    });
    await server.apollo.executeOperation(
      {
        query: `mutation ($input: CohortNominationInput!) { nominateForCohort(input: $input) { status } }`,
        variables: { input: nominationOf(FRESH_NOMINAL) },
      },
      { contextValue: context },
    );
    expect(context.enforcement.recorder.nominalIds()).toEqual([FRESH_NOMINAL]);
  });

  it('keep the cohort event log append-only in the store itself', () => {
    expect(() =>
      database.exec('UPDATE cohort_event SET detail = detail'),
    ).toThrow(/append-only/);
    expect(() => database.exec('DELETE FROM cohort_event')).toThrow(
      /append-only/,
    );
  });
});
