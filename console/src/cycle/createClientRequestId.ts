/**
 * A fresh idempotency key for one submission of a cycle form (8-100 letters,
 * digits or . _ : -): a retry with the same key gets the first answer, and a
 * new submission a new key.
 */
export function createClientRequestId(action: string): string {
  return `console-${action}-${crypto.randomUUID()}`;
}
