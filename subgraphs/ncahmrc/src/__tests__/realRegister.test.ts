import { type RequestPurpose } from '@marsoc/schema';
import { callerOf, openTestRepository } from './fixtures';
import {
  createEntitiesQuery,
  createSubgraphTestServer,
  type SubgraphTestServer,
  loadRegisterRules,
  representationsOf,
} from '@marsoc/platform/testing';
import { type NcaHmrcLoaders } from '../loaders';
import { ncahmrcService } from '../ncahmrcService';

// The real register and engine, so the NCND promise is checked against the
// rules as written (nca.yaml: nca-covert-interest-ncnd), not a stand-in.
let server: SubgraphTestServer<NcaHmrcLoaders>;
beforeAll(async () => {
  server = createSubgraphTestServer(ncahmrcService, {
    repository: await openTestRepository(),
    ...loadRegisterRules(),
  });
});
const PURPOSE: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Preparing a MARSOC Subject Profile',
};
const COVERT_QUERY = createEntitiesQuery(`nca {
  covertInterest { operationName interestType owningCommand recordedOn }
  deconfliction { contactBeforeAction }
}
ncaDeconfliction { contactBeforeAction }`);

describe('the NCA covert interest under the real register', () => {
  it.each(['police-analyst', 'prison-intel', 'hmrc-investigator'])(
    'gives a %s the same response for NOM-00002 (covert) as for NOM-00001 (none)',
    async (handle) => {
      const caller = callerOf(handle);
      const covert = await server.execute(
        COVERT_QUERY,
        representationsOf('NOM-00002'),
        { caller, purpose: PURPOSE },
      );
      const overtOnly = await server.execute(
        COVERT_QUERY,
        representationsOf('NOM-00001'),
        { caller, purpose: PURPOSE },
      );
      const normalised = JSON.stringify(covert).replaceAll(
        'NOM-00002',
        'NOM-00001',
      );
      expect(normalised).toBe(JSON.stringify(overtOnly));
      expect(JSON.stringify(covert)).not.toMatch(/Operation|COVERT/);
    },
  );

  it('tells a police analyst to contact the NCA before acting on either nominal, never why (seed 000 E470)', async () => {
    const query = createEntitiesQuery(
      'ncaDeconfliction { contactBeforeAction route }',
    );
    const caller = callerOf('police-analyst');
    const result = await server.execute(
      query,
      representationsOf('NOM-00001', 'NOM-00002'),
      { caller, purpose: PURPOSE },
    );
    expect(result.errors).toBeUndefined();
    const flags = (result.data?._entities ?? []) as {
      ncaDeconfliction: unknown;
    }[];
    expect(flags).toHaveLength(2);
    expect(flags[0]).toEqual(flags[1]);
    expect(flags[0]?.ncaDeconfliction).toMatchObject({
      contactBeforeAction: true,
    });
  });

  it('shows the NCA officer the covert interest the NCA holds', async () => {
    const result = await server.execute(
      COVERT_QUERY,
      representationsOf('NOM-00002'),
      { caller: callerOf('nca-officer'), purpose: PURPOSE },
    );
    const [nominal] = (result.data?._entities ?? []) as {
      nca: { covertInterest: unknown } | null;
    }[];
    expect(nominal?.nca?.covertInterest).toMatchObject({
      operationName: expect.stringMatching(/^Operation /),
    });
  });
});
