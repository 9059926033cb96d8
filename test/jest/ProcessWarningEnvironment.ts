import {
  type EnvironmentContext,
  type JestEnvironmentConfig,
} from '@jest/environment';
import { type Circus } from '@jest/types';
import { TestEnvironment as NodeEnvironment } from 'jest-environment-node';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * Jest's node environment, where a process warning fails the test. A warning
 * (a deprecation, a listener leak, a FileHandle the garbage collector had to
 * close) is printed to stderr and the run stays green, so nobody reads it;
 * the console guard in jest.setup.js cannot see it, because the test's
 * `process` is a copy and warnings are emitted on the real one.
 */
export default class ProcessWarningEnvironment extends NodeEnvironment {
  private readonly warnings: Error[] = [];
  private readonly recordWarning = (warning: Error): void => {
    this.warnings.push(warning);
  };

  constructor(config: JestEnvironmentConfig, context: EnvironmentContext) {
    super(config, context);
    process.on('warning', this.recordWarning);
  }

  async handleTestEvent(event: Circus.Event): Promise<void> {
    if (event.name !== 'test_done') return;
    // emitWarning delivers on a later tick: let a warning from the test arrive.
    await settle();
    for (const warning of this.warnings.splice(0))
      event.test.errors.push(describeWarning(warning));
  }

  override async teardown(): Promise<void> {
    await super.teardown();
    // A handle left open is closed (with a warning) only when it is collected:
    // collect now, so the leak is reported by the file that made it (or, when
    // that file's scope still held it, by the next file in the same worker).
    collectGarbage();
    await settle();
    process.off('warning', this.recordWarning);
    const late = this.warnings.splice(0);
    if (late.length > 0) {
      throw new AggregateError(
        late.map(describeWarning),
        `process warnings after the last test (an open handle warns when collected): ${late.map(summarise).join('; ')}`,
      );
    }
  }
}

const collectGarbage = ((): (() => void) => {
  // The flag is honoured by contexts created after it is set.
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();

async function settle(): Promise<void> {
  for (let turn = 0; turn < 3; turn += 1)
    await new Promise((resolve) => setImmediate(resolve));
}

function summarise(warning: Error): string {
  const code = (warning as Error & { code?: string }).code;
  return `${warning.name}${code === undefined ? '' : ` ${code}`}: ${warning.message}`;
}

function describeWarning(warning: Error): Error {
  const error = new Error(
    `a process warning was emitted: ${summarise(warning)}`,
  );
  error.stack = `${error.message}\n${warning.stack?.split('\n').slice(1).join('\n') ?? ''}`;
  return error;
}
