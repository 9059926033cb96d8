import { type LoadShape } from '../load/Measurement';
import { type HttpSubject, measureHttp } from '../load/measureHttp';
import { type RunningService } from '../process/ProcessGroup';

/** One process's resident memory, in MiB (undefined where /proc cannot tell). */
export interface ServiceMemory {
  service: string;
  rssMiB: number | undefined;
}

/** The same load twice in a row: memory after each, and the growth from the first to the second. */
export interface LeakCheck {
  service: string;
  /** Resident memory (MiB). */
  firstMiB: number | undefined;
  secondMiB: number | undefined;
  growthMiB: number | undefined;
  /**
   * The heap in use after a full collection (MiB), where the process runs
   * the heap probe: what decides a leak, since resident memory also moves
   * with the allocator and SQLite's page cache.
   */
  heap?: { firstMiB: number; secondMiB: number; growthMiB: number };
}

/** Every started service's resident memory now. */
export function readMemory(
  services: readonly RunningService[],
): ServiceMemory[] {
  return services.map((service) => ({
    service: service.name,
    rssMiB: toMiB(service.readResources()?.rssBytes),
  }));
}

/**
 * Drives `subject` with `shape` twice, reading every one of `services`
 * `settleSeconds` after each. A process that holds on to something per request keeps growing from
 * the first run to the second; one that does not stays where the first, warm,
 * run left it (V8 may still move a few MiB either way).
 */
export async function checkForLeaks(
  subject: HttpSubject,
  services: readonly RunningService[],
  shape: LoadShape,
  settleSeconds: number,
  report: (line: string) => void,
): Promise<LeakCheck[]> {
  report(
    `  the same load twice (${shape.connections} connections, ${shape.durationSeconds} s each) ...`,
  );
  // A full collection before the first run as well as between the two, so
  // that both resident readings follow one the same time before.
  await readHeaps(services);
  await measureHttp(subject, shape);
  const first = await readSettledMemory(services, settleSeconds);
  const firstHeap = await readHeaps(services);
  await measureHttp(subject, shape);
  const second = await readSettledMemory(services, settleSeconds);
  const secondHeap = await readHeaps(services);
  return first.map(({ service, rssMiB }, index) => {
    const after = second[index]?.rssMiB;
    const heapBefore = firstHeap[index];
    const heapAfter = secondHeap[index];
    return {
      service,
      firstMiB: rssMiB,
      secondMiB: after,
      growthMiB:
        rssMiB === undefined || after === undefined
          ? undefined
          : after - rssMiB,
      ...(heapBefore === undefined || heapAfter === undefined
        ? {}
        : {
            heap: {
              firstMiB: heapBefore,
              secondMiB: heapAfter,
              growthMiB: heapAfter - heapBefore,
            },
          }),
    };
  });
}

/** Each service's heap in use after a full collection (MiB), one at a time; after the resident readings, which a collection would move. */
async function readHeaps(
  services: readonly RunningService[],
): Promise<(number | undefined)[]> {
  const heaps: (number | undefined)[] = [];
  for (const service of services)
    heaps.push(toMiB(await service.readHeapInUse()));
  return heaps;
}

/**
 * Memory a fixed time after the load stopped, the same for both readings:
 * straight after a run V8 has not yet collected what the run left (one
 * process's reading could be tens of MiB either way), and its memory reducer
 * collects a few seconds after allocation slows down.
 */
async function readSettledMemory(
  services: readonly RunningService[],
  settleSeconds: number,
): Promise<ServiceMemory[]> {
  await new Promise((resolve) => setTimeout(resolve, settleSeconds * 1000));
  return readMemory(services);
}

function toMiB(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / 2 ** 20;
}
