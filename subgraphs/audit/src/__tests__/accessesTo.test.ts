import { createFileAuditLogRepository } from '../repository/createFileAuditLogRepository';
import {
  access,
  AUDITOR,
  createTemporaryDirectory,
  disclosure,
  NOMINAL,
  OTHER_AUDITOR,
  POLICE_ANALYST,
  PRISON_INTEL,
  removeDirectory,
  writeAuditLog,
} from './auditLogFixtures';
import {
  ACCESSES_QUERY,
  AUDIT_PURPOSE,
  AUDIT_RULES,
  readAccesses,
  serveCountedLog,
} from './fixtures';
import { createSubgraphTestServer } from '@marsoc/platform/testing';
import { auditService } from '../auditService';

const POLICE_LOOK = access(POLICE_ANALYST, {
  time: '2026-03-01T09:00:00.000Z',
  requestId: 'req-police',
  disclosures: [
    disclosure(NOMINAL, 'POLICE', 'IDENTITY', {
      released: ['PoliceIdentity.pncId', 'PoliceIdentity.name'],
    }),
    disclosure(
      NOMINAL,
      'HMPPS',
      'CONTACTS',
      { withheld: ['PrisonContact.visitor'] },
      ['ORIGINATOR_CONSENT_REQUIRED'],
    ),
    disclosure(NOMINAL, 'HMRC', 'TAX', { held: ['Nominal.hmrcTax'] }, [
      'AGREEMENT_NOT_SIGNED',
    ]),
  ],
});
const POLICE_OWNER_RECORD = access(POLICE_ANALYST, {
  time: '2026-03-01T09:00:00.010Z',
  requestId: 'req-police',
  service: 'police',
  processing: 'DISCLOSURE',
  disclosures: [
    disclosure(NOMINAL, 'POLICE', 'IDENTITY', {
      released: ['PoliceIdentity.pncId', 'PoliceIdentity.name'],
    }),
  ],
});
const PRISON_LOOK = access(PRISON_INTEL, {
  time: '2026-03-02T14:30:00.000Z',
  requestId: 'req-prison',
  purpose: 'OFFENDER_MANAGEMENT',
  justification: 'Checking custody details before the transfer board',
  disclosures: [
    disclosure(NOMINAL, 'HMPPS', 'CUSTODY', {
      released: ['PrisonCustody.establishment'],
    }),
  ],
});
/** The asking auditor's own earlier look: never in their own answer. */
const OWN_LOOK = access(AUDITOR, {
  time: '2026-03-03T08:00:00.000Z',
  requestId: 'req-own',
  service: 'audit',
  processing: 'DISCLOSURE',
  purpose: 'AUDIT',
  justification: 'Earlier lawfulness check of consultations',
  disclosures: [
    disclosure(NOMINAL, 'MARSOC', 'AUDIT_LOG', {
      released: ['Query.accessesTo'],
    }),
  ],
});
const OTHER_NOMINAL_LOOK = access(POLICE_ANALYST, {
  time: '2026-03-04T10:00:00.000Z',
  requestId: 'req-other-nominal',
  nominalIds: ['NOM-00002'],
  disclosures: [
    disclosure('NOM-00002', 'POLICE', 'IDENTITY', {
      released: ['PoliceIdentity.name'],
    }),
  ],
});
/** A two-nominal request: only NOM-00001's part of it is shown. */
const PAIR_LOOK = access(PRISON_INTEL, {
  time: '2026-03-05T11:00:00.000Z',
  requestId: 'req-pair',
  nominalIds: ['NOM-00002', NOMINAL],
  disclosures: [
    disclosure('NOM-00002', 'HMPPS', 'CUSTODY', {
      released: ['PrisonCustody.establishment'],
    }),
    disclosure(NOMINAL, 'HMPPS', 'PROBATION', {
      withheld: ['Nominal.probation'],
    }),
  ],
});

