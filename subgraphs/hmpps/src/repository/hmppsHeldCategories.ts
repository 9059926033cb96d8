import { type DeskHoldings } from '@marsoc/platform/disclosure-requests';

/**
 * Which HMPPS categories prisons and probation hold anything of for a
 * nominal, each read from the base tables of the fields its `@marking`
 * governs (the security category sits on the custody record), all in one
 * statement (a request for any category costs the same reads).
 */
export const HMPPS_HOLDINGS: DeskHoldings = {
  HMPPS: {
    categories: {
      CUSTODY: ['prison_custody'],
      MOVEMENTS: ['prison_movement'],
      PRISON_SECURITY: [
        'prison_custody',
        'prison_adjudication',
        'prison_seizure',
      ],
      CONTACTS: [
        'prison_visit',
        'prison_phone_contact',
        'prison_associate_link',
      ],
      PROBATION: ['probation_supervision'],
      RISK: ['probation_risk'],
    },
  },
};
