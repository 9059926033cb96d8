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
  await measureHttp(subject, shape);
  const first = await readSettledMemory(services, settleSeconds);
  await measureHttp(subject, shape);
  const second = await readSettledMemory(services, settleSeconds);
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
