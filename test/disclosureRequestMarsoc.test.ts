import { type Caller } from '@marsoc/schema';
import {
  answerOf,
  DESK_START,
  type DeskRequest,
  inDays,
  findOwnerNominals,
} from './helpers/disclosureRequestDesks';
import { codesOf } from './helpers/disclosureRequestOperations';
import {
  eastMidlandsNcaOfficer,
  HMRC_INVESTIGATOR,
  INTELLIGENCE,
  NCA_OFFICER,
  useOwnerDeskSystem,
} from './helpers/ownerDeskSystem';
import { callerOf } from './helpers/personas';

// MARSOC as a granting owner (issue 12 point 2): APMIS serves MARSOC's desk
// under its own root field names, over the shared request types, with the
// register's MARSOC legal bases (disclosureRequests.yaml) and its disclosure
// officers alone deciding (marsoc.yaml: marsoc-disclosure-grants-own-officers).

const EAST_MIDLANDS_NCA = eastMidlandsNcaOfficer(
  'generated-nca-officer-east-midlands-marsoc',
);
const MARSOC_OFFICER = callerOf('marsoc-disclosure-officer');
const REGIONAL_LEAD = callerOf('regional-lead');
const HMPPS_OFFICER = callerOf('hmpps-disclosure-officer');
const POLICE_ANALYST = callerOf('police-analyst');

const START = DESK_START;

const THREATS = `query ($id: ID!) { nominal(id: $id) { id socThreats { tier threatArea } } }`;

