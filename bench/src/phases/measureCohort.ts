import { checkAnswer } from '../load/checkAnswer';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { type HttpSubject, measureHttp } from '../load/measureHttp';

/** The cohort picture under the same two load shapes as the single-nominal one. */
export interface CohortMeasurement {
  size: number;
  answerBytes: number;
  loaded: Measurement;
  unloaded: Measurement;
}

/** Measures the 100-nominal picture through our gateway, loaded and unloaded. */
export async function measureCohort(
  subject: HttpSubject,
  size: number,
  shapes: { loaded: LoadShape; unloaded: LoadShape },
  report: (line: string) => void,
): Promise<CohortMeasurement> {
  const answer = await checkAnswer(subject, size);
  report(
    `  our gateway, ${size}-nominal cohort, at ${shapes.unloaded.connections} connection(s) ...`,
  );
  const unloaded = await measureHttp(subject, shapes.unloaded);
  report(
    `  our gateway, ${size}-nominal cohort, at ${shapes.loaded.connections} connection(s) ...`,
  );
  const loaded = await measureHttp(subject, shapes.loaded);
  return { size, answerBytes: answer.bytes, loaded, unloaded };
}
