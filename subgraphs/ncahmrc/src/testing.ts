/** The NCA/HMRC store and its synthetic data, for tests elsewhere that read them directly. */
export { generateNcaCovertInterest } from './synthetic/generateNcaCovertRecords';
export { generateNcaRecord } from './synthetic/generateNcaRecord';
export { openNcaHmrcRepository } from './repository/openNcaHmrcRepository';
export {
  generateNcaHmrcRows,
  type NcaHmrcSeededTable,
  type SeededRow,
} from './repository/seed';
