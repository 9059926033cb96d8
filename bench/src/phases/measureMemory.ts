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
  firstMiB: number | undefined;
  secondMiB: number | undefined;
  growthMiB: number | undefined;
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
 * Drives `subject` with `shape` twice, reading every one of `services` after
 * each. A process that holds on to something per request keeps growing from
 * the first run to the second; one that does not stays where the first, warm,
 * run left it (V8 may still move a few MiB either way).
 */
export async function checkForLeaks(
  subject: HttpSubject,
  services: readonly RunningService[],
  shape: LoadShape,
  report: (line: string) => void,
): Promise<LeakCheck[]> {
  report(
    `  the same load twice (${shape.connections} connections, ${shape.durationSeconds} s each) ...`,
  );
  await measureHttp(subject, shape);
  const first = readMemory(services);
  await measureHttp(subject, shape);
  const second = readMemory(services);
  return first.map(({ service, rssMiB }, index) => {
    const after = second[index]?.rssMiB;
    return {
      service,
      firstMiB: rssMiB,
      secondMiB: after,
      growthMiB:
        rssMiB === undefined || after === undefined
          ? undefined
          : after - rssMiB,
    };
  });
}

function toMiB(bytes: number | undefined): number | undefined {
  return bytes === undefined ? undefined : bytes / 2 ** 20;
}
