import { type BenchCallerContexts } from '../system/benchCallerContexts';
import { checkAnswer } from '../load/checkAnswer';
import { type LoadShape, type Measurement } from '../load/Measurement';
import { measureFloor, type FloorPlan } from '../load/measureFloor';
import { type HttpSubject, measureHttp } from '../load/measureHttp';

/** The four ways the same picture is fetched. */
export interface GatewayComparison {
  ours: Measurement;
  apollo: Measurement;
  hive: Measurement;
  floor: Measurement;
}

export interface ComparisonSubjects {
  ours: HttpSubject;
  apollo: HttpSubject;
  hive: HttpSubject;
  floor: FloorPlan;
  contexts: BenchCallerContexts;
}

/**
 * Measures the single-nominal picture through our gateway, plain Apollo, Hive
 * and the floor, one after another with the same load shape, after checking
 * that each gateway answers with the same picture.
 */
export async function measureGateways(
  subjects: ComparisonSubjects,
  shape: LoadShape,
  report: (line: string) => void,
): Promise<GatewayComparison> {
  for (const subject of [subjects.ours, subjects.apollo, subjects.hive])
    await checkAnswer(subject, 1);
  const measure = async (
    label: string,
    run: () => Promise<Measurement>,
  ): Promise<Measurement> => {
    report(
      `  ${label} at ${shape.connections} connection(s) for ${shape.durationSeconds} s ...`,
    );
    return run();
  };
  return {
    ours: await measure('our gateway', () => measureHttp(subjects.ours, shape)),
    apollo: await measure('plain @apollo/gateway', () =>
      measureHttp(subjects.apollo, shape),
    ),
    hive: await measure('Hive Gateway', () =>
      measureHttp(subjects.hive, shape),
    ),
    floor: await measure('floor (subgraphs direct)', () =>
      measureFloor(
        subjects.floor,
        (subgraph, body) => subjects.contexts.headerForBody(subgraph, body),
        shape,
      ),
    ),
  };
}
