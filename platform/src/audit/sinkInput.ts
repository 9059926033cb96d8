import { type Logger } from 'pino';
import { AuditValidationError, readString } from './fields';
import { RULES } from './rules';
import { type AuditRecordInput } from './types';
import { parseAuditRecordInput } from './validateInput';

/** Refuses, at construction, a service name that cannot name a file or chain. */
export function checkServiceName(service: string): void {
  readString(service, 'sink option service', RULES.service);
}

/**
 * Validates each append against the schema and the sink's own service. A
 * refused input rejects only its own append; the log names the property,
 * never its value.
 */
export function createInputChecker(
  service: string,
  log: Logger,
): (input: unknown) => AuditRecordInput {
  return (input) => {
    try {
      const checked = parseAuditRecordInput(input);
      if (checked.service !== service) {
        throw new AuditValidationError(
          'input.service',
          `must be this sink's service (${service})`,
        );
      }
      return checked;
    } catch (error) {
      if (error instanceof AuditValidationError) {
        log.warn({ property: error.path }, 'audit input refused');
      }
      throw error;
    }
  };
}
