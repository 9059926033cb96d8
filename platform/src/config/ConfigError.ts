/** A setting that stops a service at start, naming the variable and its bad value. */
export class ConfigError extends Error {
  constructor(
    readonly setting: string,
    readonly value: unknown,
    problem: string,
  ) {
    super(`${setting}=${JSON.stringify(value)}: ${problem}`);
    this.name = 'ConfigError';
  }
}
