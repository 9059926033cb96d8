/**
 * Resolves every arrival once `parties` have arrived; later arrivals (a
 * transaction's retries) pass at once. Held between a transaction's read and
 * its write, it makes two transactions overlap for certain, with no sleep.
 */
export function createBarrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let release = (): void => undefined;
  const all = new Promise<void>((resolve) => {
    release = resolve;
  });
  return () => {
    arrived += 1;
    if (arrived >= parties) release();
    return all;
  };
}
