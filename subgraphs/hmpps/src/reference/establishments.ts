import {
  findPrisonEstablishment,
  type PrisonEstablishment,
} from '@marsoc/platform';

/**
 * The prison estate lives with the shared synthetic population, so that the
 * establishment HMPPS records and the one other agencies' intelligence names
 * are the same (issue 16 point 8).
 */
export {
  isReceptionPrison,
  PRISON_ESTABLISHMENTS as ESTABLISHMENTS,
} from '@marsoc/platform';

export type Establishment = PrisonEstablishment;

export const findEstablishment = findPrisonEstablishment;
