import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseAuditRecord } from './parseRecord';
import { type AuditRecord, type ChainHead } from './types';

/** One chain as read back from storage, before verification. */
export interface AuditSource {
  /** The file path or stream key it came from. */
  location: string;
  chainId: string;
  /** Every readable record, in stored order. */
  records: AuditRecord[];
  /** Where each record sits: 'line 12' or 'entry 1700000000000-0'. */
  places: string[];
  /** The first entry that could not be read as a record. */
  unreadable?: UnreadableEntry;
  /** A head kept apart from the records, which they must reach. */
  knownHead?: ChainHead;
}

export interface UnreadableEntry {
  problem: 'TRUNCATED' | 'MALFORMED';
  /** How many readable records came before it. */
  position: number;
  place: string;
}

/** A service's audit file in the data directory: `audit-<service>.jsonl`. */
export const AUDIT_FILE = /^audit-([a-z][a-z0-9-]*)\.jsonl$/;

/** Reads every service's audit file in `directory`, one source per file. */
export async function readFileAuditLog(
  directory: string,
): Promise<AuditSource[]> {
  const names = (await listAuditDirectory(directory))
    .filter((name) => AUDIT_FILE.test(name))
    .sort();
  const sources: AuditSource[] = [];
  for (const name of names) {
    const service = AUDIT_FILE.exec(name)?.[1] as string;
    const location = join(directory, name);
    sources.push(
      readLines(location, service, await readFile(location, 'utf8')),
    );
  }
  return sources;
}

/** The data directory's entries; a missing directory is an error, never an empty log. */
export async function listAuditDirectory(directory: string): Promise<string[]> {
  try {
    return await readdir(directory);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`no audit log directory at ${directory}`, { cause: error });
  }
}

function readLines(
  location: string,
  chainId: string,
  text: string,
): AuditSource {
  const source: AuditSource = { location, chainId, records: [], places: [] };
  const lines = text.split('\n');
  // A file that ends with a newline splits into a last empty string.
  const torn = lines.pop() !== '';
  lines.forEach((line, index) => addEntry(source, line, `line ${index + 1}`));
  if (torn) markUnreadable(source, 'TRUNCATED', `line ${lines.length + 1}`);
  return source;
}

/** Adds one stored entry, remembering the first that is not a valid record. */
export function addEntry(
  source: AuditSource,
  text: string,
  place: string,
): void {
  const record = tryParseAuditLine(text);
  if (record === undefined) {
    markUnreadable(source, 'MALFORMED', place);
    return;
  }
  source.records.push(record);
  source.places.push(place);
}

function markUnreadable(
  source: AuditSource,
  problem: UnreadableEntry['problem'],
  place: string,
): void {
  source.unreadable ??= { problem, position: source.records.length, place };
}

/** One stored line as a record, or undefined when it is not a valid one. */
export function tryParseAuditLine(text: string): AuditRecord | undefined {
  try {
    return parseAuditRecord(JSON.parse(text));
  } catch {
    return undefined;
  }
}
