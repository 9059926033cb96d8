import {
  type ProfileDocument,
  type ProfileField,
  type ProtectiveMarking,
} from '../profiles/ProfileDocument';

/**
 * One attendee's forum pack as a neutral document, what both renderers print:
 * the meeting's cover, members and agenda as that attendee may read them, then
 * one part per agenda nominal, each the Subject Profile document the profile
 * export would have given the same attendee. The marking is the highest of
 * every part's, with all their caveats.
 */
export interface ForumPackDocument {
  title: string;
  marking: ProtectiveMarking;
  cover: ProfileField[];
  /** Each member with their agency, unit and attendance, chair first. */
  members: ProfileField[];
  agenda: ProfileField[];
  decisions: ProfileField[];
  nominals: ProfileDocument[];
  /** The audit request id every page's footer carries. */
  requestId: string;
  /** UTC ISO-8601 instant. */
  producedAt: string;
}

export const PACK_SECTIONS = {
  members: 'Members and attendance',
  agenda: 'Agenda',
  decisions: 'Decisions recorded',
  noNominals: 'No nominal on this agenda is released to you.',
  noAgenda: 'Nothing on the agenda is released to you.',
  noDecisions: 'No decision is recorded in this meeting yet.',
} as const;

/** "Nominal NOM-00001: MUDLARK, Florian", a part's heading. */
export function describeNominalHeading(part: ProfileDocument): string {
  const subject = part.cover.subjectName;
  return `Nominal ${part.cover.nominalId}${subject ? `: ${subject}` : ''}`;
}

export function describePackFooterLine(document: ForumPackDocument): string {
  return `Audit request id ${document.requestId}`;
}
