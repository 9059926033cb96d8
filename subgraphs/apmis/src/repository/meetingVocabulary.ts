import { createEnumeration } from '@marsoc/schema';

/**
 * The closed code lists of the MARSOC meeting cycle (seed 000 E494-E530,
 * Table B1 3.1 and 4.3 at E794, E807). The schema.graphql enums list the same.
 */

/** A Prioritisation and Selection Forum or a Tactical Planning Meeting. */
export const MeetingKind = createEnumeration('MeetingKind', [
  'PSF',
  'TPM',
] as const);
export type MeetingKind = (typeof MeetingKind.values)[number];

/**
 * How a member attended. A silent attendee sits in without contributing (HMRC
 * and DWP for want of an agreement, E496); only PRESENT counts to a quorum.
 */
export const MeetingAttendance = createEnumeration('MeetingAttendance', [
  'PRESENT',
  'APOLOGIES',
  'ABSENT',
  'SILENT_ATTENDEE',
] as const);
export type MeetingAttendance = (typeof MeetingAttendance.values)[number];

/**
 * What an agenda item is: a new nomination (PSFs focused on them, E508), a
 * review of a current cohort nominal, one of the two nominals with the highest
 * risk and opportunity (TPMs, E508), or a covert item discussed only among the
 * agencies allowed to know of it (time slots with a focused group, E526).
 */
export const AgendaItemKind = createEnumeration('MeetingAgendaItemKind', [
  'NEW_NOMINATION',
  'REVIEW',
  'PRIORITY',
  'COVERT',
] as const);
export type AgendaItemKind = (typeof AgendaItemKind.values)[number];

export const MeetingStatus = createEnumeration('MeetingStatus', [
  'SCHEDULED',
  'CLOSED',
] as const);
export type MeetingStatus = (typeof MeetingStatus.values)[number];

/** The meeting's mutations, as the idempotency log names them. */
export const MeetingOperation = createEnumeration('MeetingOperation', [
  'SCHEDULE',
  'ATTENDANCE',
  'AGENDA_ITEM',
  'DECISION',
  'CLOSE',
] as const);
export type MeetingOperation = (typeof MeetingOperation.values)[number];

/** At most this many PRIORITY items per TPM: "the two nominals with the highest risk and opportunity" (E508). */
export const MAX_PRIORITY_ITEMS = 2;
