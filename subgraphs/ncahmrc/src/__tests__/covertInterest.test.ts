import {
  createEntitiesQuery,
  createFixedPolicy,
  createSubgraphTestServer,
  representationsOf,
} from '@marsoc/platform/testing';
import { type NcaHmrcRepository } from '../repository/NcaHmrcRepository';
import { openTestRepository } from './fixtures';
import { ncahmrcService } from '../ncahmrcService';

let repository: NcaHmrcRepository;

beforeAll(async () => {
  repository = await openTestRepository();
});

describe('neither confirming nor denying a covert NCA interest', () => {
  const covertQuery = createEntitiesQuery(`nca {
    covertInterest { operationName interestType owningCommand recordedOn }
    deconfliction { contactBeforeAction }
  }`);
  const ncndForCovert = createFixedPolicy((marking) =>
    marking.category === 'NCA_COVERT_INTEREST' ? 'NCND' : 'FULL',
  );

  it('shows the NCA its own covert interest in NOM-00002', async () => {
    const server = createSubgraphTestServer(ncahmrcService, { repository });
    const result = await server.execute(
      covertQuery,
      representationsOf('NOM-00002'),
    );
    const [nominal] = (result.data?._entities ?? []) as {
      nca: { covertInterest: unknown } | null;
    }[];
    expect(nominal?.nca?.covertInterest).toMatchObject({
      operationName: expect.stringMatching(/^Operation /),
    });
  });

  it('answers a caller under NCND for NOM-00002 (covert) byte for byte as for NOM-00001 (none)', async () => {
    const server = createSubgraphTestServer(ncahmrcService, {
      repository,
      policy: ncndForCovert,
    });
    const covert = await server.execute(
      covertQuery,
      representationsOf('NOM-00002'),
    );
    const overtOnly = await server.execute(
      covertQuery,
      representationsOf('NOM-00001'),
    );
    expect(overtOnly.data).toEqual({
      _entities: [
        {
          nca: {
            covertInterest: null,
            deconfliction: { contactBeforeAction: true },
          },
        },
      ],
    });
    // The disclosure summary names the nominal it describes; every other byte must match.
    const normalised = JSON.stringify(covert).replaceAll(
      'NOM-00002',
      'NOM-00001',
    );
    expect(normalised).toBe(JSON.stringify(overtOnly));
  });
});
