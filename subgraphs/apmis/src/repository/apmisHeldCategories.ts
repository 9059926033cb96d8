import { type HeldCategoriesSql } from '@marsoc/platform/disclosure-requests';

/**
 * Which MARSOC categories APMIS holds anything of for a nominal, each read
 * from the base table of the fields its `@marking` governs (the master-list
 * entry, the threat assessments, the disruptions, the nominations), all in
 * one statement, so a request for any category costs the same reads. A
 * meeting (FORUM_MEETINGS) is the forum's, not a nominal's, and what it says
 * of a nominal is COHORT; counts (AGGREGATES) and the sharing records are no
 * nominal's holdings at all.
 */
export const APMIS_HELD_CATEGORIES_SQL: HeldCategoriesSql = {
  MARSOC: `
    SELECT 'IDENTITY' AS category
      WHERE EXISTS (SELECT 1 FROM apmis_nominal WHERE nominal_id = @id)
    UNION ALL SELECT 'SOC_THREAT'
      WHERE EXISTS (SELECT 1 FROM apmis_soc_threat WHERE nominal_id = @id)
    UNION ALL SELECT 'DISRUPTION'
      WHERE EXISTS (SELECT 1 FROM apmis_disruption WHERE nominal_id = @id)
    UNION ALL SELECT 'COHORT'
      WHERE EXISTS (SELECT 1 FROM cohort_nomination WHERE nominal_id = @id)`,
};
