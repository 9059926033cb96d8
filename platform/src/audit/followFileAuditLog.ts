import { type FileHandle, open, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_FILE, listAuditDirectory, tryParseAuditLine } from './reader';
import { nominalsOfDisclosure } from './disclosureAbout';
import { type AuditRecord } from './types';

const NEWLINE = 0x0a;

/** What has been read of one service's file so far. */
interface FollowedFile {
  /** The file's identity: a file replaced under the same name is read afresh. */
  inode: number;
  /** Bytes consumed: always just after a newline, so a torn tail is read again. */
  offset: number;
  records: AuditRecord[];
}

/**
 * Every service's audit file in `directory`, read as it grows: each call reads
 * only the bytes appended since the last, so answering an auditor costs the
 * new records rather than the whole log again (the log only ever grows). A
 * torn last line is left for the next call, when its writer may have finished
 * it; a malformed whole line is skipped, as `npm run audit -- verify` reports
 * it. A file that shrank or was replaced is read again from its start.
 */
export interface FollowedAuditLog {
  /** Every readable record so far, in stored order per chain. */
  readRecords(): Promise<AuditRecord[]>;
  /** For each nominal, the records naming it or disclosing anything about it. */
  readRecordsAbout(nominalIds: readonly string[]): Promise<AuditRecord[][]>;
}

export function followFileAuditLog(directory: string): FollowedAuditLog {
  const files = new Map<string, FollowedFile>();
  /** Per nominal, the records about it; rebuilt whenever a file is re-read. */
  let index = new Map<string, AuditRecord[]>();

  async function catchUp(): Promise<void> {
    const names = (await listAuditDirectory(directory))
      .filter((name) => AUDIT_FILE.test(name))
      .sort();
    let reindex = false;
    for (const name of names) {
      const path = join(directory, name);
      const { ino, size } = await stat(path);
      let followed = files.get(name);
      if (!followed || followed.inode !== ino || size < followed.offset) {
        followed = { inode: ino, offset: 0, records: [] };
        files.set(name, followed);
        reindex = true;
      }
      if (size === followed.offset) continue;
      const added = await readAppended(path, followed, size);
      if (!reindex) for (const record of added) addToIndex(index, record);
    }
    for (const name of [...files.keys()])
      if (!names.includes(name)) {
        files.delete(name);
        reindex = true;
      }
    if (reindex) {
      index = new Map();
      for (const followed of files.values())
        for (const record of followed.records) addToIndex(index, record);
    }
  }

  // One catch-up at a time: two reading the same appended bytes at once
  // would each add their records.
  let reading: Promise<void> = Promise.resolve();
  async function readOnce(): Promise<void> {
    const run = reading.then(catchUp);
    reading = run.catch(() => undefined);
    await run;
  }

  return {
    async readRecords() {
      await readOnce();
      return [...files.values()].flatMap((followed) => followed.records);
    },
    async readRecordsAbout(nominalIds) {
      await readOnce();
      return nominalIds.map((nominalId) => [...(index.get(nominalId) ?? [])]);
    },
  };
}

/** Reads `followed` from its offset up to `size`, keeping only whole lines. */
async function readAppended(
  path: string,
  followed: FollowedFile,
  size: number,
): Promise<AuditRecord[]> {
  let handle: FileHandle | undefined;
  const bytes = Buffer.alloc(size - followed.offset);
  try {
    handle = await open(path, 'r');
    const { bytesRead } = await handle.read(
      bytes,
      0,
      bytes.length,
      followed.offset,
    );
    const wholeLength =
      bytesRead === 0 ? 0 : bytes.lastIndexOf(NEWLINE, bytesRead - 1) + 1;
    const whole = bytes.subarray(0, wholeLength);
    const added: AuditRecord[] = [];
    let start = 0;
    while (start < whole.length) {
      const end = whole.indexOf(NEWLINE, start);
      const record = tryParseAuditLine(whole.toString('utf8', start, end));
      if (record !== undefined) added.push(record);
      start = end + 1;
    }
    followed.offset += whole.length;
    followed.records.push(...added);
    return added;
  } finally {
    await handle?.close();
  }
}

function addToIndex(
  index: Map<string, AuditRecord[]>,
  record: AuditRecord,
): void {
  const named = new Set(record.nominalIds);
  for (const disclosure of record.disclosures)
    for (const nominalId of nominalsOfDisclosure(disclosure))
      named.add(nominalId);
  for (const nominalId of named) {
    const about = index.get(nominalId);
    if (about) about.push(record);
    else index.set(nominalId, [record]);
  }
}
