import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { formatNominalId } from '@marsoc/platform';

const SCALE = 100_000;
const SCRIPT = join(__dirname, 'seedPoliceAtScale.ts');

/**
 * Seeding runs in a child Node process, not in jest's sandbox: inside the
 * sandbox every global lookup (Math in the shared PRNG) is tens of times slower,
 * so an in-sandbox run would time jest, not the seeder.
 */
interface ScaleResult {
  lastNominal: string[];
  lastConvictions: number;
  beyondLast: number;
}

function seedInChildProcess(size: number): ScaleResult {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', SCRIPT, String(size)],
    {
      cwd: join(__dirname, '..', '..', '..', '..'),
      encoding: 'utf8',
      timeout: 110_000,
    },
  );
  if (child.status !== 0)
    throw new Error(`seeding ${size} nominals failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as ScaleResult;
}

describe('seeding at benchmark scale', () => {
  it(
    // No timing assertion (docs/targets.md: targets are benchmarks, never timed unit
    // tests); the timeout only stops a runaway seed.
    'seeds 100,000 nominals, the last of them with a PNC record',
    () => {
      const result = seedInChildProcess(SCALE);
      expect(result.lastNominal).toEqual([formatNominalId(SCALE - 1)]);
      expect(result.lastConvictions).toBeGreaterThan(0);
      expect(result.beyondLast).toBe(0);
    },
    120_000,
  );
});
