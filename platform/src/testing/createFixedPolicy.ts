import {
  type Caller,
  type Decision,
  type DecisionTable,
  type DisclosureLevel,
  type FieldMarking,
  type PolicyEngine,
  type RequestPurpose,
} from '@marsoc/schema';

/** The register version the stand-in policy reports (answers carry it in their disclosure). */
export const FIXED_POLICY_VERSION = 'test-fixed-policy';

/**
 * The disclosure extension of an answer under the stand-in policy that
 * released nothing: under NCND it must read exactly as for a record not held.
 */
export const NOTHING_DISCLOSED = {
  disclosure: { registerVersion: FIXED_POLICY_VERSION, entries: [] },
};

/**
 * A stand-in policy for a subgraph's own unit tests: every field gets the level
 * `levelFor` gives its marking (FULL unless told otherwise). It applies no record
 * checks. Cross-service tests use the real engine over the real register.
 */
export function createFixedPolicy(
  levelFor: (marking: FieldMarking) => DisclosureLevel = () => 'FULL',
): PolicyEngine {
  const decide = (
    _caller: Caller,
    _purpose: RequestPurpose,
    marking: FieldMarking,
  ): Decision => ({
    level: levelFor(marking),
    reason: levelFor(marking) === 'FULL' ? 'PERMITTED' : 'FORBIDDEN_BY_RULE',
    rules: ['test-fixed-policy'],
    obligations: [],
    route: 'Ask the owner (test route).',
    grantable: false,
  });
  return {
    registerVersion: FIXED_POLICY_VERSION,
    decide,
    precompute(caller, purpose, markings): DecisionTable {
      const decisions = markings.map((marking) =>
        decide(caller, purpose, marking),
      );
      return {
        caller,
        purpose,
        field: (index) => decisions[index] ?? UNKNOWN_FIELD,
        record: (question) => question.field,
      };
    },
  };
}

// An index outside the table is a bug; deny rather than guess.
const UNKNOWN_FIELD: Decision = {
  level: 'WITHHELD',
  reason: 'EVALUATION_ERROR',
  rules: [],
  obligations: [],
  grantable: false,
};

/** A fully cleared police analyst, for tests that need some caller. */
export const TEST_CALLER: Caller = {
  sub: 'test-analyst',
  name: 'Test Analyst',
  agency: 'POLICE',
  unit: 'NWROCU',
  regions: ['NORTH_WEST'],
  roles: ['ANALYST'],
  vetting: 'NPPV3',
};

export const TEST_PURPOSE: RequestPurpose = {
  purpose: 'INTELLIGENCE_DEVELOPMENT',
  justification: 'Unit test of the subgraph picture',
};
