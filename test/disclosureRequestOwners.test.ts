import { loadPersonas } from '@marsoc/platform';
import { type Caller } from '@marsoc/schema';
import {
  answerOf,
  DESK_START,
  type DeskRequest,
  inDays,
  findHmppsNominals,
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

// Police and HMPPS as granting owners (issue 12 point 2), each through its own
// subgraph and root field names, over the shared request types, with the real
// register's legal bases (disclosureRequests.yaml) and who may decide.

const EAST_MIDLANDS_NCA = eastMidlandsNcaOfficer(
  'generated-nca-officer-east-midlands',
);
const HMPPS_OFFICER = callerOf('hmpps-disclosure-officer');
const POLICE_OFFICER = callerOf('police-disclosure-officer');
const PRISON_INTEL = callerOf('prison-intel');
const HMRC_DISCLOSURE_OFFICER = callerOf('hmrc-disclosure-officer');
const DWP_OFFICER = callerOf('dwp-officer');

const START = DESK_START;

const CUSTODY = `query ($id: ID!) { nominal(id: $id) { id custody { establishment } } }`;
const POLICE_IDENTITY = `query ($id: ID!) { nominal(id: $id) { id police { identity { pncId } } } }`;

describe('police and HMPPS answer requests and grant through their own subgraphs (issue 12 point 2)', () => {
  const kit = useOwnerDeskSystem('owner-test');
  const newKey = kit.newKey;
  let hmpps: Awaited<ReturnType<typeof findHmppsNominals>>;
  let inCustody: string[];
  beforeAll(async () => {
    hmpps = await findHmppsNominals();
    inCustody = hmpps.held('CUSTODY');
  });

  const hmppsDesk = (caller: Caller) => kit.desk('Hmpps', caller);
  const custodyRequest = (nominalId: string, changes: object = {}) =>
    kit.request('HMPPS', nominalId, 'CUSTODY', changes);
  const raiseCustody = (caller: Caller, nominalId: string) =>
    kit.raise('Hmpps', caller, custodyRequest(nominalId));
  const custodyOf = async (caller: Caller, nominalId: string) =>
    (
      (await kit.system.query(caller, INTELLIGENCE, CUSTODY, { id: nominalId }))
        .data?.nominal as { custody: unknown } | undefined
    )?.custody;

  it("takes an NCA request for HMPPS custody held on NOM-00001, approved under a basis from the HMPPS list, and opens custody to the requester's region only", async () => {
    expect(await custodyOf(NCA_OFFICER, 'NOM-00001')).toBeNull();
    const raised = await raiseCustody(NCA_OFFICER, 'NOM-00001');
    expect(raised.status).toBe('PENDING');

    const bases = answerOf<{ id: string }[]>(
      await hmppsDesk(HMPPS_OFFICER).legalBases(),
      'hmppsDisclosureLegalBases',
    ).map((basis) => basis.id);
    expect(bases).toEqual(
      expect.arrayContaining([
        'hmpps-oma-2007-s14',
        'hmpps-cja-2003-s325',
        'hmpps-dpa-2018-s35',
        'hmpps-dpa-2018-s35-sch8',
        'hmpps-cca-s7-1',
      ]),
    );
    expect(bases.every((id) => id.startsWith('hmpps-'))).toBe(true);

    // Another owner's basis, or one serving only police requesters, is refused.
    for (const legalBasis of ['hmrc-crca-s18-2-d', 'hmpps-cja-2003-s325']) {
      const refused = await hmppsDesk(HMPPS_OFFICER).decide({
        id: raised.id,
        decision: 'APPROVE',
        legalBasis,
        expiresAt: inDays(30),
      });
      expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    }
    kit.setClock(new Date(START.getTime() + 3_600_000));
    const approved = answerOf<DeskRequest>(
      await hmppsDesk(HMPPS_OFFICER).decide({
        id: raised.id,
        decision: 'APPROVE',
        legalBasis: 'hmpps-cca-s7-1',
        expiresAt: inDays(30),
      }),
      'decideHmppsDisclosureRequest',
    );
    expect(approved).toMatchObject({
      status: 'APPROVED',
      legalBasis: 'hmpps-cca-s7-1',
      grantRegions: ['NORTH_WEST'],
    });
    expect(approved.history.map((event) => [event.kind, event.actor])).toEqual([
      ['RAISED', NCA_OFFICER.sub],
      ['APPROVED', HMPPS_OFFICER.sub],
    ]);
    expect(await custodyOf(NCA_OFFICER, 'NOM-00001')).toEqual({
      establishment: expect.any(String),
    });
    expect(await custodyOf(EAST_MIDLANDS_NCA, 'NOM-00001')).toBeNull();

    const replayed = await hmppsDesk(HMPPS_OFFICER).decide({
      id: raised.id,
      decision: 'DECLINE',
      reason: 'Changed my mind',
    });
    expect(codesOf(replayed)).toEqual(['INVALID_TRANSITION']);
  });

  it('shows the HMPPS queue to HMPPS disclosure officers only, and lets no one else decide', async () => {
    const raised = await raiseCustody(
      HMRC_INVESTIGATOR,
      inCustody[1] as string,
    );
    const queueOf = async (caller: Caller) =>
      (
        answerOf<DeskRequest[]>(
          await hmppsDesk(caller).list('PENDING'),
          'hmppsDisclosureRequests',
        ) ?? []
      ).map((request) => request.id);
    expect(await queueOf(HMPPS_OFFICER)).toContain(raised.id);
    for (const other of [
      PRISON_INTEL,
      POLICE_OFFICER,
      HMRC_DISCLOSURE_OFFICER,
      NCA_OFFICER,
    ])
      expect(await queueOf(other)).not.toContain(raised.id);
    for (const other of [
      PRISON_INTEL,
      POLICE_OFFICER,
      HMRC_DISCLOSURE_OFFICER,
    ]) {
      const refused = await hmppsDesk(other).decide({
        id: raised.id,
        decision: 'DECLINE',
        reason: 'Not mine to decide',
      });
      expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    }
  });

  it("gives a decline's reason to the requester, and refuses a second pending request naming the first", async () => {
    const nominalId = inCustody[2] as string;
    const raised = await raiseCustody(HMRC_INVESTIGATOR, nominalId);
    const second = await hmppsDesk(HMRC_INVESTIGATOR).raise(
      custodyRequest(nominalId),
    );
    expect(codesOf(second)).toEqual(['BAD_USER_INPUT']);
    expect(second.errors?.[0]?.message).toContain(raised.id);
    answerOf(
      await hmppsDesk(HMPPS_OFFICER).decide({
        id: raised.id,
        decision: 'DECLINE',
        reason: 'Not necessary for the investigation described',
      }),
      'decideHmppsDisclosureRequest',
    );
    const [mine] = answerOf<DeskRequest[]>(
      await hmppsDesk(HMRC_INVESTIGATOR).list('DECLINED'),
      'hmppsDisclosureRequests',
    ).filter((request) => request.id === raised.id);
    expect(mine).toMatchObject({
      status: 'DECLINED',
      reason: 'Not necessary for the investigation described',
    });
    expect(await custodyOf(HMRC_INVESTIGATOR, nominalId)).toBeNull();
  });

  it('lets an undecided request expire at its deadline, seen by a read that writes nothing', async () => {
    const raised = answerOf<DeskRequest>(
      await hmppsDesk(NCA_OFFICER).raise(
        custodyRequest(inCustody[3] as string, {
          urgency: 'URGENT',
          urgencyReason: 'Arrest planned within the week',
        }),
      ),
      'requestHmppsDisclosure',
    );
    kit.setClock(new Date(Date.parse(inDays(2)) + 1));
    const [expired] = answerOf<DeskRequest[]>(
      await hmppsDesk(NCA_OFFICER).list('EXPIRED'),
      'hmppsDisclosureRequests',
    ).filter((request) => request.id === raised.id);
    expect(expired?.history.map((event) => event.kind)).toEqual([
      'RAISED',
      'EXPIRED',
    ]);
    const late = await hmppsDesk(HMPPS_OFFICER).decide({
      id: raised.id,
      decision: 'APPROVE',
      legalBasis: 'hmpps-cca-s7-1',
      expiresAt: inDays(30),
    });
    expect(codesOf(late)).toEqual(['INVALID_TRANSITION']);
  });

  it('answers a request for custody HMPPS does not hold exactly as one for a made-up nominal', async () => {
    const notHeld = hmpps.notHeld('CUSTODY')[0] as string;
    const ask = async (nominalId: string) => {
      const result = await hmppsDesk(NCA_OFFICER).raise(
        custodyRequest(nominalId, { clientRequestId: 'same-key-for-absent' }),
      );
      return { data: result.data, errors: result.errors };
    };
    const absent = await ask(notHeld);
    expect(codesOf(absent)).toEqual(['BAD_USER_INPUT']);
    expect(await ask('NOM-9999999')).toEqual(absent);
  });

  it('refuses a police request from a caller police share with in full, and lets only police disclosure officers see the police queue and grants', async () => {
    const police = (caller: Caller) => kit.desk('Police', caller);
    const already = await police(NCA_OFFICER).raise({
      owner: 'POLICE',
      nominalId: 'NOM-00001',
      category: 'INTELLIGENCE',
      urgency: 'ROUTINE',
      forRegion: 'NORTH_WEST',
      clientRequestId: newKey(),
    });
    expect(codesOf(already)).toEqual(['FORBIDDEN']);
    expect(already.errors?.[0]?.message).toMatch(/already released to you/);
    expect(
      codesOf(await police(callerOf('police-analyst')).grants('NOM-00001')),
    ).toEqual(['FORBIDDEN']);
    const bases = answerOf<{ id: string }[]>(
      await police(POLICE_OFFICER).legalBases(),
      'policeDisclosureLegalBases',
    ).map((basis) => basis.id);
    expect(bases).toEqual([
      'police-common-law-policing-purpose',
      'police-dpa-2018-s35',
      'police-dpa-2018-s35-sch8',
      'police-dpa-2018-s36',
      'police-cca-s7-1',
    ]);
  });

  it('honours a police grant in the police subgraph: DWP reads the police identity of one nominal, in its region only', async () => {
    const policeIdentityOf = async (caller: Caller) =>
      (
        (
          await kit.system.query(caller, INTELLIGENCE, POLICE_IDENTITY, {
            id: 'NOM-00001',
          })
        ).data?.nominal as { police: unknown } | undefined
      )?.police;
    expect(await policeIdentityOf(DWP_OFFICER)).toBeNull();
    const grant = answerOf<{ id: string; owner: string; regions: string[] }>(
      await kit.desk('Police', POLICE_OFFICER).recordGrant({
        nominalId: 'NOM-00001',
        category: 'IDENTITY',
        recipient: 'DWP',
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        legalBasis: 'DPA 2018 s.35(2)(b) for a s.31 purpose',
        expiresAt: inDays(30),
        regions: ['NORTH_WEST'],
      }),
      'recordPoliceDisclosureGrant',
    );
    expect(grant).toMatchObject({ owner: 'POLICE', regions: ['NORTH_WEST'] });
    expect(await policeIdentityOf(DWP_OFFICER)).toEqual({
      identity: { pncId: expect.any(String) },
    });
    expect(
      await policeIdentityOf({
        ...DWP_OFFICER,
        sub: 'generated-dwp-officer-wales',
        regions: ['WALES'],
      }),
    ).toBeFalsy();
  });

  it('takes no request to the police from any persona, as the register stands (docs/policy-model.md#disclosure-requests)', async () => {
    const police = (caller: Caller) => kit.desk('Police', caller);
    for (const [handle] of loadPersonas())
      for (const category of [
        'IDENTITY',
        'WARNING_MARKERS',
        'CONVICTIONS',
        'INTELLIGENCE',
        'OCG_AFFILIATION',
        'ASSOCIATES',
      ]) {
        const caller = callerOf(handle);
        const result = await police(caller).raise({
          owner: 'POLICE',
          nominalId: 'NOM-00001',
          category,
          urgency: 'ROUTINE',
          forRegion: caller.regions[0],
          clientRequestId: newKey(),
        });
        // Refused as already released, as kept from them by what no grant
        // lifts, as one who may not raise requests at all (DWP, and a caller
        // vetted or placed below the request records), or as their own
        // agency: never taken, and never because nothing is held.
        expect({
          handle,
          category,
          taken: result.data?.requestPoliceDisclosure,
          refusal: result.errors?.[0]?.message,
        }).toEqual({
          handle,
          category,
          taken: null,
          refusal: expect.stringMatching(
            /already released to you|not something a case-specific grant can lift|You may not read disclosure requests|is your own agency/,
          ),
        });
      }
  });
});
