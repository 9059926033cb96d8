import { createPolicyEngine } from '@marsoc/schema/policy';
import { loadRegister } from '@marsoc/schema/register';
import { type AuditView, createAuditView } from './createAuditView';

let view: AuditView | undefined;

/**
 * The auditors' view under the register files every service loads. Read once,
 * on the first question, as the NCA/HMRC subgraph reads its categories; the
 * engine is pure, so one serves every request.
 */
export function loadAuditView(): AuditView {
  if (view === undefined) {
    const register = loadRegister();
    view = createAuditView(register, createPolicyEngine(register));
  }
  return view;
}
