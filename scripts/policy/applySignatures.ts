import {
  type Agreement,
  type Register,
  withAgreementStatus,
} from '@marsoc/schema/register';
import { UsageError } from './UsageError';

/** The agreement named on the command line, or a usage error listing the real ones. */
export function findAgreement(register: Register, id: string): Agreement {
  const agreement = register.agreements.get(id);
  if (!agreement) {
    throw new UsageError(
      `unknown agreement "${id}"\n${describeAgreements(register)}`,
    );
  }
  return agreement;
}

/**
 * The what-if register in which every named agreement is SIGNED; the production
 * register itself when none is named. Built by the register's own
 * withAgreementStatus, so its version can never pass for the real one.
 */
export function applySignatures(
  register: Register,
  agreementIds: readonly string[],
): Register {
  let whatIf = register;
  for (const id of agreementIds) {
    findAgreement(register, id);
    whatIf = withAgreementStatus(whatIf, id, 'SIGNED');
  }
  return whatIf;
}

export function describeAgreements(register: Register): string {
  const lines = [...register.agreements.values()]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(
      (agreement) =>
        `  ${agreement.id.padEnd(20)} ${agreement.status.padEnd(6)} ${agreement.title}`,
    );
  return `known agreements:\n${lines.join('\n')}`;
}
