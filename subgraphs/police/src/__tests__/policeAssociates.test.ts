import { DEFAULT_SEED, WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  countCalls,
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import { type PoliceRepository } from '../repository/PoliceRepository';
import { policeService } from '../policeService';

const STORE = { dataDirectory: ':memory:', seed: DEFAULT_SEED, size: 400 };

const NETWORK = `query Network($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Nominal {
      id
      associates {
        nominalId
        policeLinks { associate { id } linkType sourceAgency since reportReference groupReference }
      }
    }
  }
}`;

let repository: PoliceRepository;
beforeAll(async () => {
  repository = await openPoliceRepository(STORE);
});
afterAll(() => repository.close());

// The links' reads themselves are tested on both dialects in policeStore.test.ts.
describe('police associate links through the subgraph', () => {
  it("serves NOM-00001's network through _entities, and null for a nominal police do not hold", async () => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
    }).execute(NETWORK, representationsOf(WELL_KNOWN_NOMINAL_ID, 'NOM-99999'));
    expect(result.errors).toBeUndefined();
    const [known, unknown] = result.data?._entities as {
      associates: { nominalId: string; policeLinks: unknown[] } | null;
    }[];
    expect(known?.associates?.nominalId).toBe(WELL_KNOWN_NOMINAL_ID);
    expect(known?.associates?.policeLinks.length).toBeGreaterThan(4);
    expect(unknown?.associates).toBeNull();
  });

  it('under NCND answers links as none at all', async () => {
    const result = await createSubgraphTestServer(policeService, {
      repository,
      policy: createFixedPolicy((marking) =>
        marking.category === 'ASSOCIATES' ? 'NCND' : 'FULL',
      ),
    }).execute(NETWORK, representationsOf(WELL_KNOWN_NOMINAL_ID));
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities).toEqual([
      {
        id: WELL_KNOWN_NOMINAL_ID,
        associates: { nominalId: WELL_KNOWN_NOMINAL_ID, policeLinks: [] },
      },
    ]);
  });

  it('refuses a third hop with BAD_USER_INPUT', async () => {
    const hop = (inner: string) =>
      `associates { policeLinks { associate { ${inner} } } }`;
    const query = `query Deep($representations: [_Any!]!) {
      _entities(representations: $representations) {
        ... on Nominal { ${hop(hop('associates { nominalId }'))} }
      }
    }`;
    const result = await createSubgraphTestServer(policeService, {
      repository,
    }).execute(query, representationsOf(WELL_KNOWN_NOMINAL_ID));
    expect(result.errors?.length).toBeGreaterThan(0);
    expect(
      new Set(result.errors?.map((error) => error.extensions?.code)),
    ).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('reads the links of many nominals with one repository call', async () => {
    const { counted, calls } = countCalls(repository);
    const ids = ['NOM-00001', 'NOM-00002', 'NOM-00003', 'NOM-00004'];
    const result = await createSubgraphTestServer(policeService, {
      repository: counted,
    }).execute(NETWORK, representationsOf(...ids));
    expect(result.errors).toBeUndefined();
    expect(calls.get('findAssociateLinksByNominalIds')).toBe(1);
  });
});
