import { WELL_KNOWN_NOMINAL_ID } from '@marsoc/platform';
import {
  createFixedPolicy,
  createSubgraphTestServer,
  type OperationResult,
} from '@marsoc/platform/testing';
import { type DisclosureLevel } from '@marsoc/schema';
import { openPoliceRepository } from '../repository/openPoliceRepository';
import {
  type PoliceNominalRow,
  type PoliceRepository,
} from '../repository/PoliceRepository';
import { policeService } from '../policeService';

const BY_PNC_ID =
  'query ($pncId: String!) { nominalByPncId(pncId: $pncId) { id } }';
const BY_CRO_NUMBER =
  'query ($croNumber: String!) { nominalByCroNumber(croNumber: $croNumber) { id } }';
const UNKNOWN_PNC_ID = '99/9999999Z';

let repository: PoliceRepository;
let wellKnown: PoliceNominalRow;

beforeAll(async () => {
  repository = await openPoliceRepository({
    dataDirectory: ':memory:',
    seed: 'lookup-test',
    size: 150,
  });
  const [row] = await repository.findNominalsByIds([WELL_KNOWN_NOMINAL_ID]);
  if (!row) throw new Error('NOM-00001 is not seeded');
  wellKnown = row;
});

afterAll(() => repository.close());

function lookUpPncId(
  pncId: string,
  level: DisclosureLevel = 'FULL',
): Promise<OperationResult> {
  return createSubgraphTestServer(policeService, {
    repository,
    policy: createFixedPolicy(() => level),
  }).execute(BY_PNC_ID, { pncId });
}

describe('looking a nominal up by a police identifier', () => {
  it('finds the nominal a PNC ID or CRO number belongs to', async () => {
    expect((await lookUpPncId(wellKnown.pncId)).data).toEqual({
      nominalByPncId: { id: WELL_KNOWN_NOMINAL_ID },
    });
    const byCro = await createSubgraphTestServer(policeService, {
      repository,
    }).execute(BY_CRO_NUMBER, {
      croNumber: wellKnown.croNumber,
    });
    expect(byCro.data).toEqual({
      nominalByCroNumber: { id: WELL_KNOWN_NOMINAL_ID },
    });
  });

  it('answers an identifier police do not hold with null and no error', async () => {
    const result = await lookUpPncId(UNKNOWN_PNC_ID);
    expect(result).toMatchObject({ data: { nominalByPncId: null } });
    expect(result.errors).toBeUndefined();
  });

  it('refuses the lookup with WITHHELD when the caller may not see police identity', async () => {
    const result = await lookUpPncId(wellKnown.pncId, 'WITHHELD');
    expect(result.data).toEqual({ nominalByPncId: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'WITHHELD',
          owner: 'POLICE',
          category: 'IDENTITY',
        }) as unknown,
      }),
    ]);
  });

  it('refuses the lookup when police identity is only summarised: a summary names no one', async () => {
    const result = await lookUpPncId(wellKnown.pncId, 'SUMMARY');
    expect(result.data).toEqual({ nominalByPncId: null });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'WITHHELD',
      category: 'IDENTITY',
    });
  });

  it('under NCND answers a held PNC ID exactly as an unknown one', async () => {
    const held = await lookUpPncId(wellKnown.pncId, 'NCND');
    const unknown = await lookUpPncId(UNKNOWN_PNC_ID, 'NCND');
    expect(JSON.stringify(held)).toEqual(JSON.stringify(unknown));
    expect(held.data).toEqual({ nominalByPncId: null });
  });
});
