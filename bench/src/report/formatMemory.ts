import { type ComparisonResults } from '../phases/runComparison';

/** The memory table: every service after the run, then the leak check's two readings. */
export function formatMemory(memory: ComparisonResults['memory']): string[] {
  const mib = (value: number | undefined) =>
    value === undefined ? '       -' : value.toFixed(1).padStart(8);
  return [
    '',
    'Resident memory after the run (MiB)',
    ...memory.afterRun.map(
      ({ service, rssMiB }) => `  ${service.padEnd(24)} ${mib(rssMiB)}`,
    ),
    '',
    'Leak check: our system, the same load twice (MiB after each, growth)',
    ...memory.leakCheck.map(
      ({ service, firstMiB, secondMiB, growthMiB }) =>
        `  ${service.padEnd(24)} ${mib(firstMiB)} ${mib(secondMiB)} ${growthMiB === undefined ? '' : `${growthMiB >= 0 ? '+' : ''}${growthMiB.toFixed(1)}`}`,
    ),
  ];
}
