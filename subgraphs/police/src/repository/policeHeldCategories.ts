import { type HeldCategoriesSql } from '@marsoc/platform/disclosure-requests';

/**
 * Which police categories the force holds anything of for a nominal, each
 * read from the base table of the fields its `@marking` governs, all in one
 * statement (a request for any category costs the same reads).
 */
export const POLICE_HELD_CATEGORIES_SQL: HeldCategoriesSql = {
  POLICE: `
    SELECT 'IDENTITY' AS category
      WHERE EXISTS (SELECT 1 FROM police_nominal WHERE nominal_id = @id)
    UNION ALL SELECT 'WARNING_MARKERS'
      WHERE EXISTS (SELECT 1 FROM police_warning_marker WHERE nominal_id = @id)
    UNION ALL SELECT 'CONVICTIONS'
      WHERE EXISTS (SELECT 1 FROM police_conviction WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM police_arrest WHERE nominal_id = @id)
    UNION ALL SELECT 'INTELLIGENCE'
      WHERE EXISTS (SELECT 1 FROM police_intelligence_report WHERE nominal_id = @id)
    UNION ALL SELECT 'OCG_AFFILIATION'
      WHERE EXISTS (SELECT 1 FROM police_ocg_affiliation WHERE nominal_id = @id)
    UNION ALL SELECT 'ASSOCIATES'
      WHERE EXISTS (SELECT 1 FROM police_intelligence_mention
                    WHERE nominal_id = @id OR associate_id = @id)`,
};
