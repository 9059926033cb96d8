/** A mistake in how the command was called: reported on stderr with exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
