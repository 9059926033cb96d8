import { readdirSync, rmSync } from 'node:fs';
import { userInfo } from 'node:os';
import { RUN_TEMPORARY_DIRECTORY } from './runTemporaryDirectory';

/**
 * tsx's compile cache, which the processes the end-to-end tests start keep
 * in the temporary directory: a tool's cache, not a test's leftover.
 */
const TOOL_CACHES = new Set([`tsx-${userInfo().uid}`]);

/**
 * jest globalTeardown: fails the run (non-zero exit) if a test left anything
 * in the run's temporary directory, naming what, and removes the directory.
 */
export default function assertNoTemporaryLeftovers(): void {
  const directory = process.env[RUN_TEMPORARY_DIRECTORY];
  if (directory === undefined) return;
  const leftovers = readdirSync(directory).filter(
    (name) => !TOOL_CACHES.has(name),
  );
  rmSync(directory, { recursive: true, force: true });
  if (leftovers.length > 0) {
    throw new Error(
      `tests left temporary files behind (a test removes what it makes in afterAll or finally, also when it fails): ${leftovers.sort().join(', ')}`,
    );
  }
}
