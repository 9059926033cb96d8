import { type OperationResult } from '@marsoc/platform/testing';
import { type Caller } from '@marsoc/schema';
import {
  COHORT_MANAGEMENT,
  daysFromToday,
  MUTATIONS,
  NORTH_WEST_LEAD,
  SRO_MEMBER,
} from './cohortTestKit';

/**
 * Forum decisions are taken only in a quorate PSF (docs/marsoc-cycle.md), so
 * the cohort tests decide through one: scheduled by the region's lead, the
 * register's quorum (POLICE and HMPPS) recorded present, the nomination on its
 * agenda. Every step carries a client request id derived from its input, so
 * running it again for the same region and cycle replays the same meeting.
 */
export type Execute = (
  query: string,
  variables: Record<string, unknown>,
  context: { caller: Caller; purpose: typeof COHORT_MANAGEMENT },
) => Promise<OperationResult>;

const HMPPS_MEMBER = {
  sub: 'test-hmpps-member',
  name: 'Governor Notreal',
  agency: 'HMPPS',
  unit: 'HMPPS North West SOCU',
  vetting: 'SC',
};

const MEETING_STEP = (field: string, inputType: string) =>
  `mutation ($input: ${inputType}!) { step: ${field}(input: $input) { id } }`;

async function runStep(
  execute: Execute,
  chair: Caller,
  query: string,
  input: Record<string, unknown>,
): Promise<string> {
  const result = await execute(
    query,
    { input },
    { caller: chair, purpose: COHORT_MANAGEMENT },
  );
  const step = result.data?.step as { id?: string } | null | undefined;
  if (result.errors !== undefined || typeof step?.id !== 'string')
    throw new Error(
      `opening the forum failed: ${JSON.stringify(result.errors)}`,
    );
  return step.id;
}

/**
 * The chair's PSF of `cycle` in their first region, quorate, with each of
 * `nominalIds` a new nomination on its agenda; its id.
 */
export async function openForum(
  execute: Execute,
  cycle: number,
  nominalIds: readonly string[],
  chair: Caller = NORTH_WEST_LEAD,
): Promise<string> {
  const region = chair.regions[0] ?? 'NORTH_WEST';
  const meetingId = await runStep(
    execute,
    chair,
    MEETING_STEP('scheduleMeeting', 'MeetingScheduleInput'),
    {
      kind: 'PSF',
      region,
      cycle,
      date: daysFromToday(7),
      members: [SRO_MEMBER, HMPPS_MEMBER],
      clientRequestId: `kit-psf-${region}-${cycle}`,
    },
  );
  await runStep(
    execute,
    chair,
    MEETING_STEP('recordAttendance', 'MeetingAttendanceInput'),
    {
      meetingId,
      attendance: [chair.sub, SRO_MEMBER.sub, HMPPS_MEMBER.sub].map((sub) => ({
        sub,
        attendance: 'PRESENT',
      })),
      clientRequestId: `kit-attendance-${meetingId}`,
    },
  );
  for (const nominalId of nominalIds)
    await runStep(
      execute,
      chair,
      MEETING_STEP('addAgendaItem', 'MeetingAgendaItemInput'),
      {
        meetingId,
        kind: 'NEW_NOMINATION',
        nominalId,
        title: `New nomination ${nominalId}`,
        clientRequestId: `kit-agenda-${meetingId}-${nominalId}`,
      },
    );
  return meetingId;
}

/** A decision's input as recorded in `meetingId`, with a request id of its own. */
export function inForum(
  meetingId: string,
  decision: Record<string, unknown>,
): Record<string, unknown> {
  return {
    ...decision,
    meetingId,
    clientRequestId: `kit-decide-${meetingId}-${String(decision.nominalId)}-${String(decision.decision)}`,
  };
}

/**
 * Runs a PSF decision as the forum takes it: the chair's quorate PSF of the
 * decision's cycle, the nomination on its agenda, the decision recorded in it.
 */
export async function decideAtPsf(
  execute: Execute,
  decision: Record<string, unknown> & { nominalId: string; cycle: number },
  chair: Caller = NORTH_WEST_LEAD,
): Promise<OperationResult> {
  const meetingId = await openForum(
    execute,
    decision.cycle,
    [decision.nominalId],
    chair,
  );
  return execute(
    MUTATIONS.decide,
    { input: inForum(meetingId, decision) },
    { caller: chair, purpose: COHORT_MANAGEMENT },
  );
}

/** A decision input's nominal and cycle, which the forum it is taken in needs. */
export function readDecision(
  input: Record<string, unknown>,
): Record<string, unknown> & { nominalId: string; cycle: number } {
  const { nominalId, cycle } = input;
  if (typeof nominalId !== 'string' || typeof cycle !== 'number')
    throw new Error('a decision names its nominal and cycle');
  return { ...input, nominalId, cycle };
}
