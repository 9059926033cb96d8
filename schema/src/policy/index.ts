export { createPolicyEngine } from './createPolicyEngine';
export { EVALUATION_ERROR } from './decisions';
export { diffSigning, type SigningChange } from './diff';
export {
  type ClosedOnSigning,
  listClosedOnSigning,
} from './listClosedOnSigning';
export type {
  Decision,
  DecisionTable,
  DisclosureGrant,
  FieldMarking,
  GrantLevel,
  Obligation,
  PolicyEngine,
  RecordQuestion,
} from './types';
export { findMarkingProblem } from './validateInputs';
