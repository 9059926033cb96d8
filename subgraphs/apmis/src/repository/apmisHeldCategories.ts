import { type DeskHoldings } from '@marsoc/platform/disclosure-requests';

/**
 * Which MARSOC categories APMIS holds anything of for a nominal, each read
 * from the base table of the fields its `@marking` governs (the master-list
 * entry, the threat assessments, the disruptions, the nominations), all in
 * one statement, so a request for any category costs the same reads. A
 * meeting (FORUM_MEETINGS) is the forum's, not a nominal's, and what it says
 * of a nominal is COHORT; counts (AGGREGATES) and the sharing records are no
 * nominal's holdings at all.
 */
export const APMIS_HOLDINGS: DeskHoldings = {
  MARSOC: {
    categories: {
      IDENTITY: ['apmis_nominal'],
      SOC_THREAT: ['apmis_soc_threat'],
      DISRUPTION: ['apmis_disruption'],
      COHORT: ['cohort_nomination'],
    },
  },
};
