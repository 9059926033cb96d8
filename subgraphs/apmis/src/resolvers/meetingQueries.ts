import { badUserInput, createWithheldError } from '@marsoc/platform';
import { rankDisclosure, Region } from '@marsoc/schema';
import { type ApmisContext } from '../context';
import { type MarkedMeeting, markMeeting } from '../meetings/markMeeting';
import { MAX_CYCLE } from '../workflow/InputReader';

const MEETING_ID = /^MTG-\d{6,12}$/;

/**
 * Whether the caller may learn of meetings in `region`, judged before any
 * meeting is read: by the register's decision on the meeting record, or, for
 * a caller it opens meetings to only in their own regions (DWP), by that
 * record condition against the region. NCND answers as no meeting would; any
 * other refusal is the WITHHELD error with its reason and route.
 */
function mayLearnOfMeetingsIn(context: ApmisContext, region: Region): boolean {
  const lookup = context.enforcement.decideLookup('Meeting.region');
  if (lookup.reveals) return true;
  if (lookup.decision.reason === 'REGION_NOT_PERMITTED') {
    const decision = context.enforcement.table.record({
      field: lookup.decision,
      marking: lookup.marking,
      record: { nominatedRegions: [region] },
      now: context.enforcement.now,
    });
    return rankDisclosure(decision.level) >= rankDisclosure('EXISTENCE');
  }
  if (lookup.decision.level === 'NCND') return false;
  throw createWithheldError(lookup.marking, lookup.decision);
}

async function loadMarked(
  context: ApmisContext,
  meetingId: string,
): Promise<MarkedMeeting | null> {
  const row = await context.loaders.meeting.load(meetingId);
  return row === null ? null : markMeeting(row);
}

export const meetingQueries = {
  /** A region's PSF and TPM of one cycle (seed 000 E494-E514). */
  async meetings(
    _: unknown,
    args: { region: string; cycle: number },
    context: ApmisContext,
  ): Promise<MarkedMeeting[]> {
    if (!Region.is(args.region))
      throw badUserInput(`region must be one of ${Region.values.join(', ')}`);
    if (
      !Number.isInteger(args.cycle) ||
      args.cycle < 1 ||
      args.cycle > MAX_CYCLE
    )
      throw badUserInput(`cycle must be a whole number from 1 to ${MAX_CYCLE}`);
    if (!mayLearnOfMeetingsIn(context, args.region)) return [];
    const ids = await context.loaders.writes.reads.meetings.findMeetingIds(
      args.region,
      args.cycle,
    );
    const meetings = await Promise.all(
      ids.map((id) => loadMarked(context, id)),
    );
    return meetings.filter((meeting) => meeting !== null);
  },

  /** One meeting; a caller who may not learn of it gets what an unknown id gets. */
  async meeting(
    _: unknown,
    args: { id: string },
    context: ApmisContext,
  ): Promise<MarkedMeeting | null> {
    if (!MEETING_ID.test(args.id))
      throw badUserInput('id must be a meeting id (MTG- and digits).');
    const lookup = context.enforcement.decideLookup('Meeting.region');
    const perRecord = lookup.decision.reason === 'REGION_NOT_PERMITTED';
    if (!lookup.reveals && !perRecord) {
      if (lookup.decision.level === 'NCND') return null;
      throw createWithheldError(lookup.marking, lookup.decision);
    }
    const meeting = await loadMarked(context, args.id);
    if (meeting === null) return null;
    return mayLearnOfMeetingsIn(context, meeting.region) ? meeting : null;
  },
};
