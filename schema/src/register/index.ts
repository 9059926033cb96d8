export { computeRegisterVersion } from './computeRegisterVersion';
export {
  DEFAULT_REGISTER_DIRECTORY,
  loadRegister,
  readRegisterFiles,
} from './loadRegister';
export {
  type DisclosureRequestRules,
  type LegalBasis,
  listLegalBases,
  NO_DISCLOSURE_REQUEST_RULES,
  type RequestDeadline,
} from './DisclosureRequestRules';
export { ObligationKind } from './ObligationKind';
export { RecordCondition } from './RecordCondition';
export {
  AGREEMENTS_FILE,
  CATEGORIES_FILE,
  DISCLOSURE_REQUESTS_FILE,
  parseRegister,
} from './parseRegister';
export { RegisterError } from './RegisterError';
export type {
  Agreement,
  CategoryDefinition,
  OwnerDefinition,
  Recipient,
  Register,
  RegisterFile,
  Rule,
  RuleEffect,
} from './types';
export { gatewayOf } from './types';
export { withAgreementStatus } from './withAgreementStatus';
