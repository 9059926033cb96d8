import { diffSigning, listClosedOnSigning } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { findAgreement } from './applySignatures';
import { formatSigningDiff } from './formatSigningDiff';
import { type PolicyCommandIo } from './PolicyCommandIo';
import { type DiffArguments } from './readPolicyArguments';

/** `policy diff`: every decision that signing one agreement would raise. */
export function runDiff(io: PolicyCommandIo, args: DiffArguments): number {
  const register = loadRegister();
  const agreement = findAgreement(register, args.sign);
  // Already signed: the what-if register decides exactly as production does.
  const signed = agreement.status === 'SIGNED';
  const changes = signed ? [] : diffSigning(register, agreement.id);
  const closed = signed ? [] : listClosedOnSigning(register, agreement.id);
  if (args.json) {
    const report = {
      agreement,
      registerVersion: register.version,
      count: changes.length,
      changes,
      closed,
    };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.out(formatSigningDiff(agreement, changes, closed));
  }
  return 0;
}
