import { createGroupCommitter } from '../groupCommit';

function createGate(): { promise: Promise<void>; open(): void } {
  let open = (): void => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

describe('createGroupCommitter', () => {
  it('commits what queued during a commit as one batch, in order', async () => {
    const batches: number[][] = [];
    const gate = createGate();
    const committer = createGroupCommitter(async (batch: readonly number[]) => {
      batches.push([...batch]);
      if (batches.length === 1) await gate.promise;
      return batch.map((item) => item * 10);
    }, 100);
    const results = [1, 2, 3, 4].map((item) => committer.submit(item));
    gate.open();
    await expect(Promise.all(results)).resolves.toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('never runs two commits at once', async () => {
    let running = 0;
    let mostAtOnce = 0;
    const committer = createGroupCommitter(async (batch: readonly number[]) => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      return [...batch];
    }, 3);
    await Promise.all(
      Array.from({ length: 20 }, (_, item) => committer.submit(item)),
    );
    expect(mostAtOnce).toBe(1);
  });

  it('rejects only the batch whose commit failed', async () => {
    const gate = createGate();
    let calls = 0;
    const committer = createGroupCommitter(async (batch: readonly string[]) => {
      calls += 1;
      if (calls === 1) {
        await gate.promise;
        throw new Error('disk full');
      }
      return [...batch];
    }, 10);
    const first = committer.submit('a');
    const second = committer.submit('b');
    gate.open();
    await expect(first).rejects.toThrow('disk full');
    await expect(second).resolves.toBe('b');
  });

  it('drains: resolves once every submitted item has settled', async () => {
    const settled: string[] = [];
    const committer = createGroupCommitter(
      async (batch: readonly string[]) => [...batch],
      1,
    );
    for (const item of ['a', 'b', 'c']) {
      void committer.submit(item).then((result) => settled.push(result));
    }
    await committer.drain();
    await Promise.resolve();
    expect(settled).toEqual(['a', 'b', 'c']);
  });
});
