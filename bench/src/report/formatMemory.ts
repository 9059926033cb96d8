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
    'Leak check: our system, the same load twice (MiB after each, growth; heap: in use after a full collection)',
    ...memory.leakCheck.map(
      ({ service, firstMiB, secondMiB, growthMiB, heap }) =>
        `  ${service.padEnd(24)} resident ${mib(firstMiB)} ${mib(secondMiB)} ${signed(growthMiB).padStart(7)}` +
        (heap
          ? `   heap ${mib(heap.firstMiB)} ${mib(heap.secondMiB)} ${signed(heap.growthMiB).padStart(7)}`
          : ''),
    ),
  ];
}

function signed(value: number | undefined): string {
  return value === undefined
    ? ''
    : `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
}
