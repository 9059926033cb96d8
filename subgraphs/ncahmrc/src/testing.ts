/** The NCA/HMRC store and its synthetic data, for tests elsewhere that read them directly. */
export { generateNcaCovertInterest } from './repository/generateNcaCovertRecords';
export { generateNcaRecord } from './repository/generateNcaRecord';
export { openNcaHmrcRepository } from './repository/openNcaHmrcRepository';
