import {
  type AuditRecordInput,
  createOwnerAuditPlugin,
  createSilentLogger,
  loadPersonas,
} from '@marsoc/platform';
import { createRecordingSink } from '@marsoc/platform/testing';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { loadRegister } from '@marsoc/schema/register';
import { createCombinationAuditPlugin } from '@marsoc/gateway';
import {
  createInProcessSupergraph,
  type GatewayResult,
  type InProcessSupergraph,
} from './helpers/inProcessSupergraph';
import {
  EAST_MIDLANDS_ANALYST,
  NCA_DISCLOSURE_OFFICER,
} from './helpers/personas';

// Case-specific disclosures ("Dare to Share", seed 000 E629;
// docs/policy-model.md#case-specific-disclosures), through the real gateway, the four
// real subgraphs and the real register.

const personas = loadPersonas();
function callerOf(handle: string): Caller {
  const persona = personas.get(handle);
  if (!persona) throw new Error(`no persona ${handle}`);
  return persona.caller;
}
const HMRC_DISCLOSURE_OFFICER = callerOf('hmrc-disclosure-officer');
const POLICE_ANALYST = callerOf('police-analyst');

const INTELLIGENCE: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Subject profile for the regional tasking meeting',
};
const STAFF_SAFETY: RequestPurpose = {
  purpose: 'STAFF_SAFETY',
  justification: 'Risk check before a planned arrest',
};
const DISCLOSING: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Case-specific disclosure to the NWROCU for Operation Madeup',
};

const START = new Date('2026-03-02T09:00:00.000Z');
const DAY = 86_400_000;
const inDays = (days: number): string =>
  new Date(START.getTime() + days * DAY).toISOString();

const TAX_PICTURE = `query Tax($id: ID!) {
  nominal(id: $id) {
    id
    hmrc {
      taxReference
      selfAssessments { taxYear declaredIncome taxDue }
      directorships { companyName }
    }
  }
}`;
const RECORD = `mutation Grant($input: NcaHmrcDisclosureGrantInput!) {
  recordDisclosureGrant(input: $input) { id nominalId category expiresAt }
}`;
const RECORD_SCOPED = `mutation Grant($input: NcaHmrcDisclosureGrantInput!) {
  recordDisclosureGrant(input: $input) { id regions units }
}`;
const REVOKE = `mutation Revoke($id: ID!, $reason: String!) {
  revokeDisclosureGrant(id: $id, reason: $reason) { id revokedAt }
}`;
const LIST = `query Grants($nominalId: ID!) {
  disclosureGrants(nominalId: $nominalId) { id revokedAt }
}`;

/** HMRC's grant of NOM-00001's tax to the police, for intelligence development. */
function taxGrant(changes: Record<string, unknown> = {}) {
  return {
    owner: 'HMRC',
    nominalId: 'NOM-00001',
    category: 'TAX',
    recipient: 'POLICE',
    purpose: 'INTELLIGENCE_DEVELOPMENT',
    legalBasis:
      'CRCA 2005 s.18(2)(d) (criminal investigation by the NWROCU into Operation Madeup)',
    expiresAt: inDays(30),
    ...changes,
  };
}

interface TaxPicture {
  hmrc: {
    taxReference: string | null;
    selfAssessments: unknown[] | null;
    directorships: unknown[] | null;
  } | null;
}

function pictureOf(result: GatewayResult): TaxPicture {
  return (result.data as { nominal: TaxPicture }).nominal;
}

function withheldOf(result: GatewayResult) {
  return (result.errors ?? []).map((error) => error.extensions);
}

const HELD_AS_TAX = expect.objectContaining({
  code: 'WITHHELD',
  owner: 'HMRC',
  category: 'TAX',
  held: true,
  reason: 'AGREEMENT_NOT_SIGNED',
});

