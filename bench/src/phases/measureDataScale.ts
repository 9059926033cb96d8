import { checkAnswer } from '../load/checkAnswer';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { type HttpSubject, measureHttp } from '../load/measureHttp';

/** The single-nominal picture through our gateway over a small and a large population. */
export interface DataScaleMeasurement {
  small: { scale: number; loaded: Measurement; unloaded: Measurement };
  large: { scale: number; loaded: Measurement; unloaded: Measurement };
}

export interface ScaledSubject {
  scale: number;
  subject: HttpSubject;
}

/** Measures both populations back to back, so that only the data differs. */
export async function measureDataScale(
  small: ScaledSubject,
  large: ScaledSubject,
  shapes: { loaded: LoadShape; unloaded: LoadShape },
  report: (line: string) => void,
): Promise<DataScaleMeasurement> {
  const measure = async ({ scale, subject }: ScaledSubject) => {
    await checkAnswer(subject, 1);
    report(
      `  our gateway over ${scale} nominals, at ${shapes.loaded.connections} and ${shapes.unloaded.connections} connection(s) ...`,
    );
    return {
      scale,
      loaded: await measureHttp(subject, shapes.loaded),
      unloaded: await measureHttp(subject, shapes.unloaded),
    };
  };
  return { small: await measure(small), large: await measure(large) };
}
