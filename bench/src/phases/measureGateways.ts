import { type BenchCallerContexts } from '../system/benchCallerContexts';
import { checkAnswer } from '../load/checkAnswer';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { measureFloor, type FloorPlan } from '../load/measureFloor';
import { type HttpSubject, measureHttp } from '../load/measureHttp';

/** One way of fetching the picture: through a gateway, or the plan's fetches sent directly. */
export type Subject =
  { label: string; http: HttpSubject } | { label: string; floor: FloorPlan };

/** The same picture fetched each way, under one load shape. */
export type Comparison<Name extends string> = Record<Name, Measurement>;

/** The single-nominal picture: our gateway, plain Apollo, Hive and the floor. */
export type GatewayComparison = Comparison<
  'ours' | 'apollo' | 'hive' | 'floor'
>;

/**
 * Measures each subject in turn with the same load shape, after checking that
 * each gateway answers with the picture (`nominals` of them). The floor signs
 * a fresh caller context for every fetch, as the gateways do.
 */
export async function measureSubjects<Name extends string>(
  subjects: Record<Name, Subject>,
  nominals: number,
  contexts: BenchCallerContexts,
  shape: LoadShape,
  report: (line: string) => void,
): Promise<Comparison<Name>> {
  const entries = Object.entries(subjects) as [Name, Subject][];
  for (const [, subject] of entries)
    if ('http' in subject) await checkAnswer(subject.http, nominals);
  const measured: Partial<Comparison<Name>> = {};
  for (const [name, subject] of entries) {
    report(
      `  ${subject.label} at ${shape.connections} connection(s) for ${shape.durationSeconds} s ...`,
    );
    measured[name] =
      'http' in subject
        ? await measureHttp(subject.http, shape)
        : await measureFloor(
            subject.floor,
            (subgraph, body) => contexts.headerForBody(subgraph, body),
            shape,
          );
  }
  return measured as Comparison<Name>;
}
