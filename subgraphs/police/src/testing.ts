/** The police synthetic data, for tests elsewhere that check it agrees with the other owners'. */
export { generatePoliceRecords } from './synthetic/generatePoliceRecords';
export { HMPPS_THEMES, POLICE_THEMES } from './synthetic/intelligenceThemes';
