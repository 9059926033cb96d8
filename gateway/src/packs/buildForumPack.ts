import {
  type CallerContext,
  type Classification,
  type RequestPurpose,
} from '@marsoc/schema';
import { buildProfileDocument } from '../profiles/buildProfileDocument';
import { type MarkingIndex } from '../profiles/createMarkingIndex';
import { createProtectiveMarking } from '../profiles/createProtectiveMarking';
import {
  type ProfileField,
  type ProfileFormat,
} from '../profiles/ProfileDocument';
import { combineMarkings } from './combineMarkings';
import { type FetchedPack } from './fetchForumPack';
import { type ForumPackDocument } from './ForumPackDocument';
import { type PackMeeting } from './readMeeting';

export interface PackFacts extends CallerContext {
  purpose: RequestPurpose;
  registerVersion: string;
  producedAt: Date;
  format: ProfileFormat;
}

const KIND_WORDS: Readonly<Record<string, string>> = {
  PSF: 'Prioritisation and Selection Forum',
  TPM: 'Tactical Planning Meeting',
};

/** The Meeting fields the cover, members and agenda print. */
const PRINTED_MEETING_FIELDS = [
  'id',
  'kind',
  'region',
  'cycle',
  'date',
  'status',
  'chair',
  'members',
  'agenda',
  'decisions',
];

/**
 * Turns what the attendee was given into their pack: the meeting's cover,
 * members and agenda, and one part per released agenda nominal built by the
 * Subject Profile export's own document code from that nominal's answer. It
 * reads only those answers and the supergraph's static markings.
 */
export function buildForumPack(
  fetched: FetchedPack,
  facts: PackFacts,
  index: MarkingIndex,
): ForumPackDocument {
  const { meeting } = fetched;
  const nominals = fetched.profiles.map(({ nominalId, answer }) =>
    buildProfileDocument(answer, { ...facts, nominalId }, index),
  );
  const meetingMarking = createProtectiveMarking({
    classifications: PRINTED_MEETING_FIELDS.flatMap(
      (field): Classification[] => {
        const marking = index.field('Meeting', field)?.marking;
        return marking ? [marking.classification] : [];
      },
    ),
    owners: new Set(['MARSOC']),
    hasIntelligence: false,
    purpose: facts.purpose.purpose,
  });
  const marking = combineMarkings([
    meetingMarking,
    ...nominals.map((part) => part.marking),
  ]);
  const kind = KIND_WORDS[meeting.kind] ?? meeting.kind;
  return {
    title: `Forum pack: ${meeting.kind} ${meeting.region}, cycle ${meeting.cycle}`,
    marking,
    cover: [
      { label: 'Meeting', value: `${meeting.id} (${kind})` },
      { label: 'Region', value: meeting.region },
      { label: 'Cycle', value: String(meeting.cycle) },
      { label: 'Date', value: meeting.date },
      { label: 'Status', value: meeting.status },
      { label: 'Chair', value: meeting.chair },
      { label: 'Pack for', value: facts.caller.name },
      { label: 'Agency', value: facts.caller.agency },
      { label: 'Unit', value: facts.caller.unit },
      { label: 'Purpose', value: facts.purpose.purpose },
      { label: 'Justification', value: facts.purpose.justification },
      { label: 'Produced at', value: facts.producedAt.toISOString() },
      { label: 'Register version', value: facts.registerVersion },
      { label: 'Audit request id', value: facts.requestId },
      { label: 'Format', value: facts.format.toUpperCase() },
      { label: 'Classification', value: marking.banner },
    ],
    members: describeMembers(meeting),
    agenda: meeting.agenda.map((item, position) => ({
      label: `Item ${position + 1}`,
      value: [
        `${item.kind}: ${item.title}`,
        ...(item.nominalId ? [item.nominalId] : []),
        `raised by ${item.raisedByAgency}`,
      ].join(' · '),
    })),
    decisions: meeting.decisions.map((decision) => ({
      label: decision.nominalId,
      value: decision.decision,
    })),
    nominals,
    requestId: facts.requestId,
    producedAt: facts.producedAt.toISOString(),
  };
}

function describeMembers(meeting: PackMeeting): ProfileField[] {
  return [...meeting.members]
    .sort((left, right) => Number(right.isChair) - Number(left.isChair))
    .map((member) => ({
      label: `${member.name}${member.isChair ? ' (chair)' : ''}`,
      value: `${member.agency}, ${member.unit}: ${member.attendance ?? 'attendance not recorded'}`,
    }));
}
