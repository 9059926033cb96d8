import { type ProfileFormat } from '../profiles/ProfileDocument';
import { readDocumentTarget } from '../profiles/readExportTarget';

export const FORUM_PACKS_PATH = '/export/forum-pack/';

const MEETING_ID = /^MTG-\d{6,12}$/;

/** What `/export/forum-pack/<meetingId>.<format>` asks for, or why it cannot be read. */
export type PackTarget =
  | { ok: true; meetingId: string; format: ProfileFormat }
  | { ok: false; message: string };

/** Reads the pack's path, as the profile export reads its own. */
export function readPackTarget(path: string): PackTarget {
  const target = readDocumentTarget(path, {
    path: FORUM_PACKS_PATH,
    id: MEETING_ID,
    idName: 'meeting',
    idExample: 'MTG-000001',
    idPlaceholder: 'meetingId',
  });
  return target.ok
    ? { ok: true, meetingId: target.id, format: target.format }
    : target;
}
