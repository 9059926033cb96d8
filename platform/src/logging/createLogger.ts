import pino, { type Logger } from 'pino';
import { CALLER_CONTEXT_HEADER } from '@marsoc/schema/wire';

/**
 * Structured JSON logs for one service. Field values of nominal data never go
 * to the log: callers log ids, counts, codes and durations only.
 */
export function createLogger(
  service: string,
  options: { level?: string; destination?: pino.DestinationStream } = {},
): Logger {
  const settings = {
    name: service,
    level: options.level ?? 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
    // A token or caller context must never reach a log, even by accident.
    redact: {
      paths: [
        'req.headers.authorization',
        `req.headers["${CALLER_CONTEXT_HEADER}"]`,
        'headers.authorization',
        `headers["${CALLER_CONTEXT_HEADER}"]`,
      ],
      censor: '[redacted]',
    },
  };
  return options.destination
    ? pino(settings, options.destination)
    : pino(settings);
}

/** A logger that writes nowhere, for tests. */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' });
}

export { type Logger };