describe('accessesTo for an auditor with purpose AUDIT', () => {
  let directory: string;

  beforeAll(async () => {
    directory = await createTemporaryDirectory();
    await writeAuditLog(directory, [
      POLICE_LOOK,
      POLICE_OWNER_RECORD,
      PRISON_LOOK,
      OWN_LOOK,
      OTHER_NOMINAL_LOOK,
      PAIR_LOOK,
    ]);
  });
  afterAll(() => removeDirectory(directory));

  async function ask(variables: Record<string, unknown>, caller = AUDITOR) {
    const server = createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
    });
    return server.execute(ACCESSES_QUERY, variables, {
      caller,
      purpose: AUDIT_PURPOSE,
    });
  }

  it('lists who accessed NOM-00001, when, why and what they were shown, newest first', async () => {
    const result = await ask({ nominalId: NOMINAL });
    expect(result.errors).toBeUndefined();
    const accesses = readAccesses(result);
    // Police and HMPPS open their entries to MARSOC auditors (the MoU), so the
    // police subgraph's own record of req-police shows beside the gateway's.
    expect(accesses.map((item) => [item.requestId, item.service])).toEqual([
      ['req-pair', 'gateway'],
      ['req-prison', 'gateway'],
      ['req-police', 'gateway'],
      ['req-police', 'police'],
    ]);
    expect(accesses[1]).toEqual({
      time: '2026-03-02T14:30:00.000Z',
      requestId: 'req-prison',
      service: 'gateway',
      processing: 'COMBINATION',
      outcome: 'SUCCESS',
      purpose: 'OFFENDER_MANAGEMENT',
      justification: 'Checking custody details before the transfer board',
      actor: {
        sub: PRISON_INTEL.sub,
        name: PRISON_INTEL.name,
        agency: 'HMPPS',
        unit: 'HMP Altcourse',
        roles: ['INTELLIGENCE_OFFICER'],
        vetting: 'NPPV3',
      },
      shown: [
        {
          owner: 'HMPPS',
          category: 'CUSTODY',
          released: ['PrisonCustody.establishment'],
          summarised: [],
          held: [],
          withheld: [],
          reasons: [],
          counts: { released: 1, summarised: 0, held: 0, withheld: 0 },
        },
      ],
    });
  });

  it('shows per owner and category what was released and withheld, with the reasons, but nothing of HMRC', async () => {
    const accesses = readAccesses(await ask({ nominalId: NOMINAL }));
    const police = accesses.find(
      (item) => item.requestId === 'req-police' && item.service === 'gateway',
    );
    expect(police?.purpose).toBe('INTELLIGENCE_DEVELOPMENT');
    expect(
      police?.shown.map((item) => [item.owner, item.category, item.counts]),
    ).toEqual([
      // Owner then category, whatever order the owners answered in.
      [
        'HMPPS',
        'CONTACTS',
        { released: 0, summarised: 0, held: 0, withheld: 1 },
      ],
      [
        'POLICE',
        'IDENTITY',
        { released: 2, summarised: 0, held: 0, withheld: 0 },
      ],
    ]);
    expect(police?.shown[0]?.reasons).toEqual(['ORIGINATOR_CONSENT_REQUIRED']);
    // hmrc.yaml forbids its AUDIT_LOG outside HMRC: not even that HMRC was asked.
    expect(JSON.stringify(accesses)).not.toMatch(/HMRC|hmrc/);
  });

  it('reports the outcome the visible entries show, not the recorded one', async () => {
    const accesses = readAccesses(await ask({ nominalId: NOMINAL }));
    const outcomes = accesses.map((item) => [
      item.requestId,
      item.service,
      item.outcome,
    ]);
    expect(outcomes).toEqual([
      // Recorded SUCCESS; the one visible entry of NOM-00001 was withheld.
      ['req-pair', 'gateway', 'DENIED'],
      ['req-prison', 'gateway', 'SUCCESS'],
      ['req-police', 'gateway', 'PARTIAL'],
      ['req-police', 'police', 'SUCCESS'],
    ]);
  });

  it("shows only the asked nominal's part of a request that touched several", async () => {
    const accesses = readAccesses(await ask({ nominalId: NOMINAL }));
    const pair = accesses.find((item) => item.requestId === 'req-pair');
    expect(pair?.shown).toEqual([
      expect.objectContaining({
        category: 'PROBATION',
        withheld: ['Nominal.probation'],
      }),
    ]);
  });

  it("never includes the asking auditor's own activity, but another auditor sees it", async () => {
    const own = readAccesses(await ask({ nominalId: NOMINAL }));
    expect(own.some((item) => item.actor.sub === AUDITOR.sub)).toBe(false);
    const other = readAccesses(
      await ask({ nominalId: NOMINAL }, OTHER_AUDITOR),
    );
    expect(other.find((item) => item.requestId === 'req-own')).toMatchObject({
      service: 'audit',
      purpose: 'AUDIT',
      actor: { sub: AUDITOR.sub, roles: ['AUDITOR'] },
      shown: [{ owner: 'MARSOC', category: 'AUDIT_LOG' }],
    });
  });

  it('returns at most `limit` accesses, the newest', async () => {
    const accesses = readAccesses(await ask({ nominalId: NOMINAL, limit: 2 }));
    expect(accesses.map((item) => item.requestId)).toEqual([
      'req-pair',
      'req-prison',
    ]);
  });

  it.each([0, -1, 501, 100000])(
    'refuses limit %p as bad input without reading the log',
    async (limit) => {
      const { server, reads } = serveCountedLog(directory);
      const result = await server.execute(
        ACCESSES_QUERY,
        { nominalId: NOMINAL, limit },
        { caller: AUDITOR, purpose: AUDIT_PURPOSE },
      );
      expect(result.data?.accessesTo).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(reads()).toBe(0);
    },
  );

  it('accepts the largest limit, 500', async () => {
    const accesses = readAccesses(
      await ask({ nominalId: NOMINAL, limit: 500 }),
    );
    expect(accesses).toHaveLength(4);
  });

  it('answers [] for a nominal nobody has accessed', async () => {
    const result = await ask({ nominalId: 'NOM-99999' });
    expect(result.data).toEqual({ accessesTo: [] });
    expect(result.errors).toBeUndefined();
  });

  it('refuses a nominal id no audit record could hold', async () => {
    const result = await ask({ nominalId: 'NOM 00001; DROP' });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).not.toContain('DROP');
  });

  it('reads the log once per request, however many questions it asks', async () => {
    const { server, reads } = serveCountedLog(directory);
    const result = await server.execute(
      `{
        first: accessesTo(nominalId: "NOM-00001") { requestId }
        second: accessesTo(nominalId: "NOM-00002") { requestId }
        again: accessesTo(nominalId: "NOM-00001", limit: 1) { requestId }
      }`,
      {},
      { caller: AUDITOR, purpose: AUDIT_PURPOSE },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.second).toEqual([
      { requestId: 'req-pair' },
      { requestId: 'req-other-nominal' },
    ]);
    expect(result.data?.again).toEqual([{ requestId: 'req-pair' }]);
    expect(reads()).toBe(1);
  });

  it('reads the log afresh for each request, so a new record shows at once', async () => {
    const server = createSubgraphTestServer(auditService, {
      ...AUDIT_RULES,
      repository: createFileAuditLogRepository(directory),
    });
    const variables = { nominalId: 'NOM-00003' };
    const auditor = { caller: AUDITOR, purpose: AUDIT_PURPOSE };
    expect(
      readAccesses(await server.execute(ACCESSES_QUERY, variables, auditor)),
    ).toEqual([]);
    await writeAuditLog(directory, [
      access(POLICE_ANALYST, {
        time: '2026-03-06T09:00:00.000Z',
        requestId: 'req-later',
        service: 'gateway',
        processing: 'COMBINATION',
        nominalIds: ['NOM-00003'],
        disclosures: [
          disclosure('NOM-00003', 'POLICE', 'IDENTITY', {
            released: ['PoliceIdentity.name'],
          }),
        ],
      }),
    ]);
    const later = readAccesses(
      await server.execute(ACCESSES_QUERY, variables, auditor),
    );
    expect(later.map((item) => item.requestId)).toEqual(['req-later']);
  });
});

