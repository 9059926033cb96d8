import { type HeldCategoriesSql } from '@marsoc/platform/disclosure-requests';

/**
 * Which HMPPS categories prisons and probation hold anything of for a
 * nominal, each read from the base tables of the fields its `@marking`
 * governs (the security category sits on the custody record), all in one
 * statement (a request for any category costs the same reads).
 */
export const HMPPS_HELD_CATEGORIES_SQL: HeldCategoriesSql = {
  HMPPS: `
    SELECT 'CUSTODY' AS category
      WHERE EXISTS (SELECT 1 FROM prison_custody WHERE nominal_id = @id)
    UNION ALL SELECT 'MOVEMENTS'
      WHERE EXISTS (SELECT 1 FROM prison_movement WHERE nominal_id = @id)
    UNION ALL SELECT 'PRISON_SECURITY'
      WHERE EXISTS (SELECT 1 FROM prison_custody WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM prison_adjudication WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM prison_seizure WHERE nominal_id = @id)
    UNION ALL SELECT 'CONTACTS'
      WHERE EXISTS (SELECT 1 FROM prison_visit WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM prison_phone_contact WHERE nominal_id = @id)
         OR EXISTS (SELECT 1 FROM prison_associate_link WHERE nominal_id = @id)
    UNION ALL SELECT 'PROBATION'
      WHERE EXISTS (SELECT 1 FROM probation_supervision WHERE nominal_id = @id)
    UNION ALL SELECT 'RISK'
      WHERE EXISTS (SELECT 1 FROM probation_risk WHERE nominal_id = @id)`,
};
