import { type BenchOptions } from '../options/readBenchOptions';
import { type ProcessGroup } from '../process/ProcessGroup';
import {
  type ComparisonResults,
  runComparison,
  type Shapes,
} from './runComparison';
import { startSubjects } from './startSubjects';

/**
 * Everything that runs real processes: starts every subject, measures them one
 * at a time, and stops them all.
 */
export async function runSystemBench(
  options: BenchOptions,
  root: string,
  group: ProcessGroup,
  report: (line: string) => void,
): Promise<ComparisonResults> {
  const shapes: Shapes = {
    loaded: {
      connections: options.connections,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
    },
    unloaded: {
      connections: 1,
      warmupSeconds: options.warmupSeconds,
      durationSeconds: options.durationSeconds,
    },
    memorySettleSeconds: options.memorySettleSeconds,
  };
  const subjects = await startSubjects(options, root, group, report);
  try {
    return await runComparison(subjects, shapes, report);
  } finally {
    await group.stopAll();
  }
}
