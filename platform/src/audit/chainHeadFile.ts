import { open } from 'node:fs/promises';
import { type Logger } from 'pino';
import { GENESIS_HEAD, headOf, isSealIntact } from './chain';
import { AuditValidationError } from './fields';
import { readFileTail } from './fileTail';
import { parseAuditRecord } from './parseRecord';
import { type ChainHead } from './types';

/**
 * What to do when the log ends in a torn line. Such a line can only come from
 * a write that never completed its fsync, so no caller was told it succeeded;
 * it can also come from someone truncating the log. 'refuse' leaves the
 * decision to a person; 'quarantine' moves the torn bytes aside into a
 * `.torn-<time>` file and continues from the last whole record.
 */
export type TornTailPolicy = 'refuse' | 'quarantine';

export class AuditLogDamagedError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(
      `audit log ${file} is damaged: ${problem}; refusing to continue its chain`,
    );
    this.name = 'AuditLogDamagedError';
  }
}

/** The head of the chain stored in `path`, checked before anything is appended to it. */
export async function loadChainHead(
  path: string,
  chainId: string,
  onTornTail: TornTailPolicy,
  log: Logger,
): Promise<ChainHead> {
  const tail = await readFileTail(path);
  switch (tail.kind) {
    case 'empty':
      return GENESIS_HEAD;
    case 'line':
      return readHeadFromLine(path, chainId, tail.text);
    case 'torn':
      if (onTornTail === 'refuse') {
        throw new AuditLogDamagedError(
          path,
          'the last line is torn (truncated mid-record)',
        );
      }
      await quarantineTornTail(path, tail.intactLength, tail.size, log);
      return loadChainHead(path, chainId, 'refuse', log);
  }
}

function readHeadFromLine(
  path: string,
  chainId: string,
  text: string,
): ChainHead {
  let record;
  try {
    record = parseAuditRecord(JSON.parse(text));
  } catch (error) {
    throw new AuditLogDamagedError(
      path,
      `the last line is not an audit record (${describe(error)})`,
    );
  }
  if (record.chainId !== chainId) {
    throw new AuditLogDamagedError(
      path,
      `the last record belongs to chain ${record.chainId}`,
    );
  }
  if (!isSealIntact(record)) {
    throw new AuditLogDamagedError(
      path,
      `the last record (sequence ${record.sequence}) was edited`,
    );
  }
  return headOf(record);
}

async function quarantineTornTail(
  path: string,
  intactLength: number,
  size: number,
  log: Logger,
): Promise<void> {
  const quarantine = `${path}.torn-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const source = await open(path, 'r');
  try {
    // Closed in finally whatever fails, the second open included.
    const target = await open(quarantine, 'wx', 0o600);
    try {
      const torn = Buffer.alloc(size - intactLength);
      await source.read(torn, 0, torn.length, intactLength);
      await target.write(torn);
      await target.sync();
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
  const file = await open(path, 'r+');
  try {
    await file.truncate(intactLength);
    await file.sync();
  } finally {
    await file.close();
  }
  log.warn(
    { file: path, quarantine, bytes: size - intactLength },
    'audit log ended in a torn line; moved it aside and continued from the last whole record',
  );
}

/** Never a JSON.parse message: it quotes the line it failed on. */
function describe(error: unknown): string {
  return error instanceof AuditValidationError
    ? error.message
    : 'not valid JSON';
}
