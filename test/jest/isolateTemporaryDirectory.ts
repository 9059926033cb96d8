import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RUN_TEMPORARY_DIRECTORY } from './runTemporaryDirectory';

/**
 * jest globalSetup: the run gets a temporary directory of its own, and every
 * test, worker and process a test starts makes its temporary files there
 * (os.tmpdir() reads TMPDIR). What is left in it at the end was not cleaned
 * up; a concurrent run's files never mix with this run's.
 */
export default function isolateTemporaryDirectory(): void {
  const directory = mkdtempSync(join(tmpdir(), 'marsoc-test-run-'));
  process.env[RUN_TEMPORARY_DIRECTORY] = directory;
  process.env.TMPDIR = directory;
}
