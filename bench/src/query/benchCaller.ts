import { loadPersonas } from '@marsoc/platform';
import { type Caller, type RequestPurpose } from '@marsoc/schema';

/** Every subject is asked as the same persona, for the same reason. */
export const BENCH_PERSONA = 'police-analyst';

export const BENCH_PURPOSE: RequestPurpose = Object.freeze({
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Benchmark of the subject-profile picture (synthetic data)',
});

export function loadBenchCaller(): Caller {
  const persona = loadPersonas().get(BENCH_PERSONA);
  if (!persona) throw new Error(`the personas file has no ${BENCH_PERSONA}`);
  return persona.caller;
}
