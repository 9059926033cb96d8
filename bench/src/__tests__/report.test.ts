import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Measurement } from '../load/Measurement';
import { type BenchResults } from '../report/BenchResults';
import { formatComparison, readEarlierRows } from '../report/compareResults';
import { evaluateGoals } from '../report/evaluateGoals';
import { listRows } from '../report/listRows';

function measured(
  requestsPerSecond: number,
  p50Ms: number,
  connections: number,
): Measurement {
  return {
    requestsPerSecond,
    p50Ms,
    p99Ms: p50Ms * 2,
    meanMs: p50Ms,
    requests: requestsPerSecond * 10,
    failures: 0,
    connections,
    durationSeconds: 10,
  };
}

const fetches = {
  total: 4,
  perSubgraph: { apmis: 1, police: 1, hmpps: 1, ncahmrc: 1 },
  representations: {},
};

/** A run where ours beats both gateways, except the cohort against plain Apollo. */
function createResults(
  leakGrowthMiB = 1,
): Omit<BenchResults, 'goals' | 'rows'> {
  const loaded = {
    ours: measured(100, 60, 16),
    apollo: measured(90, 70, 16),
    hive: measured(95, 65, 16),
    floor: measured(300, 20, 16),
  };
  const unloaded = {
    ours: measured(80, 10, 1),
    apollo: measured(70, 11, 1),
    hive: measured(75, 10.5, 1),
    floor: measured(200, 5, 1),
  };
  return {
    startedAt: '2026-12-06T00:00:00.000Z',
    tookSeconds: 600,
    machine: {
      cpus: 2,
      cpuModel: 'test',
      memoryGiB: 8,
      node: 'v20',
      platform: 'linux',
      loadAverage: { before: [0, 0, 0], after: [1, 1, 1] },
      otherWorkShare: 0.01,
    },
    settings: {
      quick: false,
      runtime: 'compiled',
      connections: 16,
      warmupSeconds: 3,
      durationSeconds: 10,
      dataScale: 1000,
    },
    loaded,
    unloaded,
    cohort: {
      size: 100,
      answerBytes: 1000,
      fetches: { single: fetches, cohort: fetches },
      loaded: {
        ours: measured(5, 300, 16),
        apollo: measured(6, 250, 16),
        floor: measured(9, 100, 16),
      },
      unloaded: {
        ours: measured(4, 25, 1),
        apollo: measured(5, 24, 1),
        floor: measured(8, 12, 1),
      },
    },
    dataScale: {
      small: { scale: 1000, loaded: loaded.ours, unloaded: unloaded.ours },
      large: {
        scale: 100000,
        loaded: measured(98, 61, 16),
        unloaded: measured(79, 10.5, 1),
      },
    },
    audit: {
      file: { loaded: loaded.ours, unloaded: unloaded.ours },
      redis: { measured: false, reason: 'skipped (--no-redis)' },
      off: {
        measured: true,
        loaded: measured(110, 55, 16),
        unloaded: measured(90, 9, 1),
      },
    },
    memory: {
      afterRun: [{ service: 'file-gateway', rssMiB: 200 }],
      leakCheck: [
        {
          service: 'file-gateway',
          firstMiB: 200,
          secondMiB: 200 + leakGrowthMiB,
          growthMiB: leakGrowthMiB,
        },
      ],
    },
    policy: {} as BenchResults['policy'],
  };
}

describe('the bench report', () => {
  it('judges each goal of docs/targets.md by its own figures', () => {
    const goals = evaluateGoals(createResults());
    const met = Object.fromEntries(goals.map((goal) => [goal.goal, goal.met]));
    expect(goals.map((goal) => goal.met)).toEqual([
      true, // throughput against plain Apollo: 100 vs 90
      true, // against Hive: 100 vs 95
      true, // own cost 5 ms vs plain Apollo's 6 ms
      true, // 4 fetches for 100 nominals as for 1
      true, // cohort 25 ms, 2.5 times one nominal's 10 ms
      false, // cohort 25 ms against plain Apollo's 24 ms
      true, // 10.5 ms against 10 ms over 10^5 nominals
      true, // grew 1 MiB
    ]);
    expect(Object.keys(met)).toHaveLength(8);
  });

  it('calls growth beyond 8 MiB and 5% a leak, naming the process', () => {
    const leak = evaluateGoals(createResults(40)).at(-1);
    expect(leak?.met).toBe(false);
    expect(leak?.figure).toContain('file-gateway +40.0 MiB');
  });

  it('judges by the heap after a full collection where the probe read it: resident growth alone is the allocator settling', () => {
    const withHeap = (residentGrowth: number, heapGrowth: number) => {
      const results = createResults(residentGrowth);
      const [check] = results.memory.leakCheck;
      if (!check) throw new Error('no leak check row');
      check.heap = {
        firstMiB: 40,
        secondMiB: 40 + heapGrowth,
        growthMiB: heapGrowth,
      };
      return evaluateGoals(results).at(-1);
    };
    const settling = withHeap(40, 0.3);
    expect(settling?.met).toBe(true);
    expect(settling?.figure).toContain('0.3 MiB (heap, file-gateway)');
    const leaking = withHeap(1, 20);
    expect(leaking?.met).toBe(false);
    expect(leaking?.figure).toContain('file-gateway +20.0 MiB (heap)');
  });

  it('lists every measured row under an id that stays the same from run to run', () => {
    const ids = listRows(createResults()).map((row) => row.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'single.16.ours',
        'single.1.floor',
        'cohort.16.apollo',
        'cohort.1.floor',
        'audit.16.file',
        'audit.1.off',
        'scale.1.100000',
      ]),
    );
    expect(ids.some((id) => id.includes('redis'))).toBe(false);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('prints the change of each row against an earlier run read back from its file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'marsoc-bench-compare-'));
    try {
      const file = join(directory, 'before.json');
      const before = createResults();
      writeFileSync(
        file,
        JSON.stringify({ ...before, rows: listRows(before) }),
      );
      const after = createResults();
      after.loaded.ours = measured(120, 50, 16);
      const lines = formatComparison(readEarlierRows(file), listRows(after));
      const ours = lines.find((line) => line.includes('single.16.ours'));
      expect(ours).toContain('100.0 → 120.0 req/s (+20.0%)');
      expect(ours).toContain('60.00 → 50.00 ms (-16.7%)');
      // A row that answered nothing has no p50: NaN, written as null.
      const empty = listRows(before).map((row) => ({
        ...row,
        measurement: { ...row.measurement, p50Ms: Number.NaN },
      }));
      writeFileSync(file, JSON.stringify({ startedAt: 'x', rows: empty }));
      expect(
        formatComparison(readEarlierRows(file), listRows(after)).find((line) =>
          line.includes('single.16.ours'),
        ),
      ).toContain('- → 50.00 ms (no change to compute)');
      writeFileSync(file, '{"startedAt":"x"}');
      expect(() => readEarlierRows(file)).toThrow(/has no rows/);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
