import { type Logger } from 'pino';
import { ConfigError } from '../config';

/**
 * Writes why a service could not start, in plain words on stderr (a person is
 * usually watching), and exits non-zero.
 */
export function reportStartFailure(service: string, error: unknown): never {
  const message =
    error instanceof ConfigError || error instanceof Error
      ? error.message
      : String(error);
  process.stderr.write(`${service} could not start: ${message}\n`);
  process.exit(1);
}

/**
 * Stops cleanly once on SIGTERM or SIGINT; a second signal exits at once.
 * Returns what removes the listeners (a service stopped another way).
 */
export function stopOnSignals(
  log: Logger,
  stop: () => Promise<void>,
): () => void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'stopping');
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'unclean stop');
        process.exit(1);
      });
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
  return () => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
}
