import { type Redis } from 'ioredis';
import { parseHead } from './redisAppendScript';
import { addEntry, type AuditSource } from './reader';
import { chainHeadKey } from './redisSink';
import { type ChainHead } from './types';

const PAGE_SIZE = 1000;
const UNKNOWN_CHAIN = '(unreadable)';

/**
 * Reads every chain in an audit stream. Chain heads are read first, so
 * records appended while reading only make a chain longer than its head.
 */
export async function readRedisAuditLog(
  redis: Redis,
  streamKey: string,
): Promise<AuditSource[]> {
  const heads = await readHeads(redis, streamKey);
  const sources = new Map<string, AuditSource>();
  const sourceFor = (chainId: string): AuditSource => {
    let source = sources.get(chainId);
    if (source === undefined) {
      source = { location: streamKey, chainId, records: [], places: [] };
      sources.set(chainId, source);
    }
    return source;
  };
  let start = '-';
  for (;;) {
    const page = await redis.xrange(streamKey, start, '+', 'COUNT', PAGE_SIZE);
    for (const [id, fields] of page) {
      const text = fields[0] === 'record' ? (fields[1] ?? '') : '';
      addEntry(sourceFor(peekChainId(text)), text, `entry ${id}`);
    }
    const last = page[page.length - 1];
    if (last === undefined || page.length < PAGE_SIZE) break;
    start = `(${last[0]}`;
  }
  // A head with no records left means the whole chain was deleted.
  for (const [chainId, head] of heads) sourceFor(chainId).knownHead = head;
  return [...sources.values()].sort((a, b) =>
    a.chainId.localeCompare(b.chainId),
  );
}

async function readHeads(
  redis: Redis,
  streamKey: string,
): Promise<Map<string, ChainHead>> {
  const prefix = chainHeadKey(streamKey, '');
  const heads = new Map<string, ChainHead>();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${escapeGlob(prefix)}*`,
      'COUNT',
      500,
    );
    cursor = next;
    for (const key of keys) {
      heads.set(key.slice(prefix.length), parseHead(await redis.get(key), key));
    }
  } while (cursor !== '0');
  return heads;
}

/** The chain an entry claims, so a damaged entry is reported against its chain. */
function peekChainId(text: string): string {
  try {
    const parsed: unknown = JSON.parse(text);
    const chainId = (parsed as { chainId?: unknown } | null)?.chainId;
    return typeof chainId === 'string' ? chainId : UNKNOWN_CHAIN;
  } catch {
    return UNKNOWN_CHAIN;
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
