/**
 * Serialises commits and batches whatever queued up while the previous commit
 * was in flight into the next one ("group commit"): one write and one fsync
 * (or one Redis round trip) for many appends, while every caller's promise
 * settles only with the outcome of the commit that carried its item.
 */
export interface GroupCommitter<TItem, TResult> {
  submit(item: TItem): Promise<TResult>;
  /** Resolves once everything submitted so far has been committed or failed. */
  drain(): Promise<void>;
}

interface Pending<TItem, TResult> {
  item: TItem;
  resolve(result: TResult): void;
  reject(reason: unknown): void;
}

export function createGroupCommitter<TItem, TResult>(
  commit: (batch: readonly TItem[]) => Promise<readonly TResult[]>,
  maxBatch: number,
): GroupCommitter<TItem, TResult> {
  const queue: Pending<TItem, TResult>[] = [];
  let flushing: Promise<void> | undefined;

  async function commitOne(batch: Pending<TItem, TResult>[]): Promise<void> {
    try {
      const results = await commit(batch.map((pending) => pending.item));
      if (results.length !== batch.length) {
        throw new Error(
          `commit returned ${results.length} results for ${batch.length} items`,
        );
      }
      batch.forEach((pending, index) =>
        pending.resolve(results[index] as TResult),
      );
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) {
        await commitOne(queue.splice(0, maxBatch));
      }
    } finally {
      // Cleared in the same turn as the empty-queue check, so a later submit
      // always starts a new flush.
      flushing = undefined;
    }
  }

  return {
    submit(item) {
      return new Promise<TResult>((resolve, reject) => {
        queue.push({ item, resolve, reject });
        flushing ??= flush();
      });
    },
    async drain() {
      while (flushing !== undefined) await flushing;
    },
  };
}
