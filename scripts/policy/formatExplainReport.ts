import { DisclosureLevel, type Obligation } from '@marsoc/schema';
import { type ExplainReport } from './buildExplainReport';
import { type FieldExplanation } from './explainFields';
import { type GrantExplanation } from './explainGrants';

/** `policy explain` for a person: stable order, one line per field. */
export function formatExplainReport(report: ExplainReport): string {
  return [
    ...formatHeading(report),
    ...formatFieldGroups(report.fields),
    ...formatGrants(report),
    '',
    report.recordLevelChecks,
    '',
  ].join('\n');
}

function formatHeading(report: ExplainReport): string[] {
  const { handle, description, caller } = report.persona;
  const { signed, version } = report.register;
  return [
    `policy explain: ${handle} (${description})`,
    `caller    ${caller.agency}, ${caller.unit}; roles ${caller.roles.join(', ')}; vetting ${caller.vetting}; regions ${caller.regions.join(', ')}`,
    `purpose   ${report.purpose.purpose}`,
    signed.length === 0
      ? `register  production (version ${version.slice(0, 12)})`
      : `register  WHAT-IF with ${signed.join(', ')} SIGNED (version ${version.slice(0, 12)}; not the production register)`,
    `fields    ${describeLevelCounts(report.fields)}`,
  ];
}

function describeLevelCounts(fields: readonly FieldExplanation[]): string {
  const counts = DisclosureLevel.values
    .slice()
    .reverse()
    .map((level) => ({
      level,
      count: fields.filter((field) => field.decision.level === level).length,
    }))
    .filter(({ count }) => count > 0)
    .map(({ level, count }) => `${count} ${level}`);
  return `${fields.length}: ${counts.join(', ')}`;
}

function formatFieldGroups(fields: readonly FieldExplanation[]): string[] {
  const width = Math.max(0, ...fields.map((field) => field.coordinate.length));
  const groups = new Map<string, FieldExplanation[]>();
  for (const field of fields) {
    const key = `${field.marking.owner} ${field.marking.category}`;
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  const lines: string[] = [];
  for (const [key, members] of groups) {
    const plural = members.length === 1 ? 'field' : 'fields';
    lines.push('', `${key} (${members.length} ${plural})`);
    lines.push(...members.map((field) => formatFieldLine(field, width)));
    const routes = new Set(
      members.flatMap((field) => field.decision.route ?? []),
    );
    for (const route of routes) lines.push(`    route: ${route}`);
  }
  return lines;
}

function formatFieldLine(field: FieldExplanation, width: number): string {
  const { decision } = field;
  const parts = [
    `  ${field.coordinate.padEnd(width)}`,
    decision.level.padEnd(9),
    decision.reason.padEnd(24),
    `rules ${decision.rules.length > 0 ? decision.rules.join(', ') : '(none)'}`,
  ];
  if (decision.obligations.length > 0) {
    parts.push(
      `obligations ${decision.obligations.map(describeObligation).join(', ')}`,
    );
  }
  if (decision.grantable) parts.push('grantable');
  return parts.join('  ').trimEnd();
}

function describeObligation(obligation: Obligation): string {
  return obligation.kind === 'CONTACT_OWNER_BEFORE_ACTION'
    ? `${obligation.kind}(${obligation.owner})`
    : obligation.kind;
}

function formatGrants(report: ExplainReport): string[] {
  const { id, grantStores, grants } = report.nominal;
  const lines = ['', `Case-specific disclosures recorded for ${id}`];
  if (grantStores.every((store) => store.status === 'ABSENT'))
    return [
      ...lines,
      `  no grant store found; run npm start once (looked in ${grantStores.map((store) => store.location).join(', ')})`,
    ];
  for (const store of grantStores) {
    if (store.status === 'ABSENT')
      lines.push(`  ${store.store}: no store found (${store.location})`);
    if (store.status === 'NO_GRANT_TABLE')
      lines.push(
        `  ${store.store}: the store has no disclosure_grants table yet (${store.location})`,
      );
    if (store.unreadable > 0)
      lines.push(
        `  ${store.store}: ${store.unreadable} grant(s) name an agency or purpose outside the vocabulary and apply to nobody`,
      );
  }
  if (grants.length === 0) return [...lines, '  none'];
  return [...lines, ...grants.flatMap(formatGrant)];
}

function formatGrant({ grant, state, raises }: GrantExplanation): string[] {
  const lines = [
    `  grant ${grant.id}: ${grant.owner} ${grant.category} to ${grant.recipient} for ${grant.purpose}; ${state}`,
    `    legal basis ${grant.legalBasis}; granted by ${grant.grantedBy} at ${grant.grantedAt}; expires ${grant.expiresAt}${grant.revokedAt ? `; revoked ${grant.revokedAt}` : ''}`,
  ];
  if (raises.length === 0)
    return [...lines, '    raises nothing for this caller now'];
  const width = Math.max(...raises.map((raised) => raised.coordinate.length));
  lines.push('    raises for this caller:');
  for (const raised of raises) {
    lines.push(
      `      ${raised.coordinate.padEnd(width)}  ${raised.before} -> ${raised.after}  ${raised.reason}  rules ${raised.rules.join(', ')}`,
    );
  }
  return lines;
}