describe('accessesTo over a cohort record whose disclosures name several nominals', () => {
  let directory: string;
  /** One HMPPS disclosure recorded once for the two nominals it reached alike. */
  const grouped = disclosure(null, 'HMPPS', 'CUSTODY', {
    released: ['PrisonCustody.establishment'],
  });
  delete grouped.nominalId;
  grouped.nominalIds = ['NOM-00003', NOMINAL];

  beforeAll(async () => {
    directory = await createTemporaryDirectory();
    await writeAuditLog(directory, [
      access(PRISON_INTEL, {
        requestId: 'req-cohort',
        nominalIds: ['NOM-00003', NOMINAL],
        disclosures: [grouped],
      }),
    ]);
  });
  afterAll(() => removeDirectory(directory));

  it.each([NOMINAL, 'NOM-00003'])(
    'shows %s the grouped disclosure as their own, naming no other member',
    async (nominalId) => {
      const server = createSubgraphTestServer(auditService, {
        ...AUDIT_RULES,
        repository: createFileAuditLogRepository(directory),
      });
      const result = await server.execute(
        ACCESSES_QUERY,
        { nominalId },
        { caller: AUDITOR, purpose: AUDIT_PURPOSE },
      );
      expect(result.errors).toBeUndefined();
      const [cohort] = readAccesses(result);
      expect(cohort?.requestId).toBe('req-cohort');
      expect(cohort?.shown).toEqual([
        expect.objectContaining({
          category: 'CUSTODY',
          released: ['PrisonCustody.establishment'],
        }),
      ]);
      const other = nominalId === NOMINAL ? 'NOM-00003' : NOMINAL;
      expect(JSON.stringify(result.data)).not.toContain(other);
    },
  );
});
