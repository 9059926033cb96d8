import { Purpose, Role } from '@marsoc/schema';
import {
  type ClosedOnSigning,
  type SigningChange,
} from '@marsoc/schema/policy';
import { type Agreement } from '@marsoc/schema/register';

/**
 * `policy diff` for a person: grouped by owner and recipient agency, one line per
 * category and change, with the purposes and roles it applies to. The count is
 * of (owner, category, recipient, purpose) changes, as diffSigning reports them.
 */
export function formatSigningDiff(
  agreement: Agreement,
  changes: readonly SigningChange[],
  closed: readonly ClosedOnSigning[] = [],
): string {
  if (agreement.status === 'SIGNED') {
    return `${agreement.id} is already SIGNED: signing it changes nothing.\n`;
  }
  const heading = `Signing ${agreement.id} (${agreement.title}; now ${agreement.status})`;
  const lines =
    changes.length === 0
      ? [`${heading} would raise no decision.`]
      : [
          `${heading} would raise ${countChanges(changes.length)}, each an (owner, category, recipient agency, purpose), under the statutory gateway named:`,
        ];
  for (const [key, members] of groupBy(changes, describeParties)) {
    lines.push('', `${key} (${countChanges(members.length)})`);
    lines.push(...formatLines(members));
  }
  if (closed.length > 0) lines.push('', ...formatClosed(agreement, closed));
  return `${lines.join('\n')}\n`;
}

/**
 * The closed remainder: an agreement is not a legal basis, so whatever no
 * statutory gateway opens stays closed, as does whatever the law forbids.
 */
function formatClosed(
  agreement: Agreement,
  closed: readonly ClosedOnSigning[],
): string[] {
  const lines = [
    `Stays closed when ${agreement.id} is signed (operational purposes; reporting and audit are closed by design):`,
  ];
  const byParties = new Map<string, ClosedOnSigning[]>();
  for (const item of closed) {
    const key = `${item.owner} -> ${item.recipient}`;
    byParties.set(key, [...(byParties.get(key) ?? []), item]);
  }
  for (const [key, members] of [...byParties].sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    lines.push('', key);
    const byReason = new Map<string, ClosedOnSigning[]>();
    for (const item of members) {
      const reason = [item.category, item.level, item.why].join('|');
      byReason.set(reason, [...(byReason.get(reason) ?? []), item]);
    }
    const width = Math.max(...members.map((item) => item.category.length));
    for (const group of byReason.values()) {
      const [first] = group;
      if (!first) continue;
      lines.push(
        [
          `  ${first.category.padEnd(width)}`,
          first.level.padEnd(9),
          `purposes ${describePurposes(group.map((item) => item.purpose))}`,
        ].join('  '),
        `    ${first.why}`,
      );
    }
  }
  return lines;
}

function countChanges(count: number): string {
  return `${count} ${count === 1 ? 'decision' : 'decisions'}`;
}

function describeParties(change: SigningChange): string {
  return `${change.owner} -> ${change.recipient}`;
}

/** Groups in sorted key order, members in their given (diffSigning's sorted) order. */
function groupBy(
  changes: readonly SigningChange[],
  keyOf: (change: SigningChange) => string,
): Map<string, SigningChange[]> {
  const groups = new Map<string, SigningChange[]>();
  for (const change of changes) {
    const key = keyOf(change);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** One line per category, change and set of roles; its purposes listed together. */
function formatLines(changes: readonly SigningChange[]): string[] {
  const lines = groupBy(changes, (change) =>
    [
      change.category,
      change.before,
      change.after,
      describeRoles(change.roles),
      change.gateway ?? '',
    ].join('|'),
  );
  const width = Math.max(...changes.map((change) => change.category.length));
  return [...lines.values()].flatMap((members) => {
    const [first] = members;
    if (!first) return [];
    return [
      [
        `  ${first.category.padEnd(width)}`,
        `${first.before} -> ${first.after}`.padEnd(21),
        `purposes ${describePurposes(members.map((member) => member.purpose))}`,
        `roles ${describeRoles(first.roles)}`,
      ].join('  '),
      `    under ${first.gateway ?? '(no gateway named)'}`,
    ];
  });
}

function describePurposes(purposes: readonly Purpose[]): string {
  return Purpose.values
    .filter((purpose) => purposes.includes(purpose))
    .join(', ');
}

function describeRoles(roles: readonly Role[]): string {
  const missing = Role.values.filter((role) => !roles.includes(role));
  if (missing.length === 0) return 'every role';
  if (missing.length <= 2) return `every role but ${missing.join(', ')}`;
  return Role.values.filter((role) => roles.includes(role)).join(', ');
}