describe('MARSOC answers requests and grants through APMIS (issue 12 point 2)', () => {
  const kit = useOwnerDeskSystem('marsoc-owner-test');
  let apmis: Awaited<ReturnType<typeof findOwnerNominals>>;
  let withThreats: string[];
  let withDisruptions: string[];
  beforeAll(async () => {
    apmis = await findOwnerNominals('MARSOC');
    withThreats = apmis.held('SOC_THREAT');
    withDisruptions = apmis.held('DISRUPTION');
  });

  const desk = (caller: Caller) => kit.desk('Marsoc', caller);
  const request = (
    nominalId: string,
    category = 'SOC_THREAT',
    changes: object = {},
  ) => kit.request('MARSOC', nominalId, category, changes);
  const raise = (caller: Caller, nominalId: string, category?: string) =>
    kit.raise('Marsoc', caller, request(nominalId, category));
  const threatsOf = async (caller: Caller, nominalId: string) =>
    (
      (await kit.system.query(caller, INTELLIGENCE, THREATS, { id: nominalId }))
        .data?.nominal as { socThreats: unknown } | undefined
    )?.socThreats;

  it('lists MARSOC its own closed list of legal bases, each citing its statute', async () => {
    const bases = answerOf<
      {
        id: string;
        statute: string;
        provision: string;
        recipients: string[] | null;
      }[]
    >(await desk(MARSOC_OFFICER).legalBases(), 'marsocDisclosureLegalBases');
    expect(bases.map((basis) => basis.id)).toEqual([
      'marsoc-dpa-2018-s35',
      'marsoc-dpa-2018-s35-sch8',
      'marsoc-dpa-2018-s36',
      'marsoc-oma-2007-s14',
      'marsoc-cda-1998-s115',
      'marsoc-cca-s7-1',
    ]);
    expect(bases.find((basis) => basis.id === 'marsoc-cda-1998-s115')).toEqual({
      id: 'marsoc-cda-1998-s115',
      statute: 'Crime and Disorder Act 1998',
      provision: 's.115(1)-(2)',
      recipients: ['POLICE', 'HMPPS'],
    });
  });

  it("takes an NCA request for a SOC threat held as EXISTENCE, approved under a MARSOC basis, and opens the threats to the requester's region only", async () => {
    const nominalId = withThreats[0] as string;
    expect(await threatsOf(NCA_OFFICER, nominalId)).toBeNull();
    const raised = await raise(NCA_OFFICER, nominalId);
    expect(raised.status).toBe('PENDING');

    // Another owner's basis, or one serving only the police and probation, is refused.
    for (const legalBasis of ['hmpps-cca-s7-1', 'marsoc-cda-1998-s115']) {
      const refused = await desk(MARSOC_OFFICER).decide({
        id: raised.id,
        decision: 'APPROVE',
        legalBasis,
        expiresAt: inDays(30),
      });
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    }
    kit.setClock(new Date(START.getTime() + 3_600_000));
    const approved = answerOf<DeskRequest>(
      await desk(MARSOC_OFFICER).decide({
        id: raised.id,
        decision: 'APPROVE',
        legalBasis: 'marsoc-cca-s7-1',
        expiresAt: inDays(30),
      }),
      'decideMarsocDisclosureRequest',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      legalBasis: 'marsoc-cca-s7-1',
      grantRegions: ['NORTH_WEST'],
    });
    expect(approved.history.map((event) => [event.kind, event.actor])).toEqual([
      ['RAISED', NCA_OFFICER.sub],
      ['APPROVED', MARSOC_OFFICER.sub],
    ]);
    const released = (await threatsOf(NCA_OFFICER, nominalId)) as unknown[];
    expect(released.length).toBeGreaterThan(0);
    expect(released[0]).toEqual({
      tier: expect.any(Number),
      threatArea: expect.any(String),
    });
    expect(await threatsOf(EAST_MIDLANDS_NCA, nominalId)).toBeNull();

    const replayed = await desk(MARSOC_OFFICER).decide({
      id: raised.id,
      decision: 'DECLINE',
      reason: 'Changed my mind',
    });
    expect(codesOf(replayed)).toEqual(['INVALID_TRANSITION']);
  });

  it("shows MARSOC's queue and grants to its disclosure officers only, and lets no one else decide", async () => {
    const nominalId = withDisruptions[1] as string;
    const raised = await raise(HMRC_INVESTIGATOR, nominalId, 'DISRUPTION');
    const queueOf = async (caller: Caller) =>
      (
        answerOf<DeskRequest[]>(
          await desk(caller).list('PENDING'),
          'marsocDisclosureRequests',
        ) ?? []
      ).map((each) => each.id);
    expect(await queueOf(MARSOC_OFFICER)).toContain(raised.id);
    for (const other of [REGIONAL_LEAD, HMPPS_OFFICER, POLICE_ANALYST])
      expect(await queueOf(other)).not.toContain(raised.id);
    for (const other of [REGIONAL_LEAD, HMPPS_OFFICER, HMRC_INVESTIGATOR]) {
      const refused = await desk(other).decide({
        id: raised.id,
        decision: 'DECLINE',
        reason: 'Not mine to decide',
      });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
    expect(codesOf(await desk(REGIONAL_LEAD).grants(nominalId))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      answerOf(
        await desk(MARSOC_OFFICER).grants(nominalId),
        'marsocDisclosureGrants',
      ),
    ).toEqual([]);
  });

  it("gives a decline's reason to the requester and leaves the disruptions held", async () => {
    const nominalId = withDisruptions[2] as string;
    const raised = await raise(HMRC_INVESTIGATOR, nominalId, 'DISRUPTION');
    answerOf(
      await desk(MARSOC_OFFICER).decide({
        id: raised.id,
        decision: 'DECLINE',
        reason: 'The disruption is part of a live operation',
      }),
      'decideMarsocDisclosureRequest',
    );
    const [mine] = answerOf<DeskRequest[]>(
      await desk(HMRC_INVESTIGATOR).list('DECLINED'),
      'marsocDisclosureRequests',
    ).filter((each) => each.id === raised.id);
    expect(mine).toMatchObject({
      status: 'DECLINED',
      reason: 'The disruption is part of a live operation',
    });
    const disruptions = await kit.system.query(
      HMRC_INVESTIGATOR,
      INTELLIGENCE,
      `query ($id: ID!) { nominal(id: $id) { disruptions { assessment } } }`,
      { id: nominalId },
    );
    expect(disruptions.data?.nominal).toEqual({ disruptions: null });
  });

  it('honours a grant a MARSOC disclosure officer records, and refuses one of the request records themselves', async () => {
    const nominalId = withThreats[5] as string;
    expect(await threatsOf(HMRC_INVESTIGATOR, nominalId)).toBeNull();
    const grant = (category: string) =>
      desk(MARSOC_OFFICER).recordGrant({
        nominalId,
        category,
        recipient: 'HMRC',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        legalBasis: 'DPA 2018 s.35(2)(b) for a s.31 purpose',
        expiresAt: inDays(30),
      });
    expect(
      answerOf(await grant('SOC_THREAT'), 'recordMarsocDisclosureGrant'),
    ).toMatchObject({ owner: 'MARSOC', regions: ['NORTH_WEST'] });
    expect(await threatsOf(HMRC_INVESTIGATOR, nominalId)).toEqual(
      expect.arrayContaining([
        { tier: expect.any(Number), threatArea: expect.any(String) },
      ]),
    );
    const refused = await grant('DISCLOSURE_REQUESTS');
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.message).toContain(
      'DISCLOSURE_REQUESTS is the record of requests',
    );
  });

  it('answers a request for disruptions APMIS does not hold exactly as one for a made-up nominal', async () => {
    const notHeld = apmis.notHeld('DISRUPTION')[0] as string;
    const ask = async (nominalId: string) => {
      const result = await desk(NCA_OFFICER).raise(
        request(nominalId, 'DISRUPTION', {
          clientRequestId: 'same-key-for-absent-disruptions',
        }),
      );
      return { data: result.data, errors: result.errors };
    };
    const absent = await ask(notHeld);
    expect(codesOf(absent)).toEqual(['BAD_USER_INPUT']);
    expect(await ask('NOM-9999999')).toEqual(absent);
  });

  it('refuses a request for what MARSOC already shares in full, and one from DWP', async () => {
    const cohort = await desk(NCA_OFFICER).raise(
      request('NOM-00001', 'COHORT'),
    );
    expect(codesOf(cohort)).toEqual(['FORBIDDEN']);
    expect(cohort.errors?.[0]?.message).toMatch(/already released to you/);
    const dwp = await desk(callerOf('dwp-officer')).raise(
      request('NOM-00001', 'SOC_THREAT'),
    );
    expect(codesOf(dwp)).toEqual(['FORBIDDEN']);
  });
});
