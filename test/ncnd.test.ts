import { type DisclosureGrant, Region } from '@marsoc/schema';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import { callerOf, purposeOf } from './helpers/personas';

// NCA covert interest is NCND to everyone outside the NCA
// (docs/policy-model.md#neither-confirm-nor-deny;
// seed 000 E565: "voluntary disclosure ... could be a risk to covert activity").
// NOM-00002 has a covert-interest record; NOM-00001 has none. To reach the
// covert field at all, a police analyst is given an NCA case-specific grant for
// NCA_INTEREST on both nominals; the covert category stays NCND regardless.

const COVERT = `query Covert($id: ID!) {
  nominal(id: $id) {
    id
    nca {
      covertInterest { operationName interestType owningCommand recordedOn }
    }
  }
}`;

function ncaInterestGrant(nominalId: string): DisclosureGrant {
  return {
    id: `grant-${nominalId}`,
    owner: 'NCA',
    nominalId,
    category: 'NCA_INTEREST',
    recipient: 'POLICE',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legalBasis:
      'Crime and Courts Act 2013 s.7(4): disclosure for a permitted purpose',
    grantedBy: 'test-nca-disclosure-officer',
    grantedAt: '2026-01-01T00:00:00.000Z',
    expiresAt: '2099-01-01T00:00:00.000Z',
    revokedAt: null,
  };
}

/** The whole response as bytes, with the one id that must differ made the same. */
function asBytesFor(result: GatewayResult, nominalId: string): string {
  return JSON.stringify(result).split(nominalId).join('NOMINAL');
}

describe('neither confirm nor deny (NCND) through the gateway', () => {
  let system: InProcessSupergraph;
  const purpose = purposeOf('INTELLIGENCE_DEVELOPMENT');

  beforeAll(async () => {
    system = await createInProcessSupergraph({
      // Read as a store on the Kysely path reads them: through a promise.
      findGrants: {
        ncahmrc: (ids) => Promise.resolve(ids.map(ncaInterestGrant)),
      },
    });
  }, 120_000);
  afterAll(() => system.stop());

  it('shows the NCA its covert interest in NOM-00002, so the record is there to hide', async () => {
    const result = await system.query(
      callerOf('nca-officer'),
      purpose,
      COVERT,
      { id: 'NOM-00002' },
    );
    const nca = (
      result.data as { nominal: { nca: { covertInterest: unknown } } }
    ).nominal.nca;
    expect(nca.covertInterest).toMatchObject({
      operationName: expect.any(String),
    });
  });

  it('answers a police analyst about a hidden covert interest byte for byte as about none at all', async () => {
    const police = callerOf('police-analyst');
    const hidden = await system.query(police, purpose, COVERT, {
      id: 'NOM-00002',
    });
    const absent = await system.query(police, purpose, COVERT, {
      id: 'NOM-00001',
    });
    expect((absent.data as { nominal: { nca: unknown } }).nominal.nca).toEqual({
      covertInterest: null,
    });
    expect(asBytesFor(hidden, 'NOM-00002')).toBe(
      asBytesFor(absent, 'NOM-00001'),
    );
  });

  it('never names the covert category, its rule or a count of hidden records in errors or extensions', async () => {
    const hidden = await system.query(
      callerOf('police-analyst'),
      purpose,
      COVERT,
      { id: 'NOM-00002' },
    );
    const bytes = JSON.stringify(hidden);
    expect(bytes).not.toMatch(/COVERT|covert-interest-ncnd|NCND/);
    expect(hidden.errors).toBeUndefined();
  });

  it('answers every non-NCA persona identically for both nominals', async () => {
    for (const persona of [
      'prison-intel',
      'hmrc-investigator',
      'regional-lead',
      'dwp-officer',
      'low-clearance',
    ]) {
      // DWP sees only nominals put to a forum in its own regions (issue 16
      // point 4, test/dwpRegion.test.ts); here it covers every region, so that
      // both nominals are its to see and only the covert interest could tell
      // them apart.
      const caller =
        persona === 'dwp-officer'
          ? { ...callerOf(persona), regions: [...Region.values] }
          : callerOf(persona);
      const hidden = await system.query(caller, purpose, COVERT, {
        id: 'NOM-00002',
      });
      const absent = await system.query(caller, purpose, COVERT, {
        id: 'NOM-00001',
      });
      expect({ persona, bytes: asBytesFor(hidden, 'NOM-00002') }).toEqual({
        persona,
        bytes: asBytesFor(absent, 'NOM-00001'),
      });
    }
  });
});
