import { Agency, Purpose, Region, Role, Vetting } from '@marsoc/schema';
import { REFUSING_LIMITS } from '@marsoc/schema/wire';
import {
  AuditValidationError,
  readArray,
  readMember,
  readNullable,
  readObject,
  readString,
} from './fields';
import { LIMITS, RULES } from './rules';
import {
  OUTCOMES,
  PROCESSING_TYPES,
  type AuditActor,
  type AuditRecordInput,
} from './types';
import { readDisclosure } from './validateDisclosure';

const INPUT_KEYS = [
  'time',
  'requestId',
  'service',
  'actor',
  'purpose',
  'justification',
  'operationName',
  'operationHash',
  'processing',
  'nominalIds',
  'disclosures',
  'registerVersion',
  'supergraphVersion',
  'outcome',
] as const;

/** Properties a record has only in some cases. */
export const OPTIONAL_INPUT_KEYS = ['limit'] as const;

/**
 * Checks an append's input against the record schema and returns a fresh copy
 * built only from known properties, so nothing else (an extra property, a
 * getter, a prototype) can ride into the log. Throws AuditValidationError.
 */
export function parseAuditRecordInput(
  value: unknown,
  path = 'input',
): AuditRecordInput {
  const fields = readObject(value, path, INPUT_KEYS, OPTIONAL_INPUT_KEYS);
  return readInputFields(fields, path);
}

/** The input properties of an already shape-checked object. */
export function readInputFields(
  fields: Readonly<Record<string, unknown>>,
  path: string,
): AuditRecordInput {
  return {
    time: readTime(fields.time, `${path}.time`),
    requestId: readString(
      fields.requestId,
      `${path}.requestId`,
      RULES.requestId,
    ),
    service: readString(fields.service, `${path}.service`, RULES.service),
    actor: readActor(fields.actor, `${path}.actor`),
    purpose: readNullable(fields.purpose, (purpose) =>
      readMember(purpose, `${path}.purpose`, Purpose.values),
    ),
    justification: readNullable(fields.justification, (text) =>
      readString(text, `${path}.justification`, RULES.justification),
    ),
    operationName: readNullable(fields.operationName, (name) =>
      readString(name, `${path}.operationName`, RULES.operationName),
    ),
    operationHash: readString(
      fields.operationHash,
      `${path}.operationHash`,
      RULES.sha256,
    ),
    processing: readMember(
      fields.processing,
      `${path}.processing`,
      PROCESSING_TYPES,
    ),
    nominalIds: readArray(
      fields.nominalIds,
      `${path}.nominalIds`,
      LIMITS.nominalIds,
      (id, at) => readString(id, at, RULES.nominalId),
    ),
    disclosures: readArray(
      fields.disclosures,
      `${path}.disclosures`,
      LIMITS.disclosures,
      readDisclosure,
    ),
    registerVersion: readString(
      fields.registerVersion,
      `${path}.registerVersion`,
      RULES.version,
    ),
    supergraphVersion: readString(
      fields.supergraphVersion,
      `${path}.supergraphVersion`,
      RULES.version,
    ),
    outcome: readMember(fields.outcome, `${path}.outcome`, OUTCOMES),
    ...(fields.limit === undefined
      ? {}
      : { limit: readMember(fields.limit, `${path}.limit`, REFUSING_LIMITS) }),
  };
}

function readTime(value: unknown, path: string): string {
  const time = readString(value, path, RULES.time);
  if (Number.isNaN(Date.parse(time))) {
    throw new AuditValidationError(path, 'must be a real instant');
  }
  return time;
}

function readActor(value: unknown, path: string): AuditActor {
  const fields = readObject(
    value,
    path,
    ['sub', 'agency', 'unit', 'roles', 'vetting'],
    ['name', 'regions'],
  );
  const actor: AuditActor = {
    sub: readString(fields.sub, `${path}.sub`, RULES.sub),
    agency: readMember(fields.agency, `${path}.agency`, Agency.values),
    unit: readString(fields.unit, `${path}.unit`, RULES.unit),
    roles: readArray(fields.roles, `${path}.roles`, LIMITS.roles, (role, at) =>
      readMember(role, at, Role.values),
    ),
    vetting: readMember(fields.vetting, `${path}.vetting`, Vetting.values),
  };
  if (fields.name !== undefined) {
    actor.name = readString(fields.name, `${path}.name`, RULES.name);
  }
  if (fields.regions !== undefined) {
    actor.regions = readArray(
      fields.regions,
      `${path}.regions`,
      LIMITS.regions,
      (region, at) => readMember(region, at, Region.values),
    );
  }
  return actor;
}
