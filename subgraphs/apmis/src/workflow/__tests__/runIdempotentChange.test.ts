import { type GraphQLError } from 'graphql';
import { TEST_CALLER } from '@marsoc/platform/testing';
import { type Caller } from '@marsoc/schema';
import { type CohortRequest } from '../runCohortChange';
import {
  fingerprintInput,
  type LoggedWrite,
  runIdempotentChange,
  type WriteGuard,
  type WriteLog,
} from '../runIdempotentChange';

/**
 * The one write path the meetings, disruptions and hand-offs share: judged
 * first, replayed under a client request id inside the write's transaction,
 * nothing written on a refusal. A memory log and a transaction that keeps a
 * copy of it to put back stand in for the database (ApmisWrites runs the
 * real one).
 */
type Operation = 'RECORD' | 'CLOSE';

function createMemory() {
  let rows = new Map<string, LoggedWrite<Operation>>();
  let written: string[] = [];
  const log: WriteLog<Operation> = {
    findWrite: (sub, id) => Promise.resolve(rows.get(`${sub} ${id}`) ?? null),
    recordWrite: (sub, id, write) => {
      rows.set(`${sub} ${id}`, write);
      return Promise.resolve();
    },
  };
  async function transaction<T>(work: () => Promise<T>): Promise<T> {
    const [keptRows, keptWritten] = [new Map(rows), [...written]];
    try {
      return await work();
    } catch (error) {
      [rows, written] = [keptRows, keptWritten];
      throw error;
    }
  }
  return {
    log,
    transaction,
    write: (what: string) => written.push(what),
    written: () => [...written],
    logged: () => rows.size,
  };
}

const GUARD: WriteGuard = {
  writes: 'Nominal.cohort',
  subject: 'This change',
  audited: 'what they audit',
  refused: 'Change refused; nothing was written.',
};

function requestBy(
  caller: Caller = TEST_CALLER,
  purpose: 'COHORT_MANAGEMENT' | 'AUDIT' = 'COHORT_MANAGEMENT',
  access: 'FULL' | 'SUMMARY' = 'FULL',
): CohortRequest {
  return {
    caller,
    purpose: { purpose, justification: 'Unit test of the write path' },
    now: '2026-05-01T09:30:00.000Z',
    accessTo: () => access,
  };
}

function changeOf(
  memory: ReturnType<typeof createMemory>,
  input: Record<string, unknown>,
  operation: Operation = 'RECORD',
) {
  return {
    operation,
    input,
    parsed: {
      value: { clientRequestId: String(input.clientRequestId) },
      problems: [] as [],
    },
    apply: () => {
      memory.write(JSON.stringify(input));
      if (input.refuse === true)
        return Promise.reject(new Error('refused inside'));
      return Promise.resolve(`ID-${memory.written().length}`);
    },
  };
}

/** Runs one write of `input` through the shared path. */
function run(
  memory: ReturnType<typeof createMemory>,
  input: Record<string, unknown>,
  request: CohortRequest = requestBy(),
  operation: Operation = 'RECORD',
): Promise<string> {
  return memory.transaction(() =>
    runIdempotentChange(
      memory.log,
      request,
      GUARD,
      changeOf(memory, input, operation),
    ),
  );
}

async function codeOf(attempt: () => Promise<unknown>): Promise<unknown> {
  try {
    await attempt();
  } catch (error) {
    return (error as GraphQLError).extensions?.code ?? 'THROWN';
  }
  return 'NONE';
}

describe('a write retried under a client request id', () => {
  it('returns what the first attempt wrote, and writes nothing more, for the same input in any order', async () => {
    const memory = createMemory();
    const first = { note: 'a', tags: ['x', 'y'], clientRequestId: 'request-1' };
    const id = await run(memory, first);
    const again = await run(memory, {
      clientRequestId: 'request-1',
      tags: ['x', 'y'],
      note: 'a',
      absent: null,
    });
    expect(again).toBe(id);
    expect(memory.written()).toHaveLength(1);
  });

  it('refuses the same id for another input or another operation, writing nothing', async () => {
    const memory = createMemory();
    const input = { note: 'a', clientRequestId: 'request-1' };
    await run(memory, input);
    expect(await codeOf(() => run(memory, { ...input, note: 'b' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await codeOf(() => run(memory, input, requestBy(), 'CLOSE'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(memory.written()).toHaveLength(1);
  });

  it("keeps each caller's ids apart", async () => {
    const memory = createMemory();
    const input = { note: 'a', clientRequestId: 'request-1' };
    const other = { ...TEST_CALLER, sub: 'test-other-analyst' };
    const mine = await run(memory, input);
    const theirs = await run(memory, input, requestBy(other));
    expect(theirs).not.toBe(mine);
    expect(memory.logged()).toBe(2);
  });

  it('keeps neither the write nor its id when the change is refused inside the transaction', async () => {
    const memory = createMemory();
    const input = { refuse: true, clientRequestId: 'request-1' };
    expect(await codeOf(() => run(memory, input))).toBe('THROWN');
    expect(memory.written()).toEqual([]);
    expect(memory.logged()).toBe(0);
  });

  it('refuses an auditor, another purpose and a caller the register does not release the record to in full, before anything is read', async () => {
    const auditor = { ...TEST_CALLER, roles: ['AUDITOR' as const] };
    for (const request of [
      requestBy(auditor),
      requestBy(TEST_CALLER, 'AUDIT'),
      requestBy(TEST_CALLER, 'COHORT_MANAGEMENT', 'SUMMARY'),
    ]) {
      const memory = createMemory();
      const input = { clientRequestId: 'request-1' };
      expect(await codeOf(() => run(memory, input, request))).toBe('FORBIDDEN');
      expect(memory.written()).toEqual([]);
    }
  });
});

describe('the input fingerprint', () => {
  it('ignores the order of fields and absent or null ones, at every depth, but not the order of a list', async () => {
    expect(fingerprintInput({ a: 1, b: { c: 2, d: null } })).toBe(
      fingerprintInput({ b: { c: 2 }, a: 1 }),
    );
    expect(fingerprintInput({ list: [1, 2] })).not.toBe(
      fingerprintInput({ list: [2, 1] }),
    );
  });
});
