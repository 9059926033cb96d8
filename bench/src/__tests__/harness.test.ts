import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '@marsoc/platform';
import { readBenchOptions } from '../options/readBenchOptions';
import { toNodeArguments } from '../process/serviceRuntime';
import { summariseCpuProfile } from '../profile/summariseCpuProfile';

describe('the bench options', () => {
  it('runs compiled, with the data-scale row, on ports from 16600 by default', () => {
    const options = readBenchOptions([], {});
    expect(options.runtime).toBe('compiled');
    expect(options.largeScale).toBe(100_000);
    expect(options.ports).toEqual({ first: 16600, last: 16699 });
  });

  it('takes the ports, the runtime and the rows to skip from the command line and the environment', () => {
    const options = readBenchOptions(
      ['--tsx', '--no-data-scale', '--compare', 'before.json'],
      { BENCH_BASE_PORT: '20000', BENCH_PORT_SPAN: '40' },
    );
    expect(options.runtime).toBe('tsx');
    expect(options.largeScale).toBeUndefined();
    expect(options.compareFile).toBe('before.json');
    expect(options.ports).toEqual({ first: 20000, last: 20039 });
  });

  it('refuses a bad value naming the variable', () => {
    expect(() => readBenchOptions([], { BENCH_BASE_PORT: '80' })).toThrow(
      /BENCH_BASE_PORT=80/,
    );
    expect(() => readBenchOptions(['--profile', 'all'], {})).toThrow(
      /--profile all/,
    );
  });
});

describe('how a service is started', () => {
  it('runs the compiled twin of a src/ entry under the marsoc-dist condition', () => {
    expect(toNodeArguments('compiled', 'subgraphs/police/src/main.ts')).toEqual(
      [
        '--conditions=marsoc-dist',
        join(PROJECT_ROOT, 'subgraphs/police/dist/main.js'),
      ],
    );
    expect(toNodeArguments('tsx', 'gateway/src/main.ts')).toEqual([
      '--import',
      'tsx',
      join(PROJECT_ROOT, 'gateway/src/main.ts'),
    ]);
    expect(() => toNodeArguments('compiled', 'scripts/start.ts')).toThrow(
      /not a TypeScript entry under a src\/ folder/,
    );
  });
});

describe('a CPU profile summary', () => {
  it('sums self time by frame and by package, leaving idle time out', () => {
    const directory = mkdtempSync(join(tmpdir(), 'marsoc-bench-profile-'));
    try {
      const file = join(directory, 'gateway.cpuprofile');
      const frame = (id: number, functionName: string, url: string) => ({
        id,
        callFrame: { functionName, url, lineNumber: 9 },
      });
      writeFileSync(
        file,
        JSON.stringify({
          nodes: [
            frame(1, '(idle)', ''),
            frame(
              2,
              'sign',
              `file://${PROJECT_ROOT}/node_modules/jose/dist/sign.js`,
            ),
            frame(
              3,
              'encode',
              `file://${PROJECT_ROOT}/platform/src/audit/canonical.ts`,
            ),
          ],
          samples: [1, 2, 2, 3],
          timeDeltas: [5000, 1000, 1000, 2000],
        }),
      );
      const summary = summariseCpuProfile('gateway', file);
      expect(summary.idleMs).toBe(5);
      expect(summary.busyMs).toBe(4);
      expect(
        summary.packages.map(({ name, selfMs }) => [name, selfMs]),
      ).toEqual([
        ['jose', 2],
        ['ours:platform', 2],
      ]);
      expect(summary.frames[0]).toEqual({
        frame: 'sign jose/dist/sign.js:10',
        selfMs: 2,
        share: 0.5,
      });
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
