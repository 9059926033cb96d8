import { createHash } from 'node:crypto';
import { type Redis } from 'ioredis';
import { GENESIS_HASH } from './chain';
import { type ChainHead } from './types';

/**
 * Compare-and-append: XADDs the records and moves the chain head only if the
 * head is still the one the records were linked to. Redis runs a script
 * atomically, so two writers on one chain can never both link to the same
 * head; the loser gets the current head back and relinks.
 *
 * KEYS[1] stream, KEYS[2] chain head. ARGV[1] expected head, ARGV[2] new head,
 * ARGV[3..] records (canonical JSON).
 */
const APPEND_SCRIPT = `
local head = redis.call('GET', KEYS[2])
if not head then head = '0:${GENESIS_HASH}' end
if head ~= ARGV[1] then return {0, head} end
for i = 3, #ARGV do
  redis.call('XADD', KEYS[1], '*', 'record', ARGV[i])
end
redis.call('SET', KEYS[2], ARGV[2])
return {1}
`;
const APPEND_SCRIPT_SHA = createHash('sha1')
  .update(APPEND_SCRIPT)
  .digest('hex');

export type AppendOutcome =
  { appended: true } | { appended: false; currentHead: ChainHead };

export function formatHead(head: ChainHead): string {
  return `${head.sequence}:${head.hash}`;
}

export function parseHead(
  text: string | null,
  key = 'the chain head key',
): ChainHead {
  if (text === null) return { sequence: 0, hash: GENESIS_HASH };
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (match === null)
    throw new Error(`${key} does not hold "<sequence>:<hash>"`);
  return { sequence: Number(match[1]), hash: match[2] as string };
}

export async function runAppendScript(
  redis: Redis,
  keys: { stream: string; head: string },
  expected: ChainHead,
  next: ChainHead,
  payloads: readonly string[],
): Promise<AppendOutcome> {
  const args = [
    keys.stream,
    keys.head,
    formatHead(expected),
    formatHead(next),
    ...payloads,
  ];
  let reply: unknown;
  try {
    reply = await redis.evalsha(APPEND_SCRIPT_SHA, 2, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT'))
      throw error;
    reply = await redis.eval(APPEND_SCRIPT, 2, ...args);
  }
  return readOutcome(reply);
}

function readOutcome(reply: unknown): AppendOutcome {
  if (Array.isArray(reply) && reply[0] === 1) return { appended: true };
  if (Array.isArray(reply) && reply[0] === 0 && typeof reply[1] === 'string') {
    return { appended: false, currentHead: parseHead(reply[1]) };
  }
  throw new Error('unexpected reply from the audit append script');
}