describe('case-specific disclosures through the whole system (seed 000 E629 "Dare to Share")', () => {
  let system: InProcessSupergraph;
  let now: Date;
  const gatewaySink = createRecordingSink();
  const ownerSink = createRecordingSink();
  const gatewayRecords = gatewaySink.records;
  const ownerRecords = ownerSink.records;
  beforeAll(async () => {
    const log = createSilentLogger();
    const registerVersion = loadRegister().version;
    system = await createInProcessSupergraph({
      clock: () => now,
      gatewayPlugins: [
        createCombinationAuditPlugin(gatewaySink, registerVersion, log),
      ],
      subgraphPlugins: [
        createOwnerAuditPlugin({
          sink: ownerSink,
          service: 'owners',
          registerVersion,
          log,
        }),
      ],
    });
  }, 120_000);
  afterAll(() => system.stop());
  beforeEach(() => {
    now = START;
    gatewayRecords.length = 0;
    ownerRecords.length = 0;
  });
  // Every test starts with no grant in effect: revoke whatever one left behind.
  afterEach(async () => {
    now = START;
    for (const nominalId of ['NOM-00001', 'NOM-00004', 'NOM-00005']) {
      const listed = await asDisclosureOfficer(LIST, { nominalId });
      const grants = (listed.data?.disclosureGrants ?? []) as {
        id: string;
        revokedAt: string | null;
      }[];
      for (const grant of grants.filter((each) => each.revokedAt === null)) {
        await asDisclosureOfficer(REVOKE, {
          id: grant.id,
          reason: 'Test over',
        });
      }
    }
  });

  const asDisclosureOfficer = (
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GatewayResult> =>
    system.query(HMRC_DISCLOSURE_OFFICER, DISCLOSING, query, variables);
  const recordGrant = async (
    input: Record<string, unknown>,
  ): Promise<string> => {
    const result = await asDisclosureOfficer(RECORD, { input });
    expect(result.errors).toBeUndefined();
    return (result.data?.recordDisclosureGrant as { id: string }).id;
  };
  const policeTaxQuery = (
    nominalId = 'NOM-00001',
    purpose = INTELLIGENCE,
  ): Promise<GatewayResult> =>
    system.query(POLICE_ANALYST, purpose, TAX_PICTURE, { id: nominalId });

  it('shows a police analyst HMRC tax records only as held while the ISA is draft (seed 000 E603)', async () => {
    const result = await policeTaxQuery();
    expect(pictureOf(result).hmrc).toBeNull();
    expect(withheldOf(result)).toEqual([HELD_AS_TAX]);
  });

  it('releases NOM-00001 tax in full to the police once HMRC grants it under CRCA 2005 s.18(2)(d), and keeps assets held', async () => {
    await recordGrant(taxGrant());
    const result = await policeTaxQuery();
    const hmrc = pictureOf(result).hmrc;
    expect(hmrc?.taxReference).toEqual(expect.any(String));
    expect(hmrc?.selfAssessments?.length).toBeGreaterThan(0);
    expect(hmrc?.selfAssessments?.[0]).toEqual({
      taxYear: expect.any(String),
      declaredIncome: expect.any(Number),
      taxDue: expect.any(Number),
    });
    expect(hmrc?.directorships).toBeNull();
    expect(withheldOf(result)).toEqual([
      expect.objectContaining({
        code: 'WITHHELD',
        owner: 'HMRC',
        category: 'ASSETS',
        held: true,
      }),
    ]);
  });

  it('reports the grant in the disclosure summary: TAX released, ASSETS held', async () => {
    await recordGrant(taxGrant());
    const result = await policeTaxQuery();
    const disclosure = result.extensions?.disclosure as {
      nominals: {
        nominalId: string;
        agencies: { owner: string; released: string[]; held: string[] }[];
      }[];
    };
    const hmrc = disclosure.nominals
      .find((entry) => entry.nominalId === 'NOM-00001')
      ?.agencies.find((agency) => agency.owner === 'HMRC');
    expect(hmrc?.released).toEqual(['TAX']);
    expect(hmrc?.held).toEqual(['ASSETS']);
  });

  it('gives nothing from that grant to another purpose or another nominal', async () => {
    await recordGrant(taxGrant());
    expect(pictureOf(await policeTaxQuery()).hmrc).not.toBeNull();
    const otherPurpose = await policeTaxQuery('NOM-00001', STAFF_SAFETY);
    expect(pictureOf(otherPurpose).hmrc).toBeNull();
    // "Held" rests on CRCA 2005 s.18(2)(d), for criminal investigation only:
    // for staff safety HMRC tax is withheld with no held flag (issue 16 point 2).
    expect(withheldOf(otherPurpose)).toEqual([
      expect.objectContaining({
        code: 'WITHHELD',
        owner: 'HMRC',
        category: 'TAX',
        reason: 'PURPOSE_NOT_PERMITTED',
      }),
    ]);
    expect(withheldOf(otherPurpose)[0]).not.toHaveProperty('held');
    const otherNominal = await policeTaxQuery('NOM-00004');
    expect(pictureOf(otherNominal).hmrc).toBeNull();
    expect(withheldOf(otherNominal)).toEqual([HELD_AS_TAX]);
  });

  it('stops a grant at once when it is revoked', async () => {
    const id = await recordGrant(taxGrant());
    expect(pictureOf(await policeTaxQuery()).hmrc).not.toBeNull();
    const revoked = await asDisclosureOfficer(REVOKE, {
      id,
      reason: 'Investigation closed; disclosure no longer necessary',
    });
    expect(revoked.errors).toBeUndefined();
    const result = await policeTaxQuery();
    expect(pictureOf(result).hmrc).toBeNull();
    expect(withheldOf(result)).toEqual([HELD_AS_TAX]);
  });

  it('stops a grant at once when it expires', async () => {
    await recordGrant(taxGrant({ expiresAt: inDays(1) }));
    expect(pictureOf(await policeTaxQuery()).hmrc).not.toBeNull();
    now = new Date(Date.parse(inDays(1)) + 1);
    const result = await policeTaxQuery();
    expect(pictureOf(result).hmrc).toBeNull();
    expect(withheldOf(result)).toEqual([HELD_AS_TAX]);
  });

  describe('refusing a bad grant with a clear error and storing nothing', () => {
    it.each<[string, Caller, Record<string, unknown>, string, RegExp]>([
      [
        'an unknown nominal',
        HMRC_DISCLOSURE_OFFICER,
        { nominalId: 'NOM-00002' },
        'BAD_USER_INPUT',
        /HMRC holds no record of nominal NOM-00002/,
      ],
      [
        'a category HMRC does not own',
        HMRC_DISCLOSURE_OFFICER,
        { nominalId: 'NOM-00005', category: 'NCA_INTEREST' },
        'BAD_USER_INPUT',
        /category NCA_INTEREST is not owned by HMRC/,
      ],
      [
        'an expiry in the past',
        HMRC_DISCLOSURE_OFFICER,
        { nominalId: 'NOM-00005', expiresAt: inDays(-1) },
        'BAD_USER_INPUT',
        /expiresAt must be in the future/,
      ],
      [
        'a blank legal basis',
        HMRC_DISCLOSURE_OFFICER,
        { nominalId: 'NOM-00005', legalBasis: '  ' },
        'BAD_USER_INPUT',
        /legalBasis is required/,
      ],
      [
        'an HMRC legal basis without a CRCA 2005 s.18(2) paragraph',
        HMRC_DISCLOSURE_OFFICER,
        {
          nominalId: 'NOM-00005',
          legalBasis: 'CRCA 2005 s.18 (public interest)',
        },
        'BAD_USER_INPUT',
        /CRCA 2005 s\.18\(2\) paragraph, \(a\) to \(h\)/,
      ],
      [
        'a police analyst as the caller',
        POLICE_ANALYST,
        { nominalId: 'NOM-00005' },
        'FORBIDDEN',
        /disclosure officer/,
      ],
      [
        'an NCA officer as the caller',
        callerOf('nca-officer'),
        { nominalId: 'NOM-00005' },
        'FORBIDDEN',
        /disclosure officer/,
      ],
    ])('refuses %s', async (_case, caller, changes, code, problem) => {
      const input = taxGrant(changes);
      const result = await system.query(caller, DISCLOSING, RECORD, { input });
      expect(result.data?.recordDisclosureGrant ?? null).toBeNull();
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(problem),
          extensions: expect.objectContaining({ code }),
        }),
      ]);
      const listed = await asDisclosureOfficer(LIST, {
        nominalId: input.nominalId,
      });
      expect(listed.errors).toBeUndefined();
      expect(listed.data?.disclosureGrants).toEqual([]);
    });

    it('refuses a grant with no legal basis at all before it reaches HMRC', async () => {
      const { legalBasis: _omitted, ...input } = taxGrant({
        nominalId: 'NOM-00005',
      });
      const result = await asDisclosureOfficer(RECORD, { input });
      expect(result.data?.recordDisclosureGrant ?? null).toBeNull();
      expect(result.errors?.[0]?.message).toMatch(/legalBasis/);
      const listed = await asDisclosureOfficer(LIST, {
        nominalId: 'NOM-00005',
      });
      expect(listed.data?.disclosureGrants).toEqual([]);
    });
  });

  it('lists grants only to HMRC disclosure officers: a police analyst is refused', async () => {
    await recordGrant(taxGrant());
    const result = await system.query(POLICE_ANALYST, INTELLIGENCE, LIST, {
      nominalId: 'NOM-00001',
    });
    expect(result.data?.disclosureGrants ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  describe('grants scoped to regions or units of the recipient agency', () => {
    it('opens NOM-00001 tax to a North West police analyst and not to an East Midlands one under a North West grant', async () => {
      await recordGrant(taxGrant({ regions: ['NORTH_WEST'] }));
      const northWest = await policeTaxQuery();
      expect(pictureOf(northWest).hmrc?.taxReference).toEqual(
        expect.any(String),
      );
      const eastMidlands = await system.query(
        EAST_MIDLANDS_ANALYST,
        INTELLIGENCE,
        TAX_PICTURE,
        { id: 'NOM-00001' },
      );
      expect(pictureOf(eastMidlands).hmrc).toBeNull();
      expect(withheldOf(eastMidlands)).toEqual([HELD_AS_TAX]);
    });

    it("scopes a grant given without regions to the disclosure officer's own (North West)", async () => {
      const result = await asDisclosureOfficer(RECORD_SCOPED, {
        input: taxGrant(),
      });
      expect(result.data?.recordDisclosureGrant).toMatchObject({
        regions: HMRC_DISCLOSURE_OFFICER.regions,
        units: null,
      });
      const eastMidlands = await system.query(
        EAST_MIDLANDS_ANALYST,
        INTELLIGENCE,
        TAX_PICTURE,
        { id: 'NOM-00001' },
      );
      expect(pictureOf(eastMidlands).hmrc).toBeNull();
    });

    it('opens a unit-scoped grant only to that unit', async () => {
      await recordGrant(
        taxGrant({
          regions: ['NORTH_WEST', 'EAST_MIDLANDS'],
          units: ['EMSOU'],
        }),
      );
      const eastMidlands = await system.query(
        EAST_MIDLANDS_ANALYST,
        INTELLIGENCE,
        TAX_PICTURE,
        { id: 'NOM-00001' },
      );
      expect(pictureOf(eastMidlands).hmrc?.taxReference).toEqual(
        expect.any(String),
      );
      expect(pictureOf(await policeTaxQuery()).hmrc).toBeNull();
    });

    it('refuses an unknown region with BAD_USER_INPUT and stores nothing', async () => {
      const before = await asDisclosureOfficer(LIST, {
        nominalId: 'NOM-00001',
      });
      const result = await asDisclosureOfficer(RECORD, {
        input: taxGrant({ regions: ['NORTH_WEST', 'MERCIA'] }),
      });
      expect(result.errors).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/regions "MERCIA" is not a region/),
          extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
        }),
      ]);
      const after = await asDisclosureOfficer(LIST, {
        nominalId: 'NOM-00001',
      });
      expect(after.data?.disclosureGrants).toEqual(
        before.data?.disclosureGrants,
      );
    });
  });

  it('refuses a grant of the NCND NCA covert interest with BAD_USER_INPUT, the same for every nominal', async () => {
    const covert = (nominalId: string) =>
      system.query(NCA_DISCLOSURE_OFFICER, DISCLOSING, RECORD, {
        input: taxGrant({
          owner: 'NCA',
          nominalId,
          category: 'NCA_COVERT_INTEREST',
          legalBasis: 'Crime and Courts Act 2013 s.7(4)',
        }),
      });
    const hidden = await covert('NOM-00002');
    const none = await covert('NOM-00001');
    expect(hidden.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(
          /category NCA_COVERT_INTEREST is neither confirm nor deny \(NCND\)/,
        ),
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      }),
    ]);
    expect(JSON.stringify(none).split('NOM-00001').join('X')).toBe(
      JSON.stringify(hidden).split('NOM-00002').join('X'),
    );
    for (const nominalId of ['NOM-00001', 'NOM-00002']) {
      const listed = await system.query(
        NCA_DISCLOSURE_OFFICER,
        DISCLOSING,
        LIST,
        { nominalId },
      );
      expect(listed.data?.disclosureGrants).toEqual([]);
    }
  });

  describe('audit outcomes (DPA 2018 s.62)', () => {
    const outcomesOf = (records: AuditRecordInput[]) =>
      records.map((record) => record.outcome);
    /** The NCA/HMRC subgraph's own records: those about HMRC or NCA data only. */
    const ncaHmrcOutcomes = () =>
      outcomesOf(
        ownerRecords.filter(
          (record) =>
            record.disclosures.length > 0 &&
            record.disclosures.every(
              (entry) => entry.owner === 'HMRC' || entry.owner === 'NCA',
            ),
        ),
      );

    it('records a grant refused by its authorisation as DENIED at the gateway and the owner', async () => {
      await system.query(POLICE_ANALYST, DISCLOSING, RECORD, {
        input: taxGrant(),
      });
      expect(outcomesOf(gatewayRecords)).toEqual(['DENIED']);
      // Only the NCA/HMRC subgraph serves the grant operations.
      expect(outcomesOf(ownerRecords)).toEqual(['DENIED']);
    });

    it('records a refused listing of grants as DENIED', async () => {
      await system.query(POLICE_ANALYST, INTELLIGENCE, LIST, {
        nominalId: 'NOM-00001',
      });
      expect(outcomesOf(gatewayRecords)).toEqual(['DENIED']);
      // Only the NCA/HMRC subgraph serves the grant operations.
      expect(outcomesOf(ownerRecords)).toEqual(['DENIED']);
    });

    it("records HMRC's answer to a DWP officer, whose tax is wholly withheld, as DENIED, and the gateway's as PARTIAL (the nominal's identity was released)", async () => {
      const result = await system.query(
        callerOf('dwp-officer'),
        INTELLIGENCE,
        `query DwpTax($id: ID!) { nominal(id: $id) { id hmrc { taxReference } } }`,
        { id: 'NOM-00001' },
      );
      expect(withheldOf(result)).toEqual([
        expect.objectContaining({ code: 'WITHHELD', category: 'TAX' }),
      ]);
      expect(ncaHmrcOutcomes()).toEqual(['DENIED']);
      expect(outcomesOf(gatewayRecords)).toEqual(['PARTIAL']);
    });

    it('keeps PARTIAL for a mix: tax released under a grant, assets held', async () => {
      await recordGrant(taxGrant());
      gatewayRecords.length = 0;
      ownerRecords.length = 0;
      await policeTaxQuery();
      expect(outcomesOf(gatewayRecords)).toEqual(['PARTIAL']);
      expect(ncaHmrcOutcomes()).toEqual(['PARTIAL']);
    });

    it('gives the same outcomes for a hidden covert interest as for none (NCND reads as absence)', async () => {
      const grantIds: string[] = [];
      for (const nominalId of ['NOM-00001', 'NOM-00002']) {
        const recorded = await system.query(
          NCA_DISCLOSURE_OFFICER,
          DISCLOSING,
          RECORD,
          {
            input: taxGrant({
              owner: 'NCA',
              nominalId,
              category: 'NCA_INTEREST',
              legalBasis: 'Crime and Courts Act 2013 s.7(4)',
            }),
          },
        );
        expect(recorded.errors).toBeUndefined();
        grantIds.push(
          (recorded.data?.recordDisclosureGrant as { id: string }).id,
        );
      }
      const covertQuery = `query Covert($id: ID!) {
        nominal(id: $id) { id nca { covertInterest { operationName } } }
      }`;
      const outcomesFor = async (id: string) => {
        gatewayRecords.length = 0;
        ownerRecords.length = 0;
        const result = await system.query(
          POLICE_ANALYST,
          INTELLIGENCE,
          covertQuery,
          {
            id,
          },
        );
        return {
          result: JSON.stringify(result).split(id).join('X'),
          gateway: outcomesOf(gatewayRecords),
          owners: outcomesOf(ownerRecords).sort(),
          // The owner's own record keeps the suppression (as withheld).
          suppressed: ownerRecords.some((record) =>
            record.disclosures.some(
              (entry) =>
                entry.category === 'NCA_COVERT_INTEREST' &&
                entry.withheld.length > 0,
            ),
          ),
        };
      };
      try {
        const hidden = await outcomesFor('NOM-00002');
        const none = await outcomesFor('NOM-00001');
        expect(hidden.suppressed).toBe(true);
        expect(hidden).toEqual(none);
        expect(hidden.gateway).toEqual(['SUCCESS']);
      } finally {
        for (const id of grantIds) {
          await system.query(NCA_DISCLOSURE_OFFICER, DISCLOSING, REVOKE, {
            id,
            reason: 'Test over',
          });
        }
      }
    });
  });
});
