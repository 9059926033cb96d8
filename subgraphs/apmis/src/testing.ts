/** The APMIS store as seeded, for tests elsewhere that check it agrees with the other owners'. */
export { openApmisDatabase } from './repository/openApmisRepository';
