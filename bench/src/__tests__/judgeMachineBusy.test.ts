import { type BenchResults } from '../report/BenchResults';
import { BUSY_SHARE, judgeMachineBusy } from '../report/judgeMachineBusy';

function machineWith(
  otherWorkShare: number | undefined,
  loadBefore: number[],
): BenchResults['machine'] {
  return {
    cpus: 2,
    cpuModel: 'test',
    memoryGiB: 8,
    node: 'v20',
    platform: 'linux',
    loadAverage: { before: loadBefore, after: [0, 0, 0] },
    ...(otherWorkShare === undefined ? {} : { otherWorkShare }),
  };
}

describe('judging whether the machine was busy during a run', () => {
  it('calls a run quiet at 1% of the CPU to others, however high the load average after the build', () => {
    // The 2026-12-06 run: the build and seeding left the 1-minute load above half a core.
    expect(
      judgeMachineBusy(machineWith(0.01, [1.9, 1.2, 0.8])),
    ).toBeUndefined();
  });

  it('calls a run busy only above 10% of the CPU to others', () => {
    expect(BUSY_SHARE).toBe(0.1);
    const shares = [0, 0.05, 0.099, 0.1, 0.1001, 0.2, 0.9];
    const verdicts = shares.map((share) =>
      judgeMachineBusy(machineWith(share, [0, 0, 0])),
    );
    expect(verdicts).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      { kind: 'share', share: 0.1001 },
      { kind: 'share', share: 0.2 },
      { kind: 'share', share: 0.9 },
    ]);
  });

  it('falls back on the load average at the start only where the share is unknown', () => {
    expect(
      judgeMachineBusy(machineWith(undefined, [0.4, 0, 0])),
    ).toBeUndefined();
    expect(judgeMachineBusy(machineWith(undefined, [0.6, 0.3, 0.1]))).toEqual({
      kind: 'load',
      loadBefore: [0.6, 0.3, 0.1],
    });
  });
});
