import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { type DecisionTable, type PolicyEngine } from '@marsoc/schema';
import { type HmppsRepository } from '../repository/HmppsRepository';
import { ENTITIES_QUERY, findNominal, openTestRepository } from './fixtures';
import { hmppsService } from '../hmppsService';

const UNKNOWN_ID = 'NOM-99999';

describe('the HMPPS subgraph', () => {
  let repository: HmppsRepository;

  beforeAll(async () => {
    repository = await openTestRepository();
  });

  afterAll(() => repository.close());

  it("returns NOM-00001's prison and probation picture through _entities", async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(WELL_KNOWN_NOMINAL_ID));
    expect(result.errors).toBeUndefined();
    const [nominal] = result.data?._entities as Record<
      string,
      Record<string, unknown>
    >[];
    expect(nominal?.custody).toMatchObject({
      status: 'IN_CUSTODY',
      establishment: 'HMP Altcourse',
      securityCategory: 'CATEGORY_B',
      earliestReleaseDate: '2027-05-12',
      sentence: {
        offence: 'Conspiracy to supply a controlled drug of Class A (cocaine)',
        lengthInMonths: 150,
      },
    });
    expect(nominal?.custody?.movements).toContainEqual(
      expect.objectContaining({
        reason: 'TRANSFER',
        toLocation: 'HMP Altcourse',
      }),
    );
    expect(nominal?.custody?.seizures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ itemType: 'MOBILE_PHONE' }),
        expect.objectContaining({ itemType: 'DRONE' }),
      ]),
    );
    expect(nominal?.custody?.adjudications).toHaveLength(1);
    expect(nominal?.custody?.phoneContacts).toContainEqual(
      expect.objectContaining({ phoneNumber: '07700 900101', approved: true }),
    );
    expect(nominal?.probation).toMatchObject({
      status: 'PRE_RELEASE',
      offenderManager: 'Harriet Quillfeather',
      risk: {
        mappaLevel: 2,
        mappaCategory: 2,
        roshLevel: 'HIGH',
        assessedOn: '2023-12-18',
      },
    });
  });

  it('answers an unknown nominal with nulls, not errors', async () => {
    const result = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(UNKNOWN_ID));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      { custody: null, probation: null },
    ]);
  });

  it('answers a nominal under no supervision exactly as an unknown one', async () => {
    const unsupervised = findNominal(
      (nominal) => nominal.supervision === 'NONE',
    );
    const server = createSubgraphTestServer(hmppsService, { repository });
    const held = await server.execute(
      ENTITIES_QUERY,
      representationsOf(unsupervised.id),
    );
    expect(held.data).toEqual({
      _entities: [{ custody: null, probation: null }],
    });
    expect(held.errors).toBeUndefined();
  });

  it('withholds custody and probation with WITHHELD errors naming HMPPS and the category', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'WITHHELD'),
    });
    const result = await server.execute(
      ENTITIES_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    expect(result.data?._entities).toEqual([
      { custody: null, probation: null },
    ]);
    const extensions = (result.errors ?? []).map((error) => error.extensions);
    expect(extensions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'HMPPS',
          category: 'CUSTODY',
        }),
        expect.objectContaining({
          code: 'WITHHELD',
          owner: 'HMPPS',
          category: 'PROBATION',
        }),
      ]),
    );
    expect(JSON.stringify(result)).not.toContain('Altcourse');
  });

  it('answers NCND for a held nominal exactly as it answers for an unknown one', async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: createFixedPolicy(() => 'NCND'),
    });
    const held = await server.execute(
      ENTITIES_QUERY,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    const unknown = await server.execute(
      ENTITIES_QUERY,
      representationsOf(UNKNOWN_ID),
    );
    expect(JSON.stringify(held)).toBe(JSON.stringify(unknown));
    const unknownWithFullAccess = await createSubgraphTestServer(hmppsService, {
      repository,
    }).execute(ENTITIES_QUERY, representationsOf(UNKNOWN_ID));
    expect(JSON.stringify({ data: held.data, errors: held.errors })).toBe(
      JSON.stringify({
        data: unknownWithFullAccess.data,
        errors: unknownWithFullAccess.errors,
      }),
    );
  });

  it("drops a Counter-Corruption find the caller's record checks refuse, without a gap or an error (seed 000 E470)", async () => {
    const server = createSubgraphTestServer(hmppsService, {
      repository,
      policy: refusingHandlingCodeC(createFixedPolicy()),
    });
    const result = await server.execute(
      `query Finds($representations: [_Any!]!) {
      _entities(representations: $representations) { ... on Nominal { custody { seizures { itemType } } } }
    }`,
      representationsOf(WELL_KNOWN_NOMINAL_ID),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        custody: {
          seizures: [{ itemType: 'MOBILE_PHONE' }, { itemType: 'DRONE' }],
        },
      },
    ]);
  });
});

/** A policy whose per-record check refuses handling code C records (NCND), as an unconsented recipient's would. */
function refusingHandlingCodeC(policy: PolicyEngine): PolicyEngine {
  return {
    ...policy,
    precompute(caller, purpose, markings): DecisionTable {
      const table = policy.precompute(caller, purpose, markings);
      return {
        ...table,
        field: (index) => table.field(index),
        record: (question) =>
          question.record?.handling === 'C'
            ? { ...question.field, level: 'NCND', reason: 'HANDLING_CONDITION' }
            : question.field,
      };
    },
  };
}
