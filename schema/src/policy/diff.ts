import { type Caller } from '../caller';
import { gatewayOf, type Register, withAgreementStatus } from '../register';
import {
  Agency,
  type DataCategory,
  type DisclosureLevel,
  Purpose,
  rankDisclosure,
  Region,
  Role,
} from '../vocabulary';
import { createPolicyEngine } from './createPolicyEngine';
import { type FieldMarking, type PolicyEngine } from './types';

/** One coordinate a signature would open, for the roles it opens it to. */
export interface SigningChange {
  owner: Agency;
  category: DataCategory;
  recipient: Agency;
  purpose: Purpose;
  /** The representative callers' roles for which the level rises this way. */
  roles: readonly Role[];
  before: DisclosureLevel;
  after: DisclosureLevel;
  /**
   * The statutory gateway the opening permit names for this category: the
   * agreement records how the parties share, the gateway is the law that lets
   * them. Undefined only for a permit the register let through without one.
   */
  gateway?: string;
}

/**
 * Every (owner, category, recipient agency, purpose) whose level rises if
 * `agreementId` is SIGNED. It asks the same engine about both registers, for one
 * representative caller per agency and role (vetted DV, in every region), so the
 * answer can never drift from what enforcement does.
 */
export function diffSigning(
  register: Register,
  agreementId: string,
): SigningChange[] {
  const before = createPolicyEngine(register);
  const after = createPolicyEngine(
    withAgreementStatus(register, agreementId, 'SIGNED'),
  );
  const markings = listMarkings(register);
  const changes = new Map<string, GatheredChange>();
  for (const caller of listRepresentativeCallers()) {
    for (const purpose of Purpose.values) {
      compareTables(before, after, caller, purpose, markings, changes);
    }
  }
  const rules = new Map(register.rules.map((rule) => [rule.id, rule]));
  return [...changes.values()].sort(compareChanges).map((change) => {
    const rule = rules.get(change.rule);
    const gateway = rule ? gatewayOf(rule, change.category) : undefined;
    const { rule: _rule, ...rest } = change;
    return gateway === undefined ? rest : { ...rest, gateway };
  });
}

/** A change while it is being gathered: with the id of the permit that opened it. */
type GatheredChange = SigningChange & { rule: string };

function compareChanges(a: SigningChange, b: SigningChange): number {
  const keyOf = (change: SigningChange) =>
    [change.owner, change.category, change.recipient, change.purpose].join(' ');
  const [left, right] = [keyOf(a), keyOf(b)];
  return left < right ? -1 : left > right ? 1 : 0;
}

function compareTables(
  before: PolicyEngine,
  after: PolicyEngine,
  caller: Caller,
  purpose: Purpose,
  markings: readonly FieldMarking[],
  changes: Map<string, GatheredChange>,
): void {
  const request = { purpose, justification: 'what-if: agreement signing diff' };
  const beforeTable = before.precompute(caller, request, markings);
  const afterTable = after.precompute(caller, request, markings);
  markings.forEach((marking, position) => {
    const was = beforeTable.field(position).level;
    const decided = afterTable.field(position);
    const becomes = decided.level;
    if (rankDisclosure(becomes) <= rankDisclosure(was)) return;
    const key = [
      marking.owner,
      marking.category,
      caller.agency,
      purpose,
      was,
      becomes,
    ].join(' ');
    const role = caller.roles[0];
    const existing = changes.get(key);
    if (existing && role) existing.roles = [...existing.roles, role];
    else {
      changes.set(key, {
        owner: marking.owner,
        category: marking.category,
        recipient: caller.agency,
        purpose,
        roles: role ? [role] : [],
        before: was,
        after: becomes,
        rule: decided.rules[0] ?? '',
      });
    }
  });
}

/** One OFFICIAL marking per (owner, category) the register declares, in register order. */
export function listMarkings(register: Register): FieldMarking[] {
  return [...register.categories.values()].flatMap((category) =>
    category.owners.map((owner) => ({
      owner,
      category: category.id,
      classification: 'OFFICIAL' as const,
    })),
  );
}

export function listRepresentativeCallers(): Caller[] {
  return Agency.values.flatMap((agency) =>
    Role.values.map((role) => ({
      sub: `what-if-${agency}-${role}`.toLowerCase(),
      name: `Representative ${agency} ${role}`,
      agency,
      unit: 'what-if',
      regions: Region.values,
      roles: [role],
      vetting: 'DV' as const,
    })),
  );
}
