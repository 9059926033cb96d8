import { type PolicyCommandIo } from './PolicyCommandIo';
import { readPolicyArguments, USAGE } from './readPolicyArguments';
import { runDiff } from './runDiff';
import { runExplain } from './runExplain';
import { runPersonas } from './runPersonas';
import { UsageError } from './UsageError';

/**
 * Runs one `npm run policy` command; returns the exit code: 0 done, 1 failed
 * unexpectedly, 2 called wrongly (with the valid values on stderr).
 */
export async function runPolicyCommand(io: PolicyCommandIo): Promise<number> {
  try {
    const args = readPolicyArguments(io.args);
    switch (args.command) {
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case 'explain':
        return await runExplain(io, args);
      case 'diff':
        return runDiff(io, args);
      case 'personas':
        return runPersonas(io, args);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`policy: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    io.err(
      `policy: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
}
