import { createRecordingSink } from '@marsoc/platform/testing';
import { type Caller, type RequestPurpose } from '@marsoc/schema';
import {
  actAs,
  codesOf,
  createRequestSystem,
  findNominals,
  requestOf,
} from './helpers/disclosureRequestOperations';
import { type InProcessSupergraph } from './helpers/inProcessSupergraph';
import {
  callerOf,
  NCA_DISCLOSURE_OFFICER,
  purposeOf,
} from './helpers/personas';

// What a request may not be raised for, and how the refusal reads
// (docs/policy-model.md#disclosure-requests; docs/policy-model.md#neither-confirm-nor-deny).

const POLICE_ANALYST = callerOf('police-analyst');
const INTELLIGENCE = purposeOf(
  'INTELLIGENCE_DEVELOPMENT',
  'Subject profile for the NWROCU tasking meeting',
);

describe('refusing disclosure requests, NCND indistinguishable from absence (issue 12 point 3)', () => {
  let system: InProcessSupergraph;
  const now = new Date('2026-05-04T09:00:00.000Z');
  const ownerSink = createRecordingSink();
  const ownerRecords = ownerSink.records;
  let nominals: Awaited<ReturnType<typeof findNominals>>;
  let covert: string[];
  let ncaOvert: string[];
  let notNca: string[];
  beforeAll(async () => {
    nominals = await findNominals();
    covert = nominals.held('NCA', 'NCA_COVERT_INTEREST');
    ncaOvert = nominals
      .held('NCA', 'NCA_INTEREST')
      .filter((id) => !covert.includes(id));
    notNca = nominals.notHeld('NCA', 'NCA_INTEREST');
  });
  let requestCount = 0;
  const newKey = () => `refusal-test-${(requestCount += 1)}`;

  beforeAll(async () => {
    system = await createRequestSystem(ownerSink, () => now);
  }, 120_000);
  afterAll(() => system.stop());
  beforeEach(() => {
    ownerRecords.length = 0;
  });

  const raise = (
    input: Record<string, unknown>,
    caller: Caller = POLICE_ANALYST,
    purpose: RequestPurpose = INTELLIGENCE,
  ) =>
    actAs(system, caller, purpose).raise({
      urgency: 'ROUTINE',
      clientRequestId: newKey(),
      ...input,
    });

  it('answers a request for the NCA covert interest, for a nominal the NCA does not hold and for a made-up nominal byte for byte alike, and stores none', async () => {
    const key = 'one-key-for-every-refusal';
    const ask = (category: string, nominalId: string) =>
      raise({ owner: 'NCA', category, nominalId, clientRequestId: key });
    const answers = [
      await ask('NCA_COVERT_INTEREST', covert[0] as string),
      await ask('NCA_COVERT_INTEREST', ncaOvert[0] as string),
      await ask('NCA_INTEREST', notNca[0] as string),
      await ask('NCA_INTEREST', 'NOM-9999999'),
      await ask('FINANCIAL_INTELLIGENCE', notNca[1] as string),
    ];
    expect(codesOf(answers[0] ?? {})).toEqual(['BAD_USER_INPUT']);
    expect(answers[0]?.errors?.[0]?.message).toBe(
      'Disclosure request refused; nothing was recorded. NCA has nothing of that kind on that nominal that you can ask for.',
    );
    const texts = answers.map((answer) => JSON.stringify(answer));
    expect(new Set(texts).size).toBe(1);
    // The NCA's own audit of each refusal is alike too: no nominal, nothing disclosed.
    const audited = ownerRecords.map((record) =>
      JSON.stringify([
        record.processing,
        record.outcome,
        record.nominalIds,
        record.disclosures,
      ]),
    );
    expect(audited).toHaveLength(answers.length);
    expect(new Set(audited).size).toBe(1);
    expect(
      await actAs(system, POLICE_ANALYST, INTELLIGENCE).list({ owner: 'NCA' }),
    ).toEqual([]);
  });

  it('takes the same request for a nominal the NCA holds, so the refusal above is about what is held', async () => {
    const taken = requestOf(
      await raise({
        owner: 'NCA',
        category: 'NCA_INTEREST',
        nominalId: ncaOvert[0],
      }),
      'requestDisclosure',
    );
    expect(taken.status).toBe('PENDING');
  });

  it('never tells a caller shown only WITHHELD whether HMRC holds anything: its request for investigations is taken either way', async () => {
    const investigated = nominals.held('HMRC', 'TAX_INVESTIGATIONS');
    const notInvestigated = nominals.notHeld('HMRC', 'TAX_INVESTIGATIONS');
    for (const nominalId of [investigated[0], notInvestigated[0]]) {
      const taken = requestOf(
        await raise({
          owner: 'HMRC',
          category: 'TAX_INVESTIGATIONS',
          nominalId,
        }),
        'requestDisclosure',
      );
      expect(taken.status).toBe('PENDING');
    }
  });

  it.each<[string, Caller, RequestPurpose, Record<string, unknown>, RegExp]>([
    [
      'a category already released in full (the deconfliction flag)',
      POLICE_ANALYST,
      INTELLIGENCE,
      { owner: 'NCA', category: 'NCA_DECONFLICTION' },
      /already released to you in full/,
    ],
    [
      'a caller whose vetting is too low',
      callerOf('low-clearance'),
      INTELLIGENCE,
      { owner: 'HMRC', category: 'TAX' },
      /\(DISCLOSURE_REQUESTS: VETTING_TOO_LOW\)/,
    ],
    [
      "what is above the caller's clearance (SECRET investigations to NPPV2)",
      { ...POLICE_ANALYST, sub: 'generated-nppv2-analyst', vetting: 'NPPV2' },
      INTELLIGENCE,
      { owner: 'HMRC', category: 'TAX_INVESTIGATIONS' },
      /\(CLASSIFICATION_TOO_HIGH\) is not something a case-specific grant can lift/,
    ],
    [
      'a purpose HMRC shares nothing for (staff safety)',
      POLICE_ANALYST,
      purposeOf('STAFF_SAFETY', 'Risk check before a planned arrest'),
      { owner: 'HMRC', category: 'TAX' },
      /\(PURPOSE_NOT_PERMITTED\)/,
    ],
    [
      'suspicious activity reports for HMPPS (forbidden by the register)',
      callerOf('prison-intel'),
      INTELLIGENCE,
      { owner: 'NCA', category: 'FINANCIAL_INTELLIGENCE' },
      /\(FORBIDDEN_BY_RULE\)/,
    ],
    [
      'a DWP officer, who reads no request',
      callerOf('dwp-officer'),
      INTELLIGENCE,
      { owner: 'HMRC', category: 'TAX' },
      /You may not read disclosure requests for this purpose \(DISCLOSURE_REQUESTS: NO_AGREEMENT\)/,
    ],
    [
      'performance reporting',
      callerOf('regional-lead'),
      purposeOf('PERFORMANCE_REPORTING', 'Quarterly figures for the board'),
      { owner: 'HMRC', category: 'TAX' },
      /\(DISCLOSURE_REQUESTS: AGGREGATES_ONLY\)/,
    ],
  ])(
    'refuses %s with FORBIDDEN, the same for every nominal',
    async (_case, caller, purpose, input, problem) => {
      for (const nominalId of ['NOM-00001', 'NOM-9999999']) {
        const refused = await raise({ ...input, nominalId }, caller, purpose);
        expect(codesOf(refused)).toEqual(['FORBIDDEN']);
        expect(refused.errors?.[0]?.message).toMatch(problem);
      }
    },
  );

  it('approves an NCA request in part: the grant is at SUMMARY, so the police see the tier and not the group or reference', async () => {
    // Not the nominal asked about above: that request is still pending, and a
    // second pending request for the same thing is refused.
    const tiered = (
      await nominals.repository.findOcgTieringsByNominalIds(ncaOvert.slice(1))
    ).map((row) => row.nominalId);
    const nominalId = tiered[0] as string;
    const raised = requestOf(
      await raise({ owner: 'NCA', category: 'NCA_INTEREST', nominalId }),
      'requestDisclosure',
    );
    const decided = await actAs(
      system,
      NCA_DISCLOSURE_OFFICER,
      purposeOf('INTELLIGENCE_DEVELOPMENT', 'Deciding the NCA queue'),
    ).decide({
      id: raised.id,
      decision: 'PARTIAL',
      legalBasis: 'nca-cca-s7-4',
      expiresAt: '2026-06-30T23:59:59Z',
      reason: 'The tiering only; the group stays with the NCA',
    });
    expect(requestOf(decided, 'decideDisclosureRequest')).toMatchObject({
      status: 'PARTIALLY_APPROVED',
      grantLevel: 'SUMMARY',
      legalBasis: 'nca-cca-s7-4',
    });
    const read = await system.query(
      POLICE_ANALYST,
      INTELLIGENCE,
      `query ($id: ID!) { nominal(id: $id) { id nca { ncaReference ocgTiering { tier groupName } } } }`,
      { id: nominalId },
    );
    const nca = (
      read.data?.nominal as {
        nca: {
          ncaReference: unknown;
          ocgTiering: { tier: unknown; groupName: unknown };
        };
      }
    ).nca;
    expect(nca.ocgTiering.tier).toEqual(expect.stringMatching(/^TIER_/));
    expect(nca.ocgTiering.groupName).toBeNull();
    expect(nca.ncaReference).toBeNull();
  });
});
