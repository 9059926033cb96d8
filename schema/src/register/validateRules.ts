import { Agency } from '../vocabulary';
import { RegisterError } from './RegisterError';
import { type Recipient, type Rule } from './types';

/** Rule ids are the audit trail's vocabulary: each must name exactly one rule. */
export function assertUniqueRuleIds(rules: readonly Rule[]): void {
  const seen = new Map<string, Rule>();
  for (const rule of rules) {
    const first = seen.get(rule.id);
    if (first) {
      const problem = `duplicate rule id ${rule.id} (first defined at ${first.file}:${first.line})`;
      throw new RegisterError(rule.file, rule.line, problem);
    }
    seen.set(rule.id, rule);
  }
}

/**
 * Two permits for the same owner, category, recipient, purpose and agreement that
 * grant different levels contradict each other: the register must say one thing.
 */
export function assertNoContradictions(rules: readonly Rule[]): void {
  const seen = new Map<string, Rule>();
  for (const rule of rules) {
    if (rule.effect !== 'permit') continue;
    for (const coordinate of listCoordinates(rule)) {
      const first = seen.get(coordinate);
      if (first && first.level !== rule.level) {
        throw new RegisterError(
          rule.file,
          rule.line,
          describeContradiction(rule, first, coordinate),
        );
      }
      if (!first) seen.set(coordinate, rule);
    }
  }
}

/** Every coordinate a permit covers, with '*' recipients spelt out agency by agency. */
function listCoordinates(rule: Rule): string[] {
  const agreement =
    (rule.agreement ?? '(statutory)') +
    (rule.recordCondition ? ` where ${rule.recordCondition}` : '');
  const recipients = rule.recipients.flatMap(describeRecipients);
  const coordinates: string[] = [];
  for (const category of rule.categories) {
    for (const recipient of recipients) {
      for (const purpose of rule.purposes) {
        coordinates.push(
          `${rule.owner} ${category} to ${recipient} for ${purpose} under ${agreement}`,
        );
      }
    }
  }
  return coordinates;
}

function describeRecipients(recipient: Recipient): string[] {
  const sorted = (values: readonly string[]) => [...values].sort().join(',');
  const limits: string[] = [];
  if (recipient.roles) limits.push(`roles ${sorted(recipient.roles)}`);
  if (recipient.regions) limits.push(`regions ${sorted(recipient.regions)}`);
  const except = recipient.exceptAgencies ?? [];
  const agencies =
    recipient.agency === '*'
      ? Agency.values.filter((agency) => !except.includes(agency))
      : [recipient.agency];
  return agencies.map((agency) => [agency, ...limits].join(' '));
}

function describeContradiction(
  rule: Rule,
  first: Rule,
  coordinate: string,
): string {
  return (
    `rule ${rule.id} grants ${rule.level} but rule ${first.id} (${first.file}:${first.line}) ` +
    `grants ${first.level} for the same coordinate: ${coordinate}`
  );
}
