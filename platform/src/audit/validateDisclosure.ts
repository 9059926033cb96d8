import { Agency, ReasonCode } from '@marsoc/schema';
import {
  AuditValidationError,
  type Fields,
  readArray,
  readCount,
  readMember,
  readNullable,
  readObject,
  readString,
} from './fields';
import { LIMITS, RULES } from './rules';
import { type AuditDisclosure, type DisclosureCounts } from './types';

/**
 * One owner's category as disclosed to the caller: field names (never values)
 * per disclosure level, their counts, the rules that decided them and the
 * reason codes behind anything held back.
 */
export function readDisclosure(value: unknown, path: string): AuditDisclosure {
  const fields = readObject(
    value,
    path,
    [
      'owner',
      'category',
      'released',
      'summarised',
      'held',
      'withheld',
      'counts',
      'rules',
    ],
    ['nominalId', 'nominalIds', 'reasons'],
  );
  const readNames = (names: unknown, at: string): string[] =>
    readArray(names, at, LIMITS.fieldNames, (name, itemPath) =>
      readString(name, itemPath, RULES.fieldName),
    );
  const disclosure: AuditDisclosure = {
    owner: readMember(fields.owner, `${path}.owner`, Agency.values),
    category: readString(fields.category, `${path}.category`, RULES.category),
    released: readNames(fields.released, `${path}.released`),
    summarised: readNames(fields.summarised, `${path}.summarised`),
    held: readNames(fields.held, `${path}.held`),
    withheld: readNames(fields.withheld, `${path}.withheld`),
    counts: readCounts(fields.counts, `${path}.counts`),
    rules: readArray(fields.rules, `${path}.rules`, LIMITS.rules, (rule, at) =>
      readString(rule, at, RULES.ruleId),
    ),
  };
  if (fields.nominalId !== undefined) {
    disclosure.nominalId = readNullable(fields.nominalId, (id) =>
      readString(id, `${path}.nominalId`, RULES.nominalId),
    );
  }
  if (fields.nominalIds !== undefined) {
    disclosure.nominalIds = readGroupedNominals(fields, path);
  }
  if (fields.reasons !== undefined) {
    disclosure.reasons = readArray(
      fields.reasons,
      `${path}.reasons`,
      ReasonCode.values.length,
      (reason, at) => readMember(reason, at, ReasonCode.values),
    );
  }
  return disclosure;
}

/**
 * A disclosure names its nominals one way only: `nominalId` for one,
 * `nominalIds` for two or more, so every record has one encoding (and one hash).
 */
function readGroupedNominals(fields: Fields, path: string): string[] {
  if (fields.nominalId !== undefined) {
    throw new AuditValidationError(
      `${path}.nominalIds`,
      'may not be given with nominalId',
    );
  }
  const nominalIds = readArray(
    fields.nominalIds,
    `${path}.nominalIds`,
    LIMITS.nominalIds,
    (id, at) => readString(id, at, RULES.nominalId),
  );
  if (nominalIds.length < 2 || new Set(nominalIds).size < nominalIds.length) {
    throw new AuditValidationError(
      `${path}.nominalIds`,
      'must name two or more different nominals (one is nominalId)',
    );
  }
  return nominalIds;
}

function readCounts(value: unknown, path: string): DisclosureCounts {
  const fields = readObject(value, path, [
    'released',
    'summarised',
    'held',
    'withheld',
  ]);
  return {
    released: readCount(fields.released, `${path}.released`),
    summarised: readCount(fields.summarised, `${path}.summarised`),
    held: readCount(fields.held, `${path}.held`),
    withheld: readCount(fields.withheld, `${path}.withheld`),
  };
}
