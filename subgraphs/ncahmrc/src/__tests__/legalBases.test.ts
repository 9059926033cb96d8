import {
  createSubgraphTestServer,
  type SubgraphTestServer,
  loadRegisterRules,
} from '@marsoc/platform/testing';
import { type RequestPurpose } from '@marsoc/schema';
import { listLegalBases, loadRegister } from '@marsoc/schema/register';
import { type NcaHmrcLoaders } from '../loaders';
import { ncahmrcService } from '../ncahmrcService';
import { callerOf, openTestRepository } from './fixtures';

// The legal bases a request's owner may approve it under: the register's
// closed list (disclosureRequests.yaml), read under the register's own rule
// for request records (marsoc.yaml: marsoc-disclosure-requests).
let server: SubgraphTestServer<NcaHmrcLoaders>;
beforeAll(async () => {
  server = createSubgraphTestServer(ncahmrcService, {
    repository: await openTestRepository(),
    ...loadRegisterRules(),
  });
});
const DECIDING: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Deciding requests in the HMRC disclosure queue',
};
const LEGAL_BASES = `query ($owner: String!) {
  disclosureLegalBases(owner: $owner) {
    id owner statute provision description purposes recipients
  }
}`;

function basesOf(result: { data?: Record<string, unknown> | null }) {
  return result.data?.disclosureLegalBases as
    { id: string; statute: string; provision: string }[] | null | undefined;
}

describe('an owner’s closed list of legal bases', () => {
  it('lists HMRC’s bases in register order, CRCA 2005 s.18(2)(d) among them with its statute and provision', async () => {
    const result = await server.execute(
      LEGAL_BASES,
      { owner: 'HMRC' },
      { caller: callerOf('hmrc-disclosure-officer'), purpose: DECIDING },
    );
    expect(result.errors).toBeUndefined();
    const expected = listLegalBases(loadRegister().disclosureRequests, 'HMRC');
    expect(basesOf(result)?.map((basis) => basis.id)).toEqual(
      expected.map((basis) => basis.id),
    );
    expect(basesOf(result)).toContainEqual({
      id: 'hmrc-crca-s18-2-d',
      owner: 'HMRC',
      statute: 'CRCA 2005',
      provision: 's.18(2)(d)',
      description: expect.stringContaining('criminal investigation'),
      purposes: ['INTELLIGENCE_DEVELOPMENT'],
      recipients: null,
    });
  });

  it('lists the NCA’s own bases, never another owner’s', async () => {
    const result = await server.execute(
      LEGAL_BASES,
      { owner: 'NCA' },
      { caller: callerOf('police-analyst'), purpose: DECIDING },
    );
    expect(result.errors).toBeUndefined();
    const statutes = new Set(
      (basesOf(result) ?? []).map((basis) => basis.statute),
    );
    expect(statutes).toEqual(new Set(['Crime and Courts Act 2013']));
  });

  it('refuses an owner whose requests are not served here with BAD_USER_INPUT', async () => {
    const result = await server.execute(
      LEGAL_BASES,
      { owner: 'POLICE' },
      { caller: callerOf('hmrc-disclosure-officer'), purpose: DECIDING },
    );
    expect(basesOf(result)).toBeNull();
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it('gives a DWP officer, who reads no request, none of the list', async () => {
    const result = await server.execute(
      LEGAL_BASES,
      { owner: 'HMRC' },
      { caller: callerOf('dwp-officer'), purpose: DECIDING },
    );
    const bases = basesOf(result) ?? [];
    expect(bases.length).toBeGreaterThan(0);
    expect(
      bases.flatMap((basis) =>
        Object.values(basis).filter((value) => value !== null),
      ),
    ).toEqual([]);
    expect(
      new Set(result.errors?.map((error) => error.extensions?.code)),
    ).toEqual(new Set(['WITHHELD']));
  });
});
