import { type Register, type Rule, withAgreementStatus } from '../register';
import {
  type Agency,
  type DataCategory,
  type DisclosureLevel,
  type Purpose,
  rankDisclosure,
} from '../vocabulary';
import { createPolicyEngine } from './createPolicyEngine';
import { listMarkings, listRepresentativeCallers } from './diff';
import { type Decision } from './types';

/** The purposes a sharing agreement is about; reporting and audit are closed by design. */
const OPERATIONAL_PURPOSES: readonly Purpose[] = [
  'COHORT_MANAGEMENT',
  'INTELLIGENCE_DEVELOPMENT',
  'OFFENDER_MANAGEMENT',
  'STAFF_SAFETY',
];

/** One (owner, category, recipient, purpose) a signature leaves below FULL, and why. */
export interface ClosedOnSigning {
  owner: Agency;
  category: DataCategory;
  recipient: Agency;
  purpose: Purpose;
  /** The best any role of the recipient gets once the agreement is signed. */
  level: DisclosureLevel;
  /** Why, in words a data protection officer can check against the register. */
  why: string;
  /** The register rules behind the answer. */
  rules: readonly string[];
}

/**
 * What stays closed when `agreementId` is SIGNED: for every owner with a rule
 * resting on it, each of its categories that a party to the agreement still
 * cannot read in full for an operational purpose, with the reason - a forbid
 * (and the law it cites), no statutory gateway for that purpose, or a
 * condition only a record can meet. Asked of the same engine as enforcement.
 */
export function listClosedOnSigning(
  register: Register,
  agreementId: string,
): ClosedOnSigning[] {
  const agreement = register.agreements.get(agreementId);
  if (!agreement) throw new Error(`unknown agreement ${agreementId}`);
  const signed = withAgreementStatus(register, agreementId, 'SIGNED');
  const engine = createPolicyEngine(signed);
  const rules = new Map(register.rules.map((rule) => [rule.id, rule]));
  const owners = new Set(
    register.rules
      .filter((rule) => rule.agreement === agreementId)
      .map((rule) => rule.owner),
  );
  // The access audit is for auditors alone, whatever is signed.
  const markings = listMarkings(register).filter(
    (marking) => owners.has(marking.owner) && marking.category !== 'AUDIT_LOG',
  );
  const granting = new Set(
    register.categories.get('DISCLOSURE_GRANTS')?.owners ?? [],
  );
  const best = new Map<string, ClosedOnSigning>();
  for (const caller of listRepresentativeCallers()) {
    if (!agreement.parties.includes(caller.agency)) continue;
    for (const purpose of OPERATIONAL_PURPOSES) {
      const request = { purpose, justification: 'what-if: closed remainder' };
      const table = engine.precompute(caller, request, markings);
      markings.forEach((marking, position) => {
        if (marking.owner === caller.agency) return;
        const decision = table.field(position);
        const key = [marking.owner, marking.category, caller.agency, purpose];
        const id = key.join(' ');
        const known = best.get(id);
        if (
          known &&
          rankDisclosure(known.level) >= rankDisclosure(decision.level)
        )
          return;
        best.set(id, {
          owner: marking.owner,
          category: marking.category,
          recipient: caller.agency,
          purpose,
          level: decision.level,
          why: explain(decision, rules, granting.has(marking.owner)),
          rules: decision.rules,
        });
      });
    }
  }
  return [...best.values()]
    .filter((closed) => closed.level !== 'FULL')
    .sort((a, b) => compareText(keyOf(a), keyOf(b)));
}

function keyOf(closed: ClosedOnSigning): string {
  return [closed.owner, closed.recipient, closed.category, closed.purpose].join(
    ' ',
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function explain(
  decision: Decision,
  rules: ReadonlyMap<string, Rule>,
  ownerGrants: boolean,
): string {
  const forbid = decision.rules
    .map((id) => rules.get(id))
    .find((rule) => rule?.effect === 'forbid');
  if (forbid) return `forbidden: ${forbid.legalBasis ?? forbid.id}`;
  const conditional = decision.rules
    .map((id) => rules.get(id))
    .find((rule) => rule?.recordCondition !== undefined);
  if (conditional?.recordCondition === 'NOMINATED_IN_CALLER_REGION') {
    return "only per record: nominals put to a forum in the caller's own region";
  }
  const held = decision.level === 'EXISTENCE' ? 'only that it is held; ' : '';
  if (decision.reason === 'AGREEMENT_NOT_SIGNED')
    return `${held}rests on another agreement not in force`;
  if (decision.reason === 'ROLE_NOT_PERMITTED')
    return `${held}open to other roles only`;
  return `${held}no statutory gateway opens it for this purpose${ownerGrants ? ' (a case-specific disclosure may)' : ''}`;
}
