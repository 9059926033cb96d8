/** The HMPPS synthetic data, for tests elsewhere that check it agrees with the other owners'. */
export { createHmppsRecords } from './synthetic/createHmppsRecords';
