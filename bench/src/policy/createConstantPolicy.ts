import {
  type Decision,
  type DecisionTable,
  type DisclosureLevel,
  type FieldMarking,
  type PolicyEngine,
} from '@marsoc/schema';

/**
 * The cheapest policy that gives the same levels as another: each field's level
 * fixed in advance, one decision array per marking list, shared by every
 * request, no record checks. Run against the real engine, the difference is
 * what the engine's own work costs a request.
 */
export function createConstantPolicy(
  levelFor: (marking: FieldMarking) => DisclosureLevel,
): PolicyEngine {
  const tables = new WeakMap<readonly FieldMarking[], readonly Decision[]>();
  const decide = (marking: FieldMarking): Decision => {
    const level = levelFor(marking);
    return {
      level,
      reason: level === 'FULL' ? 'PERMITTED' : 'FORBIDDEN_BY_RULE',
      rules: ['bench-constant-policy'],
      obligations: [],
      route: 'Ask the owner (bench).',
      grantable: false,
    };
  };
  return {
    registerVersion: 'bench-constant-policy',
    decide: (_caller, _purpose, marking) => decide(marking),
    precompute(caller, purpose, markings): DecisionTable {
      let decisions = tables.get(markings);
      if (!decisions) {
        decisions = markings.map(decide);
        tables.set(markings, decisions);
      }
      const known = decisions;
      return {
        caller,
        purpose,
        field: (index) => known[index] ?? OUT_OF_RANGE,
        record: (question) => question.field,
      };
    },
  };
}

// An index outside the table is a bug; deny, as the real engine does.
const OUT_OF_RANGE: Decision = {
  level: 'WITHHELD',
  reason: 'EVALUATION_ERROR',
  rules: [],
  obligations: [],
  grantable: false,
};
