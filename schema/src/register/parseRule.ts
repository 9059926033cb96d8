import {
  Agency,
  DisclosureLevel,
  rankDisclosure,
  ReasonCode,
  Vetting,
} from '../vocabulary';
import { ObligationKind } from './ObligationKind';
import { RecordCondition } from './RecordCondition';
import { parseGateways } from './parseGateways';
import { parseRecipients } from './parseRecipients';
import {
  type CategoryScope,
  parseRuleCategories,
  parseRulePurposes,
} from './parseRuleScope';
import { type Agreement, type Rule, type RuleEffect } from './types';
import {
  fail,
  readEnum,
  readEnumList,
  readMapping,
  readString,
  type YamlEntry,
  type YamlMapping,
} from './yamlReader';

export interface RuleContext extends CategoryScope {
  agreements: ReadonlyMap<string, Agreement>;
}

const RULE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const REQUIRED_KEYS = [
  'id',
  'effect',
  'recipients',
  'purposes',
  'level',
  'source',
];
const OPTIONAL_KEYS = [
  'owner',
  'categories',
  'gateways',
  'exceptCategories',
  'minVetting',
  'agreement',
  'legalBasis',
  'reason',
  'obligations',
  'recordCondition',
];

/** One rule of an owner file, checked against the categories and agreements. */
export function parseRule(context: RuleContext, item: YamlEntry): Rule {
  const fields = readMapping(item.source, item.value, 'a rule', {
    required: REQUIRED_KEYS,
    optional: OPTIONAL_KEYS,
  });
  const id = readRuleId(fields.required('id'));
  readOwner(context, fields, id);
  const effect = readEffect(fields.required('effect'));
  const rule: Rule = {
    id,
    owner: context.owner.agency,
    effect,
    categories: [],
    recipients: parseRecipients(fields.required('recipients')),
    purposes: parseRulePurposes(fields.required('purposes')),
    level: readEnum(fields.required('level'), DisclosureLevel),
    obligations: [],
    source: readString(fields.required('source')),
    file: item.source.file,
    line: item.line,
  };
  readCategoriesOrGateways(context, fields, rule, item);
  if (effect === 'permit') readPermitTerms(context, fields, rule);
  else readForbidTerms(fields, rule);
  const legalBasis = fields.optional('legalBasis');
  if (legalBasis) rule.legalBasis = readString(legalBasis);
  if (legalBasis && rule.gateways) {
    const problem = `rule ${id} names both a legalBasis and per-category gateways; say it once`;
    fail(legalBasis.source, legalBasis.line, problem);
  }
  if (!legalBasis && !rule.gateways) {
    // An agreement records how the parties share; it is not itself a legal basis.
    const problem = rule.agreement
      ? `rule ${id} rests on agreement ${rule.agreement} but names no statutory gateway: an agreement is not a legal basis, so give a legalBasis (one gateway for every category) or gateways (one per category)`
      : `rule ${id} rests on no agreement, so it needs a legalBasis`;
    fail(item.source, item.line, problem);
  }
  return rule;
}

/**
 * A rule covers either `categories` (with `exceptCategories`) or the keys of
 * `gateways`, never both: with gateways, a category is covered exactly when a
 * statutory gateway is named for it.
 */
function readCategoriesOrGateways(
  context: RuleContext,
  fields: YamlMapping,
  rule: Rule,
  item: YamlEntry,
): void {
  const categories = fields.optional('categories');
  const gateways = fields.optional('gateways');
  if (categories && gateways) {
    const problem = `rule ${rule.id} names both categories and gateways; the gateways' keys are its categories`;
    fail(gateways.source, gateways.line, problem);
  }
  if (gateways) {
    if (rule.effect !== 'permit') {
      fail(gateways.source, gateways.line, 'gateways apply to permits only');
    }
    refuse(
      fields,
      'exceptCategories',
      'exceptCategories applies only to categories, not gateways',
    );
    rule.gateways = parseGateways(context, gateways);
    rule.categories = [...rule.gateways.keys()];
    return;
  }
  if (!categories) {
    fail(
      item.source,
      item.line,
      `rule ${rule.id} is missing categories (or gateways)`,
    );
  }
  rule.categories = parseRuleCategories(
    context,
    categories,
    fields.optional('exceptCategories'),
  );
}

