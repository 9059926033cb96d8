import { type Measurement } from '../load/Measurement';
import { type BenchResults, type BenchRow } from './BenchResults';

type Measured = Omit<BenchResults, 'rows' | 'goals'>;

/** Every measurement of a run as rows with stable ids (`single.16.ours`, `scale.1.100000`, ...). */
export function listRows(results: Measured): BenchRow[] {
  const rows: BenchRow[] = [];
  const add = (id: string, measurement: Measurement | undefined) => {
    if (measurement) rows.push({ id, measurement });
  };
  const addAll = (prefix: string, set: Record<string, Measurement>) => {
    for (const [name, measurement] of Object.entries(set))
      add(`${prefix}.${measurement.connections}.${name}`, measurement);
  };
  addAll('single', results.loaded);
  addAll('single', results.unloaded);
  addAll('cohort', results.cohort.loaded);
  addAll('cohort', results.cohort.unloaded);
  for (const [sink, maybe] of Object.entries(results.audit)) {
    if ('measured' in maybe && !maybe.measured) continue;
    const measured = maybe as { loaded: Measurement; unloaded: Measurement };
    add(`audit.${measured.loaded.connections}.${sink}`, measured.loaded);
    add(`audit.1.${sink}`, measured.unloaded);
  }
  const scale = results.dataScale;
  if (scale) {
    for (const { scale: nominals, loaded, unloaded } of [
      scale.small,
      scale.large,
    ]) {
      add(`scale.${loaded.connections}.${nominals}`, loaded);
      add(`scale.1.${nominals}`, unloaded);
    }
  }
  return rows;
}
