import { MAX_SUBJECT_LENGTH, SUBJECT_PATTERN } from '../identity/claims';
import { type StringRule } from './fields';

/**
 * What each string in an audit record may look like. Identifier-like fields get
 * a narrow character set so they cannot carry free text; only the caller's own
 * justification, name and unit are free text.
 */
const identifier = (maxLength: number): StringRule => ({
  pattern: /^[A-Za-z0-9._:@#/+-]+$/,
  maxLength,
  description: 'letters, digits and . _ : @ # / + -',
});

/** Printable text on one line: no control characters. */
const text = (maxLength: number): StringRule => ({
  pattern: /^[^\p{Cc}\p{Cs}]+$/u,
  maxLength,
  description: 'text without control characters',
});

export const RULES = {
  time: {
    pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/,
    maxLength: 40,
    description: 'a UTC ISO-8601 instant ending in Z',
  },
  requestId: identifier(128),
  service: {
    // Also a file name, so no dots or slashes.
    pattern: /^[a-z][a-z0-9-]*$/,
    maxLength: 64,
    description: 'lower-case letters, digits and -, starting with a letter',
  },
  // The identity provider's subject, as the gateway admits it (SUBJECT_PATTERN).
  sub: {
    pattern: SUBJECT_PATTERN,
    maxLength: MAX_SUBJECT_LENGTH,
    description: 'printable ASCII without spaces',
  },
  name: text(200),
  unit: text(200),
  justification: text(2000),
  operationName: {
    pattern: /^[_A-Za-z][_0-9A-Za-z]*$/,
    maxLength: 200,
    description: 'a GraphQL name',
  },
  sha256: {
    pattern: /^[0-9a-f]{64}$/,
    maxLength: 64,
    description: '64 lower-case hex digits',
  },
  nominalId: identifier(128),
  category: {
    pattern: /^[A-Z][A-Z0-9_]*$/,
    maxLength: 64,
    description: 'an upper-case category name',
  },
  fieldName: {
    // A field or a Type.field path; never a value.
    pattern: /^[_A-Za-z][_0-9A-Za-z]*(\.[_A-Za-z][_0-9A-Za-z]*)*$/,
    maxLength: 256,
    description: 'a GraphQL field name or Type.field path',
  },
  ruleId: identifier(200),
  version: identifier(128),
  chainId: identifier(200),
  replicaId: identifier(128),
} as const satisfies Record<string, StringRule>;

export const LIMITS = {
  nominalIds: 10_000,
  disclosures: 10_000,
  fieldNames: 1_000,
  rules: 1_000,
  roles: 20,
  regions: 20,
} as const;
