/** Everything a policy command touches outside itself, so tests can supply it. */
export interface PolicyCommandIo {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  /** The repository root: the supergraph lives under it, and DATA_DIR resolves against it. */
  projectRoot: string;
  /** ISO-8601 instant against which grant expiry is judged. */
  now(): string;
  out(text: string): void;
  err(text: string): void;
}
