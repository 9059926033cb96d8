import { type ConsoleConfig } from '@marsoc/schema/wire';

/** Reads the console's settings from the gateway that served it. */
export async function fetchConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch('/console/config', {
    headers: { accept: 'application/json' },
  });
  if (!response.ok)
    throw new Error(
      `the gateway did not give its settings (${response.status})`,
    );
  return (await response.json()) as ConsoleConfig;
}
