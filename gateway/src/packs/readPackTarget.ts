import { type ProfileFormat } from '../profiles/ProfileDocument';

export const FORUM_PACKS_PATH = '/export/forum-pack/';

const MEETING_ID = /^MTG-\d{6,12}$/;
const FORMATS: readonly ProfileFormat[] = ['pdf', 'docx'];

/** What `/export/forum-pack/<meetingId>.<format>` asks for, or why it cannot be read. */
export type PackTarget =
  | { ok: true; meetingId: string; format: ProfileFormat }
  | { ok: false; message: string };

/**
 * Reads the pack's path. Only the shapes below are accepted; nothing in the
 * path is decoded or passed on unchecked, and the message never echoes it.
 */
export function readPackTarget(path: string): PackTarget {
  const name = path.slice(FORUM_PACKS_PATH.length);
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  const format = FORMATS.find((known) => known === extension);
  if (!format) {
    return {
      ok: false,
      message:
        'Ask for /export/forum-pack/<meetingId>.pdf or /export/forum-pack/<meetingId>.docx.',
    };
  }
  const meetingId = name.slice(0, dot);
  if (!MEETING_ID.test(meetingId)) {
    return {
      ok: false,
      message: 'The meeting id must look like MTG-000001.',
    };
  }
  return { ok: true, meetingId, format };
}
