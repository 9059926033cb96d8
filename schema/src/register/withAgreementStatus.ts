import { type AgreementStatus } from '../vocabulary';
import { deriveRegisterVersion } from './computeRegisterVersion';
import { type Register } from './types';

/**
 * A what-if copy of the register in which one agreement has another status ("what
 * would this caller see if the ISA were SIGNED"). Its version differs from the
 * original's, so a decision made on it can never pass for a real one.
 */
export function withAgreementStatus(
  register: Register,
  agreementId: string,
  status: AgreementStatus,
): Register {
  const agreement = register.agreements.get(agreementId);
  if (!agreement) throw new Error(`unknown agreement ${agreementId}`);
  const agreements = new Map(register.agreements);
  agreements.set(agreementId, { ...agreement, status });
  const change = `what-if: agreement ${agreementId} status ${status}`;
  return {
    ...register,
    version: deriveRegisterVersion(register.version, change),
    agreements,
  };
}
