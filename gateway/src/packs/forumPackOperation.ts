/**
 * The operations a forum pack runs, as the attendee, through the gateway's own
 * Apollo server: the meeting (its record and agenda, as the register lets the
 * attendee see them, covert items only for those allowed to know of them),
 * then the Subject Profile operation for each nominal on that agenda under a
 * name of the pack's own, so every owner's record says what document its data
 * fed (seed 000 E494-E530; docs/marsoc-cycle.md#forum-packs).
 */
import { type ProfileFormat } from '../profiles/ProfileDocument';
import { createNamedProfileOperation } from '../profiles/subjectProfileOperation';

/** `ForumPackPdf`, `ForumPackDocx`: the meeting read and the pack's own audit record. */
export function describePackOperationName(format: ProfileFormat): string {
  return `ForumPack${capitalise(format)}`;
}

/** `ForumPackProfilePdf`: each nominal's Subject Profile fetched for the pack. */
export function describePackProfileOperationName(
  format: ProfileFormat,
): string {
  return `ForumPackProfile${capitalise(format)}`;
}

export function createForumPackOperation(format: ProfileFormat): string {
  return `query ${describePackOperationName(format)}${MEETING_SELECTION}`;
}

function capitalise(format: ProfileFormat): string {
  return `${format.charAt(0).toUpperCase()}${format.slice(1)}`;
}

const MEETING_SELECTION = `($id: ID!) {
  meeting(id: $id) {
    id kind region cycle date status closedAt
    chair { sub name agency unit }
    members { sub name agency unit isChair attendance }
    agenda { id kind title raisedByAgency knownToAgencies nominal { id } }
    decisions { nominal { id } decision }
  }
}`;

/** Every operation text a pack runs, for the metrics' known operations. */
export function listForumPackOperations(): string[] {
  return (['pdf', 'docx'] as const).flatMap((format) => [
    createForumPackOperation(format),
    createNamedProfileOperation(describePackProfileOperationName(format)),
  ]);
}
