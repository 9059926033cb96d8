import { DEFAULT_POPULATION_SIZE, DEFAULT_SEED } from '@marsoc/platform';
import { createFixedPolicy } from '@marsoc/platform/testing';
import {
  type Caller,
  type DisclosureLevel,
  type FieldMarking,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';
import { type Register } from '@marsoc/schema/register';
import { type PictureSubgraph } from '../system/pictureSubgraphs';
import { PICTURE_SERVICES } from '../system/pictureServices';
import { createConstantPolicy } from './createConstantPolicy';
import {
  createInProcessPicture,
  type InProcessPicture,
} from './createInProcessPicture';

/** The NOM-00001 picture's time per request under one policy, in microseconds. */
export interface PictureTiming {
  policy: string;
  medianUs: number;
  meanUs: number;
  /** Errors (WITHHELD) in its answer: what the policy kept back. */
  errors: number;
}

export interface PictureEnforcementCost {
  runs: number;
  timings: PictureTiming[];
  /** Real engine minus every field FULL (createFixedPolicy), per request (median), in microseconds. */
  enforcementCostUs: number;
  /** Real engine minus a constant policy at the engine's own levels (same answer), per request (median), in microseconds. */
  engineCostUs: number;
}

type Asker = { caller: Caller; purpose: RequestPurpose };

/**
 * Runs the picture in process with the real engine; with every field FULL
 * (createFixedPolicy, which builds a fresh table per request and releases HMRC
 * and NCA data too); and with a constant policy at the engine's own levels
 * (the same answer with no engine work at all). Runs are interleaved so that
 * drift in the machine's speed falls on all three alike.
 */
export async function measurePictureEnforcement(
  engine: PolicyEngine,
  register: Register,
  asker: Asker,
  runs: number,
): Promise<PictureEnforcementCost> {
  const policies: [string, PolicyEngine][] = [
    ['real engine', engine],
    ['every field FULL (fixed policy)', createFixedPolicy()],
    [
      'constant at the engine levels',
      createConstantPolicy(levelsOf(engine, asker)),
    ],
  ];
  const repositories = await openRepositories();
  const pictures = await Promise.all(
    policies.map(([, policy]) =>
      createInProcessPicture(policy, register, repositories, asker),
    ),
  );
  try {
    await runInterleaved(pictures, Math.max(10, Math.floor(runs / 10))); // warm-up
    const { times, errors } = await runInterleaved(pictures, runs);
    const timings = policies.map(([policy], index) =>
      summarise(policy, times[index] ?? [], errors[index] ?? 0),
    );
    const [real, full, constant] = timings.map((timing) => timing.medianUs);
    const minus = (a: number | undefined, b: number | undefined): number =>
      (a ?? Number.NaN) - (b ?? Number.NaN);
    return {
      runs,
      timings,
      enforcementCostUs: minus(real, full),
      engineCostUs: minus(real, constant),
    };
  } finally {
    await Promise.all(pictures.map((picture) => picture.stop()));
  }
}

async function openRepositories(): Promise<Record<PictureSubgraph, unknown>> {
  const store = {
    dataDirectory: ':memory:',
    seed: DEFAULT_SEED,
    size: DEFAULT_POPULATION_SIZE,
  };
  return Object.fromEntries(
    await Promise.all(
      Object.entries(PICTURE_SERVICES).map(async ([name, service]) => [
        name,
        await service.openRepository(store),
      ]),
    ),
  ) as Record<PictureSubgraph, unknown>;
}

/** The engine's level for each marking, decided once per marking. */
function levelsOf(
  engine: PolicyEngine,
  asker: Asker,
): (marking: FieldMarking) => DisclosureLevel {
  const levels = new Map<string, DisclosureLevel>();
  return (marking) => {
    const key = `${marking.owner}|${marking.category}|${marking.classification}`;
    const level =
      levels.get(key) ??
      engine.decide(asker.caller, asker.purpose, marking).level;
    levels.set(key, level);
    return level;
  };
}

async function runInterleaved(
  pictures: readonly InProcessPicture[],
  runs: number,
): Promise<{ times: number[][]; errors: number[] }> {
  const times = pictures.map(() => [] as number[]);
  const errors = pictures.map(() => 0);
  for (let run = 0; run < runs; run += 1) {
    for (const [index, picture] of pictures.entries()) {
      const started = process.hrtime.bigint();
      errors[index] = await picture.run();
      times[index]?.push(Number(process.hrtime.bigint() - started) / 1000);
    }
  }
  return { times, errors };
}

function summarise(
  policy: string,
  times: readonly number[],
  errors: number,
): PictureTiming {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  return {
    policy,
    medianUs: median,
    meanUs: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    errors,
  };
}
