import { isVettedTo, type Vetting } from '@marsoc/schema';
import { type CohortMembershipRow } from '../repository/CohortRows';
import { type MeetingRow } from '../repository/MeetingRows';
import { type CohortProblems } from '../workflow/CohortProblems';
import { InputReader } from '../workflow/InputReader';
import { recordForumDecision } from '../workflow/nominationCommands';
import { finish } from '../workflow/parseNominationInputs';
import { type CohortRequest } from '../workflow/runCohortChange';
import { readMeetingReference } from './parseMeetingInputs';
import { readForumQuorum } from './readForumQuorum';
import { type MeetingStores, runMeetingWork } from './runMeetingChange';

type Input = Readonly<Record<string, unknown>>;

/** The SRO named on acceptance presents at the PSF SC-cleared (seed 000 E793). */
export const SRO_VETTING: Vetting = 'SC';

/**
 * A PSF decision recorded in the meeting by its chair, with the members present
 * (seed 000 E794: selection by the standing members of the PSF; E524: not made
 * before the meeting without the partners). The meeting must be quorate, the
 * nomination on its agenda, the cycle the meeting's, and the SRO named on an
 * acceptance a member of the meeting vetted SC or above. The decision then
 * drives the cohort state machine in the same transaction: a refusal by either
 * writes nothing.
 */
export async function recordMeetingDecision(
  stores: MeetingStores,
  request: CohortRequest,
  input: Input,
): Promise<CohortMembershipRow> {
  const reader = new InputReader();
  const reference = readMeetingReference(reader, input);
  const nominalId = reader.nominalId(input.nominalId);
  const parsed = finish(reader, () => ({
    meetingId: reference.meetingId as string,
    clientRequestId: reference.clientRequestId as string,
    nominalId: nominalId as string,
  }));
  await runMeetingWork(stores, request, {
    operation: 'DECISION',
    actor: 'CHAIR',
    writes: 'Meeting.decisions',
    input,
    parsed,
    async apply(value, problems, meeting) {
      const sro = checkDecisionInput(meeting, value.nominalId, input, problems);
      problems.throwIfCallerOrInput();
      const present = checkQuorum(meeting, problems);
      problems.throwIfAny();
      const {
        meetingId: _meeting,
        clientRequestId: _id,
        seniorResponsibleOfficerSub: _sro,
        ...decision
      } = input;
      const written = await recordForumDecision(stores.cohort, request, {
        ...decision,
        ...(sro === null ? {} : { seniorResponsibleOfficer: sro }),
      });
      await stores.meetings.insertDecision(meeting.id, {
        nominationId: written.nominationId,
        nominalId: written.nominalId,
        decision: written.forumDecision?.decision ?? 'ACCEPT',
        recordedBy: request.caller.sub,
        recordedAt: request.now,
        presentMembers: present,
      });
      return meeting.id;
    },
  });
  const membership = await stores.cohort.findLatestNomination(nominalId ?? '');
  if (membership === null)
    throw new Error('a recorded decision left no nomination to read');
  return membership;
}

/**
 * What only a meeting adds to the decision's input: a PSF, the nomination on
 * its agenda, its cycle, and on ACCEPT the SRO as a member. Returns the SRO as
 * the cohort records them ("name, unit"), or null when no SRO is named.
 */
function checkDecisionInput(
  meeting: MeetingRow,
  nominalId: string,
  input: Input,
  problems: CohortProblems,
): string | null {
  if (meeting.kind !== 'PSF')
    problems.addInput(
      `${meeting.id} is a TPM; forum decisions are taken at a PSF.`,
    );
  if (input.cycle !== meeting.cycle)
    problems.addInput(`cycle must be the meeting's own (${meeting.cycle}).`);
  const onAgenda = meeting.agenda.some(
    (item) => item.kind === 'NEW_NOMINATION' && item.nominalId === nominalId,
  );
  if (!onAgenda)
    problems.addInput(
      `${nominalId} is not a new nomination on the agenda of ${meeting.id}.`,
    );
  const sroSub = input.seniorResponsibleOfficerSub;
  if (input.decision !== 'ACCEPT') {
    if (sroSub !== undefined && sroSub !== null)
      problems.addInput(
        'seniorResponsibleOfficerSub must be left out unless the decision is ACCEPT.',
      );
    return null;
  }
  const sro = meeting.members.find((member) => member.sub === sroSub);
  if (sro === undefined) {
    problems.addInput(
      'seniorResponsibleOfficerSub must name a member of the meeting.',
    );
    return null;
  }
  if (!isVettedTo(sro.vetting, SRO_VETTING))
    problems.addInput(
      `The SRO must hold ${SRO_VETTING} vetting or above (seed 000 E793); ${sro.name} holds ${sro.vetting}.`,
    );
  return `${sro.name}, ${sro.unit}`;
}

/**
 * The subjects of the members present, once the chair and every agency of the
 * register's forum quorum are among them.
 */
function checkQuorum(meeting: MeetingRow, problems: CohortProblems): string[] {
  const present = meeting.members.filter(
    (member) => member.attendance === 'PRESENT',
  );
  const missing = readForumQuorum().filter(
    (agency) => !present.some((member) => member.agency === agency),
  );
  if (!present.some((member) => member.isChair))
    problems.addState(
      `${meeting.id} is not quorate: its chair is not recorded as present.`,
    );
  if (missing.length > 0)
    problems.addState(
      `${meeting.id} is not quorate: no member of ${missing.join(', ')} is recorded as present (silent attendees do not count).`,
    );
  return present.map((member) => member.sub);
}
