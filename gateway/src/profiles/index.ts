export {
  createProfileExportRoute,
  type ProfileExportOptions,
} from './createProfileExportRoute';
export {
  createProfileOperation,
  describeExportOperationName,
} from './subjectProfileOperation';
export { type ProfileFormat } from './ProfileDocument';
