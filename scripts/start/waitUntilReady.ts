/** A started service, polled on GET /health/ready. */
export interface ReadinessTarget {
  name: string;
  port: number;
}

export interface ReadinessOptions {
  host: string;
  timeoutMs: number;
  /** Where the services' logs are, named when one is not ready in time. */
  logDirectory: string;
  /** How often to say who is still being waited for. */
  reminderMs?: number;
  /** Receives one line of progress at a time. */
  report(line: string): void;
}

const POLL_MS = 250;

/**
 * Waits for every service at once, reporting each as it becomes ready and,
 * every so often, which are still starting: on a first start each subgraph
 * seeds its store, which at a large DATA_SCALE takes minutes, and silence
 * looked like a hang. Throws naming the services not ready by the deadline.
 */
export async function waitUntilReady(
  services: readonly ReadinessTarget[],
  options: ReadinessOptions,
): Promise<void> {
  const started = Date.now();
  const elapsed = () => ((Date.now() - started) / 1000).toFixed(1);
  const pending = new Set(services.map((service) => service.name));
  const reminder = setInterval(
    () =>
      options.report(
        `  still starting after ${elapsed()} s: ${[...pending].join(', ')}`,
      ),
    options.reminderMs ?? 15_000,
  );
  try {
    await Promise.all(
      services.map(async (service) => {
        await pollUntilReady(
          service,
          options.host,
          started + options.timeoutMs,
        );
        pending.delete(service.name);
        options.report(
          `  ${service.name.padEnd(8)} ready after ${elapsed()} s`,
        );
      }),
    );
  } catch (error) {
    throw new Error(
      `not ready within ${options.timeoutMs / 1000} s: ${[...pending].join(', ')}; see their logs in ${options.logDirectory}`,
      { cause: error },
    );
  } finally {
    clearInterval(reminder);
  }
}

async function pollUntilReady(
  service: ReadinessTarget,
  host: string,
  deadline: number,
): Promise<void> {
  while (!(await isReady(host, service.port))) {
    if (Date.now() > deadline) throw new Error(`${service.name} not ready`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

async function isReady(host: string, port: number): Promise<boolean> {
  try {
    const response = await fetch(`http://${host}:${port}/health/ready`);
    return response.status === 200;
  } catch {
    return false;
  }
}