function readRuleId(entry: YamlEntry): string {
  const id = readString(entry);
  if (!RULE_ID.test(id)) {
    fail(
      entry.source,
      entry.line,
      `rule id ${JSON.stringify(id)} must be kebab-case`,
    );
  }
  return id;
}

function readOwner(
  context: RuleContext,
  fields: YamlMapping,
  id: string,
): void {
  const entry = fields.optional('owner');
  if (!entry) return;
  const owner = readEnum(entry, Agency);
  if (owner !== context.owner.agency) {
    const problem = `rule ${id} is owned by ${owner} but sits in the file of ${context.owner.agency}`;
    fail(entry.source, entry.line, problem);
  }
}

function readEffect(entry: YamlEntry): RuleEffect {
  const effect = readString(entry);
  if (effect !== 'permit' && effect !== 'forbid') {
    fail(
      entry.source,
      entry.line,
      `effect must be permit or forbid; got ${JSON.stringify(effect)}`,
    );
  }
  return effect;
}

function readPermitTerms(
  context: RuleContext,
  fields: YamlMapping,
  rule: Rule,
): void {
  refuse(fields, 'reason', 'a permit reports no reason; only forbids do');
  rule.minVetting = readEnum(fields.required('minVetting'), Vetting);
  const levelEntry = fields.required('level');
  if (rankDisclosure(rule.level) < rankDisclosure('EXISTENCE')) {
    fail(
      levelEntry.source,
      levelEntry.line,
      `a permit must grant at least EXISTENCE; got ${rule.level}`,
    );
  }
  if (context.owner.forbiddenLevels.includes(rule.level)) {
    const problem = `${context.owner.agency} never releases at ${rule.level} (forbiddenLevels), so no permit may grant it`;
    fail(levelEntry.source, levelEntry.line, problem);
  }
  const obligations = fields.optional('obligations');
  if (obligations) rule.obligations = readEnumList(obligations, ObligationKind);
  const condition = fields.optional('recordCondition');
  if (condition) rule.recordCondition = readEnum(condition, RecordCondition);
  const agreement = fields.optional('agreement');
  if (agreement) rule.agreement = readAgreement(context, agreement, rule);
}

function readForbidTerms(fields: YamlMapping, rule: Rule): void {
  refuse(fields, 'minVetting', 'minVetting applies to permits only');
  refuse(
    fields,
    'agreement',
    'a forbid rests on a legalBasis, not an agreement',
  );
  refuse(fields, 'obligations', 'obligations apply to permits only');
  refuse(fields, 'recordCondition', 'recordCondition applies to permits only');
  const levelEntry = fields.required('level');
  if (rule.level === 'FULL') {
    fail(levelEntry.source, levelEntry.line, 'a forbid at FULL caps nothing');
  }
  const reason = fields.optional('reason');
  rule.reason = reason ? readEnum(reason, ReasonCode) : 'FORBIDDEN_BY_RULE';
}

function refuse(fields: YamlMapping, key: string, problem: string): void {
  const entry = fields.optional(key);
  if (entry) fail(entry.source, entry.line, problem);
}

/** The agreement must exist and name the owner and every recipient as parties. */
function readAgreement(
  context: RuleContext,
  entry: YamlEntry,
  rule: Rule,
): string {
  const id = readString(entry);
  const agreement = context.agreements.get(id);
  if (!agreement) fail(entry.source, entry.line, `unknown agreement ${id}`);
  const parties: readonly string[] = agreement.parties;
  if (!parties.includes(rule.owner)) {
    fail(entry.source, entry.line, `${rule.owner} is not a party to ${id}`);
  }
  for (const recipient of rule.recipients) {
    if (recipient.agency === '*') {
      fail(
        entry.source,
        entry.line,
        `a rule under ${id} must name its recipient agencies, not '*'`,
      );
    }
    if (!parties.includes(recipient.agency)) {
      fail(
        entry.source,
        entry.line,
        `${recipient.agency} is not a party to ${id}`,
      );
    }
  }
  return id;
}
