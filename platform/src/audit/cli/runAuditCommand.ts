import { resolve } from 'node:path';
import { pino } from 'pino';
import { findAccessesTo } from '../findAccessesTo';
import { formatAccessTable } from '../formatAccesses';
import { readFileAuditLog, type AuditSource } from '../reader';
import { createAuditRedisClient } from '../redisClient';
import { readRedisAuditLog } from '../redisReader';
import { DEFAULT_AUDIT_STREAM_KEY } from '../redisSink';
import {
  verifyAuditLog,
  type AuditLogReport,
  type ChainReport,
} from '../verifyAuditLog';

export interface AuditCommandIo {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** DATA_DIR is resolved against this; `.data` under it by default. */
  projectRoot: string;
  out(text: string): void;
  err(text: string): void;
}

const USAGE = [
  'usage: npm run audit -- verify',
  '       npm run audit -- who-accessed <nominalId> [--auditor <your sub>]',
  'Reads DATA_DIR (default .data), or the Redis stream when AUDIT_SINK=redis',
  '(REDIS_URL, AUDIT_STREAM_KEY).',
].join('\n');

/** Runs one audit command; resolves to the process exit code. */
export async function runAuditCommand(io: AuditCommandIo): Promise<number> {
  const [command, ...rest] = io.args;
  try {
    if (command === 'verify' && rest.length === 0) return await verify(io);
    if (command === 'who-accessed' && rest[0] !== undefined) {
      return await whoAccessed(io, rest[0], readAuditor(io, rest.slice(1)));
    }
  } catch (error) {
    io.err(
      `audit: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  io.err(`${USAGE}\n`);
  return 2;
}

async function verify(io: AuditCommandIo): Promise<number> {
  const report = verifyAuditLog(await readSources(io));
  for (const chain of report.chains) io.out(`${describeChain(chain)}\n`);
  const records = report.chains.reduce(
    (sum, chain) => sum + (chain.result.ok ? chain.result.count : 0),
    0,
  );
  io.out(
    report.ok
      ? `audit log ok: ${report.chains.length} chains, ${countRecords(records)}\n`
      : 'audit log FAILED verification\n',
  );
  return report.ok ? 0 : 1;
}

async function whoAccessed(
  io: AuditCommandIo,
  nominalId: string,
  auditor: string | null,
): Promise<number> {
  const sources = await readSources(io);
  warnIfDamaged(io, verifyAuditLog(sources));
  if (auditor === null) {
    io.err(
      'note: pass --auditor <your sub> (or AUDIT_AUDITOR_SUB) to leave out your own activity\n',
    );
  }
  const records = sources.flatMap((source) => source.records);
  io.out(
    formatAccessTable(
      nominalId,
      findAccessesTo(records, nominalId, { excludeActorSub: auditor }),
    ),
  );
  return 0;
}

function readAuditor(
  io: AuditCommandIo,
  flags: readonly string[],
): string | null {
  if (flags.length === 0) return io.env.AUDIT_AUDITOR_SUB ?? null;
  if (flags.length === 2 && flags[0] === '--auditor' && flags[1] !== undefined)
    return flags[1];
  throw new Error(`unexpected arguments: ${flags.join(' ')}\n${USAGE}`);
}

function describeChain({
  location,
  chainId,
  result,
  place,
}: ChainReport): string {
  if (result.ok)
    return `ok      ${location} chain ${chainId}: ${countRecords(result.count)}`;
  return (
    `FAILED  ${location} chain ${chainId} at ${place ?? 'the end'}: ` +
    `sequence ${result.sequence} (record ${result.index + 1}) ${result.problem}: ${result.explanation}`
  );
}

function countRecords(count: number): string {
  return `${count} record${count === 1 ? '' : 's'}`;
}

function warnIfDamaged(io: AuditCommandIo, report: AuditLogReport): void {
  for (const chain of report.chains) {
    if (!chain.result.ok) io.err(`WARNING: ${describeChain(chain)}\n`);
  }
}

async function readSources(io: AuditCommandIo): Promise<AuditSource[]> {
  const kind = io.env.AUDIT_SINK ?? 'file';
  if (kind === 'file') {
    return readFileAuditLog(
      resolve(io.projectRoot, io.env.DATA_DIR ?? '.data'),
    );
  }
  if (kind !== 'redis')
    throw new Error(
      `AUDIT_SINK must be file or redis; got ${JSON.stringify(kind)}`,
    );
  const log = pino({ level: 'warn' }, pino.destination(2));
  const client = createAuditRedisClient(
    io.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    log,
  );
  try {
    return await readRedisAuditLog(
      client,
      io.env.AUDIT_STREAM_KEY ?? DEFAULT_AUDIT_STREAM_KEY,
    );
  } finally {
    client.disconnect();
  }
}
